/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study;

import org.anodyne.model.Cell;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.study.internal.LifeParameterMapping;
import org.anodyne.study.internal.PairCalibration;

/**
 * Whether the life model's values for a study's metal–electrolyte pair are calibrated, told without
 * running the study, in the words a cycle-life result uses, e.g. "Li/ether (calibrated)" or "Li/ether
 * (uncalibrated: calibrated in 1 M LiTFSI DOL/DME + LiNO3, this is 1 M LiFSI DME)". The decision is the
 * one the study makes when it runs ({@link PairCalibration}): the electrolyte the library pair was
 * calibrated in, no pair value replaced by the electrolyte or the study, and the fitted exchange current
 * density where the calibration fitted it.
 */
public final class CalibrationStatus {

	private CalibrationStatus() {
	}

	/**
	 * The calibration of a cycle-life study's pair; for a study that runs no life model, or whose cell
	 * lacks what the pair is read from, a sentence that says so.
	 */
	public static String describe(Study study) {
		if (study.getKind() != StudyKind.CYCLE_LIFE) {
			return "no life model in a " + study.getKind().getLiteral() + " study";
		}
		Cell cell = study.getCell();
		if (cell == null || cell.getAnode() == null || cell.getAnode().getMetal() == null
				|| cell.getAnode().getMetal().isBlank()) {
			return "unknown: the study's cell has no anode metal";
		}
		Electrolyte electrolyte = cell.getElectrolyte();
		if (electrolyte == null) {
			return "unknown: the study's cell has no electrolyte";
		}
		try {
			DegradationPair pair = LifeParameterMapping.pair(electrolyte, cell.getAnode().getMetal());
			return PairCalibration
					.withValues(pair, LifeParameterMapping.parameters(study.getLifeModel(), pair, electrolyte))
					.describe();
		} catch (IllegalArgumentException e) {
			return "unknown: " + e.getMessage();
		}
	}
}
