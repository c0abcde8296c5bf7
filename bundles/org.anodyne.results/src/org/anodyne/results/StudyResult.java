/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.results.StudySummary.PictureEntry;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.results.internal.Csv;
import org.anodyne.results.internal.VtkLegacy;

/**
 * Reads one study result: the summary at once, series and fields on demand. The one reader of the
 * format, used by the headless build and the IDE's viewers alike.
 */
public final class StudyResult {

	/** summary.json larger than this is not one Anodyne wrote. */
	private static final long MAX_SUMMARY_BYTES = 16L * 1024 * 1024;

	private final Path directory;
	private final StudySummary summary;
	/**
	 * The series read so far, so that the viewers of one result share a series several of them draw
	 * (a life result's voltage trace is charted against time and, per cycle, against capacity): long
	 * runs' traces are megabytes of CSV. Soft, so that an open result gives them back under memory
	 * pressure rather than holding them for as long as it is open.
	 */
	private final Map<String, SoftReference<Series>> seriesRead = new ConcurrentHashMap<>();

	private StudyResult(Path directory, StudySummary summary) {
		this.directory = directory;
		this.summary = summary;
	}

	/**
	 * Reads the result in a study directory.
	 *
	 * @throws ResultsFormatException if summary.json is missing, malformed or of a newer format
	 * @throws IOException            if it cannot be read
	 */
	public static StudyResult read(Path studyDirectory) throws IOException {
		Path file = studyDirectory.resolve(ResultsFormat.SUMMARY_FILE);
		if (!Files.isRegularFile(file)) {
			throw new ResultsFormatException(file, "no study result here (summary.json is missing)");
		}
		if (Files.size(file) > MAX_SUMMARY_BYTES) {
			throw new ResultsFormatException(file, "larger than " + MAX_SUMMARY_BYTES + " bytes; not a summary");
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (MalformedInputException e) {
			throw new ResultsFormatException(file, "not UTF-8 text");
		}
		return new StudyResult(studyDirectory, SummaryJson.read(file, text));
	}

	/**
	 * The study result directories under a results root ({@code root/<design>/<study>/} and any other
	 * depth up to four), in name order; hidden directories (staging, set-aside results) are skipped.
	 */
	public static List<Path> find(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		List<Path> result = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root, 4)) {
			walk.filter(p -> p.getFileName().toString().equals(ResultsFormat.SUMMARY_FILE))
					.map(Path::getParent)
					.filter(dir -> !hidden(root.relativize(dir)))
					.sorted()
					.forEach(result::add);
		}
		return result;
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	public Path directory() {
		return directory;
	}

	public StudySummary summary() {
		return summary;
	}

	/** Reads the named series whole, once: later calls answer the series read first (while memory allows). */
	public Series series(String name) throws IOException {
		SoftReference<Series> kept = seriesRead.get(name);
		Series series = kept == null ? null : kept.get();
		if (series != null) {
			return series;
		}
		SeriesEntry entry = summary.series().stream().filter(e -> e.name().equals(name)).findFirst()
				.orElseThrow(() -> new NoSuchFileException(directory + ": no series '" + name + "'; there are "
						+ summary.series().stream().map(SeriesEntry::name).toList()));
		series = Csv.read(directory.resolve(entry.file()));
		seriesRead.put(name, new SoftReference<>(series));
		return series;
	}

	/** Reads the named field frame, its masks' legends taken from the summary. */
	public FieldFrame field(String name) throws IOException {
		FieldEntry entry = summary.fields().stream().filter(e -> e.name().equals(name)).findFirst()
				.orElseThrow(() -> new NoSuchFileException(directory + ": no field '" + name + "'; there are "
						+ summary.fields().stream().map(FieldEntry::name).toList()));
		return VtkLegacy.read(directory.resolve(entry.file())).withLegends(entry.legends());
	}

	/** The last field frame in time, if there is any (the end state of a deposition study). */
	public Optional<FieldFrame> lastField() throws IOException {
		Optional<FieldEntry> last = summary.fields().stream().max(Comparator.comparingDouble(FieldEntry::timeSeconds));
		return last.isPresent() ? Optional.of(field(last.get().name())) : Optional.empty();
	}

	/** The file of the named picture. */
	public Path picture(String name) throws NoSuchFileException {
		PictureEntry entry = summary.pictures().stream().filter(e -> e.name().equals(name)).findFirst()
				.orElseThrow(() -> new NoSuchFileException(directory + ": no picture '" + name + "'"));
		return directory.resolve(entry.file());
	}

	/** Reads any field file on its own (no legends: those live in the summary). */
	public static FieldFrame readField(Path file) throws IOException {
		return VtkLegacy.read(file);
	}

	/** Reads any CSV series file on its own. */
	public static Series readSeries(Path file) throws IOException {
		return Csv.read(file);
	}
}
