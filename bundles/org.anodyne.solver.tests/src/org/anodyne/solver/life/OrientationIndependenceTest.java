/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No code of the life model reads the orientation: the inverted and upright anodes may differ only
 * through the geometry their coupling reports. The test reads each class file of the package and
 * fails if any refers to the deposition solver's Orientation type.
 */
class OrientationIndependenceTest {

	private static final String ORIENTATION = "org/anodyne/solver/deposition/Orientation";

	/** Every type of the package, nested and anonymous classes included. */
	static List<Class<?>> lifeModelClasses() {
		List<Class<?>> all = new ArrayList<>();
		for (Class<?> type : List.of(AnalyticCoupling.class, AnodeDesign.class, CalibrationResult.class,
				CalibrationTarget.class,
				CathodeElectrode.class, CellConfiguration.class, CellCurrentStep.class, CellModel.class,
				CellState.class, ChargeTransfer.class, CouplingSource.class, CurrentSetting.class,
				CycleRecord.class, DegradationPair.class, DepositionCoupling.class, ElectrodeState.class,
				FailureMode.class, FittedParameter.class, GalvanostaticStep.class, LifeCalibration.class,
				LifeCell.class, LifeOutcome.class, LifeParameters.class, LifeProtocol.class, LifeResult.class,
				LifeRunOptions.class, LifeScenario.class, LifeSimulator.class,
				MeasuredQuantity.class, OcvCurve.class, PlatingDirection.class, ProtocolStep.class,
				ReferenceCells.class, RepeatStep.class, RestStep.class, StopCondition.class, TimeSeries.class,
				TimeSeriesDownsampler.class, Units.class)) {
			collect(type, all);
		}
		return all;
	}

	private static void collect(Class<?> type, List<Class<?>> into) {
		into.add(type);
		for (Class<?> nested : type.getDeclaredClasses()) {
			collect(nested, into);
		}
		for (int k = 1;; k++) {
			try {
				into.add(Class.forName(type.getName() + "$" + k, false, type.getClassLoader()));
			} catch (ClassNotFoundException e) {
				return;
			}
		}
	}

	static boolean refersTo(Class<?> type, String internalName) throws IOException {
		String file = type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
			assertTrue(in != null, "class file of " + type.getName());
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(internalName);
		}
	}

	@Test
	void noLifeModelClassRefersToTheOrientation() throws IOException {
		List<Class<?>> types = lifeModelClasses();
		assertTrue(types.size() > 45, "nested classes are scanned too: " + types.size());
		for (Class<?> type : types) {
			assertFalse(refersTo(type, ORIENTATION), type.getSimpleName() + " reads the orientation");
		}
	}

	@Test
	void theCheckSeesAReferenceWhereThereIsOne() throws IOException {
		assertTrue(refersTo(org.anodyne.solver.deposition.CellGeometry.class, ORIENTATION),
				"the deposition geometry does use the orientation, so the scan can see it");
	}
}
