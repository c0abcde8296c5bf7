/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.anodyne.model.NamedElements;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.results.FieldFrame;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary.FieldEntry;

/**
 * The deposition result of a cell, read through {@code org.anodyne.results} only: the newest
 * complete result of a 2D deposition study of the cell, in the design's default results folder, and
 * its field frames in time order.
 *
 * @param result the result directory read
 * @param frames its field frames, earliest first
 */
public record DepositResults(StudyResult result, List<FieldEntry> frames) {

	/** The field of new metal the overlay shows (occupancy of a grid cell by metal plated in the run). */
	static final String NEW_METAL = "newMetal";

	/** The newest deposition result of the cell beside the design file, if any. */
	public static Optional<DepositResults> of(Path designFile, Cell cell) {
		if (designFile == null || !(cell.eContainer() instanceof CellDesign design)) {
			return Optional.empty();
		}
		List<Study> studies = design.getStudies();
		// Result folders are named by the study's name, else its id (the results format's rule).
		List<String> names = studies.stream()
				.map(NamedElements::displayName).toList();
		List<Path> folders = ResultsLayout.studyDirectories(ResultsLayout.defaultRoot(designFile), designFile, names,
				studies.stream().map(Study::getId).toList());
		DepositResults newest = null;
		for (int k = 0; k < studies.size(); k++) {
			Study study = studies.get(k);
			Path folder = folders.get(k);
			if (study.getCell() != cell || study.getKind() != StudyKind.DEPOSITION_2D
					|| !Files.isRegularFile(folder.resolve(ResultsFormat.SUMMARY_FILE))) {
				continue;
			}
			try {
				StudyResult result = StudyResult.read(folder);
				List<FieldEntry> frames = result.summary().fields().stream()
						.filter(f -> f.arrays().stream().anyMatch(DepositResults::isNewMetal))
						.sorted(Comparator.comparingDouble(FieldEntry::timeSeconds)).toList();
				if (result.summary().status() == StudyStatus.OK && !frames.isEmpty() && (newest == null
						|| String.valueOf(result.summary().finishedAt())
								.compareTo(String.valueOf(newest.result.summary().finishedAt())) > 0)) {
					newest = new DepositResults(result, frames);
				}
			} catch (IOException e) {
				// An unreadable result is no result to overlay; the Results editor reports it when opened.
			}
		}
		return Optional.ofNullable(newest);
	}

	/** Whether an array of a frame's index is the new metal; the index names arrays with their unit, {@code newMetal[1]}. */
	private static boolean isNewMetal(String indexed) {
		return indexed.equals(NEW_METAL) || indexed.startsWith(NEW_METAL + "[");
	}

	/** Frame k's new metal, cut to a host of the given thickness [µm] on the bottom wall. */
	public DepositOverlay overlay(int k, double hostThicknessUm) throws IOException {
		FieldEntry entry = frames.get(k);
		FieldFrame frame = result.field(entry.name());
		FieldArray metal = frame.array(NEW_METAL)
				.orElseThrow(
						() -> new IOException(result.directory() + ": frame " + entry.name() + " has no " + NEW_METAL));
		int rows = (int) Math.max(1, Math.min(frame.ny(), Math.round(hostThicknessUm / frame.spacingUm())));
		float[] values = new float[rows * frame.nx()];
		System.arraycopy(metal.values(), 0, values, 0, values.length);
		String label = entry.label() != null && !entry.label().isBlank()
				? entry.label()
				: String.format(Locale.ROOT, "t = %.2f h", entry.timeSeconds() / 3600.0);
		return new DepositOverlay(frame.nx(), rows, frame.spacingUm(), values, label);
	}
}
