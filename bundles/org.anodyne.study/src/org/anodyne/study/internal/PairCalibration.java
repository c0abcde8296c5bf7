/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.units.Units;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.DegradationPair.CalibratedIn;
import org.anodyne.solver.life.LifeParameters;

/**
 * Whether a library pair's calibration holds for a study's cell. The library is keyed by metal and
 * solvent family ({@link DegradationPair#of}); its calibration holds only in the electrolyte it was
 * fitted in (the same salt at the same concentration, the same solvents and additives — their ratios and
 * amounts are not compared), with none of the {@linkplain DegradationPair#PAIR_VALUES pair's values}
 * replaced and, where the calibration fitted it, the same exchange current density within 0.1 % (the
 * fit is stated to four digits, 0.7873 mA/cm²; the carbonate pair's i₀ is a typical value of the
 * electrolyte, not part of its calibration). The end-of-life criteria are the study's, not the pair's.
 * Otherwise the pair is marked uncalibrated with the reasons.
 * <p>
 * Chemical names are compared by what they name: case, spaces and punctuation are ignored, subscripts
 * count as digits, and the common full names of the calibrated electrolytes' components stand for their
 * abbreviations ("1,3-dioxolane" is DOL, "lithium nitrate" LiNO3).
 */
public final class PairCalibration {

	/** Relative difference of the exchange current density still taken as the fitted value. */
	static final double I0_TOLERANCE = 1e-3;

	/** Relative difference of the salt concentration still taken as the calibration's. */
	private static final double CONCENTRATION_TOLERANCE = 1e-3;

	/** Full names of the calibrated electrolytes' components, by the key of their abbreviation. */
	private static final Map<String, List<String>> SYNONYMS = Map.of(
			"litfsi", List.of("lintf2", "linso2cf32", "lithiumbistrifluoromethanesulfonylimide",
					"lithiumbistrifluoromethylsulfonylimide", "lithiumbistriflimide"),
			"lipf6", List.of("lithiumhexafluorophosphate"),
			"lino3", List.of("lithiumnitrate"),
			"dol", List.of("13dioxolane", "dioxolane"),
			"dme", List.of("12dimethoxyethane", "dimethoxyethane", "monoglyme", "glyme", "ethyleneglycoldimethylether"),
			"ec", List.of("ethylenecarbonate"),
			"dmc", List.of("dimethylcarbonate"));

	private PairCalibration() {
	}

	/**
	 * The library pair with the reasons its calibration does not hold in this electrolyte, if any.
	 *
	 * @param electrolyte the cell's electrolyte, or null when it has none
	 */
	static DegradationPair inElectrolyte(DegradationPair pair, Electrolyte electrolyte) {
		CalibratedIn fitted = pair.calibratedIn();
		if (fitted == null) {
			return pair;
		}
		if (electrolyte == null) {
			return pair.uncalibrated("calibrated in " + fitted.describe() + ", the cell has no electrolyte");
		}
		String salt = electrolyte.getSalt() == null ? null : electrolyte.getSalt().getName();
		double concentration = Units.si(electrolyte, AnodynePackage.Literals.ELECTROLYTE__CONCENTRATION);
		List<String> solvents = electrolyte.getSolvents().stream().map(s -> s.getName()).toList();
		List<String> additives = electrolyte.getAdditives().stream().map(a -> a.getName()).toList();
		boolean same = key(salt).equals(key(fitted.salt()))
				&& Math.abs(concentration - fitted.concentration()) <= CONCENTRATION_TOLERANCE
						* fitted.concentration()
				&& keys(solvents).equals(keys(fitted.solvents())) && keys(additives).equals(keys(fitted.additives()));
		if (same) {
			return pair;
		}
		String here = new CalibratedIn(salt == null ? "no salt" : salt, concentration, named(solvents),
				named(additives), false).describe();
		return pair.uncalibrated("calibrated in " + fitted.describe() + ", this is " + here);
	}

	/**
	 * The pair with the reasons its calibration does not hold for the values a study runs with: a pair
	 * value that differs from the pair's own, or an exchange current density other than the fitted one.
	 *
	 * @param pair the pair as {@link #inElectrolyte} and the electrolyte's own values left it
	 * @param used the life parameters the study runs with
	 */
	public static DegradationPair withValues(DegradationPair pair, LifeParameters used) {
		if (pair.calibratedIn() == null) {
			return pair;
		}
		List<String> reasons = new ArrayList<>();
		// The transfer coefficient is the interface's, but the calibration's kinetics were fitted with it.
		List<String> overridden = Stream
				.concat(DegradationPair.PAIR_VALUES.stream(), Stream.of("cathodicTransferCoefficient"))
				.filter(name -> !same(used.value(name), pair.parameters().value(name), 1e-12)).toList();
		if (!overridden.isEmpty()) {
			reasons.add(String.join(", ", overridden) + " overridden");
		}
		double i0 = used.exchangeCurrentDensity();
		double fittedI0 = pair.parameters().exchangeCurrentDensity();
		if (pair.calibratedIn().exchangeCurrentFitted() && !same(i0, fittedI0, I0_TOLERANCE)) {
			reasons.add("exchange current density " + Units.formatNumber(Units.fromSi(i0, "mA/cm2"))
					+ " mA/cm2, fitted " + Units.formatNumber(Units.fromSi(fittedI0, "mA/cm2")));
		}
		return reasons.isEmpty() ? pair : pair.uncalibrated(String.join("; ", reasons));
	}

	private static boolean same(double value, double reference, double relative) {
		return Math.abs(value - reference) <= relative * Math.abs(reference);
	}

	private static List<String> named(List<String> names) {
		return names.stream().map(n -> n == null || n.isBlank() ? "?" : n).toList();
	}

	private static Set<String> keys(Collection<String> names) {
		return names.stream().map(PairCalibration::key).collect(Collectors.toCollection(TreeSet::new));
	}

	/** What a chemical name names: its abbreviation's key for a known full name, else its letters and digits. */
	static String key(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]", "");
		return SYNONYMS.entrySet().stream().filter(e -> e.getValue().contains(plain)).map(Map.Entry::getKey)
				.findFirst().orElse(plain);
	}
}
