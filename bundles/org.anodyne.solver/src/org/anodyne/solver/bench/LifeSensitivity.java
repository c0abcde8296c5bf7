/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.AnodeDesign;
import org.anodyne.solver.life.CathodeElectrode;
import org.anodyne.solver.life.CycleRecord;
import org.anodyne.solver.life.DegradationPair;
import org.anodyne.solver.life.LifeCell;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.LifeResult;
import org.anodyne.solver.life.LifeScenario;
import org.anodyne.solver.life.LifeSimulator;
import org.anodyne.solver.life.ReferenceCells;

/**
 * The sensitivity d ln(life)/d ln(p) of every life-model parameter and of the electrolyte's and the
 * cathode's on the paper's cells, each cycled until it fails (analytic coupling): central differences
 * at p·(1 ± 5 %). Columns: the inverted and upright symmetric Li‖CC cells at 0.25 mA cm⁻² with the
 * Li/ether pair (life in hours), and the inverted and upright Li‖LFP full cells at 1 C with the
 * Li/carbonate pair (life in cycles). A run that survives its protocol is no sensitivity, so the
 * protocols are long enough for every cell to fail; a parameter whose change does not move the
 * failure prints 0.
 */
public final class LifeSensitivity {

	private static final double STEP = 0.05;
	private static final double HOURS = 20_000.0;
	private static final int FULL_CYCLES = 3000;

	/** A parameter and how a relative change of it alters a scenario. */
	private record Knob(String name, String unit, double ether, double carbonate,
			BiFunction<LifeScenario, Double, LifeScenario> scale) {
	}

	private LifeSensitivity() {
	}

	public static void main(String[] args) throws SolverException {
		run(System.out);
	}

	/** Prints one line per parameter: value, unit, and the four sensitivities. */
	public static void run(PrintStream out) throws SolverException {
		LifeProtocol symmetric = ReferenceCells.symmetricProtocol(0.25 * ReferenceCells.MA_PER_CM2, HOURS);
		LifeProtocol full = ReferenceCells.fullCellProtocol(FULL_CYCLES);
		LifeParameters ether = LifeParameters.defaults();
		LifeParameters carbonate = DegradationPair.LITHIUM_CARBONATE.parameters();
		List<LifeScenario> cells = List.of(
				ReferenceCells.scenario(ReferenceCells.symmetricCell(true), symmetric, ether),
				ReferenceCells.scenario(ReferenceCells.symmetricCell(false), symmetric, ether),
				ReferenceCells.scenario(ReferenceCells.fullCell(true), full, carbonate),
				ReferenceCells.scenario(ReferenceCells.fullCell(false), full, carbonate));
		double[] base = new double[cells.size()];
		for (int k = 0; k < base.length; k++) {
			base[k] = life(cells.get(k));
		}
		out.printf(Locale.ROOT,
				"life: symmetric 0.25 mA/cm2 inverted %.0f h, upright %.0f h; full 1 C inverted %.0f, upright %.0f cycles%n",
				base[0], base[1], base[2], base[3]);
		// The symmetric cells run the ether pair, the full cells the carbonate pair: each column's base value.
		out.printf(Locale.ROOT, "%-30s %12s %12s %-14s %9s %9s %9s %9s%n", "parameter", "ether", "carbonate", "unit",
				"sym inv", "sym up", "full inv", "full up");
		for (Knob knob : knobs(ether, carbonate)) {
			double[] s = new double[cells.size()];
			for (int k = 0; k < cells.size(); k++) {
				double up = life(knob.scale().apply(cells.get(k), 1.0 + STEP));
				double down = life(knob.scale().apply(cells.get(k), 1.0 - STEP));
				s[k] = Math.log(up / down) / Math.log((1.0 + STEP) / (1.0 - STEP));
			}
			out.printf(Locale.ROOT, "%-30s %12s %12s %-14s %9.3f %9.3f %9.3f %9.3f%n", knob.name(), value(knob.ether()),
					value(knob.carbonate()), knob.unit(), s[0], s[1], s[2], s[3]);
		}
	}

	/** A base value, or "-" where the parameter has none (the cathode in the symmetric cells). */
	private static String value(double v) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
	}

	private static List<Knob> knobs(LifeParameters ether, LifeParameters carbonate) {
		List<Knob> knobs = new ArrayList<>();
		for (String name : LifeParameters.names()) {
			if (ether.value(name) != 0.0) {
				knobs.add(new Knob(name, LifeParameters.unit(name), ether.value(name), carbonate.value(name),
						(s, f) -> s.withParameter(name, s.parameters().value(name) * f)));
			}
		}
		ElectrolyteProperties el = ReferenceCells.etherElectrolyte();
		ElectrolyteProperties ec = ReferenceCells.carbonateElectrolyte();
		String[] electrolyte = {"electrolyte concentration c0", "electrolyte diffusivity D", "transference number t+",
				"electrolyte conductivity kappa"};
		String[] electrolyteUnits = {"mol/m3", "m2/s", "1", "S/m"};
		double[] etherValues = {el.concentration(), el.diffusivity(), el.transferenceNumber(), el.conductivity()};
		double[] carbonateValues = {ec.concentration(), ec.diffusivity(), ec.transferenceNumber(), ec.conductivity()};
		for (int i = 0; i < electrolyte.length; i++) {
			int field = i;
			knobs.add(new Knob(electrolyte[i], electrolyteUnits[i], etherValues[i], carbonateValues[i],
					(s, f) -> withCell(s, scaled(s.cell().electrolyte(), field, f), 1.0, s.cell().cathode())));
		}
		knobs.add(new Knob("electrolyte volume", "m3/m2", 4e-4, 4e-4,
				(s, f) -> withCell(s, s.cell().electrolyte(), f, s.cell().cathode())));
		// The collector's barrier belongs to the metal plug-in's substrate data, not to the pair: one value for both columns.
		double barrier = ReferenceCells.symmetricCell(true).anode().substrateBarrier();
		knobs.add(new Knob("collector nucleation barrier", "V", barrier, barrier,
				(s, f) -> s.withCell(s.cell().withAnode(withBarrier(s.cell().anode(), f)))));
		CathodeElectrode lfp = CathodeElectrode.lithiumIronPhosphate(1.5 * ReferenceCells.MAH_PER_CM2);
		String[] cathode = {"cathode particleRadius", "cathode solidDiffusivity", "cathode exchangeCurrentDensity",
				"cathode thickness", "cathode porosity", "cathode capacityLossPerCycle", "cathode maxConcentration"};
		String[] cathodeUnits = {"m", "m2/s", "A/m2", "m", "1", "1/cycle", "mol/m3"};
		double[] cathodeValues = cathodeFields(lfp);
		for (int i = 0; i < cathode.length; i++) {
			int field = i;
			knobs.add(new Knob(cathode[i], cathodeUnits[i], Double.NaN, cathodeValues[i],
					(s, f) -> s.cell().cathode() == null
							? s
							: withCell(s, s.cell().electrolyte(), 1.0, scaled(s.cell().cathode(), field, f))));
		}
		return knobs;
	}

	private static LifeScenario withCell(LifeScenario s, ElectrolyteProperties el,
			double volumeFactor, CathodeElectrode cathode) {
		LifeCell c = s.cell();
		return s.withCell(new LifeCell(c.configuration(), c.metal(), el, c.electrolyteVolume() * volumeFactor,
				c.separator(), c.anode(), cathode, c.temperature()));
	}

	/** The electrolyte with one of c₀, D, t₊, κ (by index) scaled. */
	private static ElectrolyteProperties scaled(ElectrolyteProperties e, int field, double f) {
		double[] v = {e.concentration(), e.diffusivity(), e.transferenceNumber(), e.conductivity()};
		v[field] *= f;
		return new ElectrolyteProperties(v[0], v[1], v[2], v[3], e.chargeNumber());
	}

	/** R<sub>p</sub>, D<sub>s</sub>, i₀,<sub>c</sub>, L<sub>c</sub>, ε<sub>c</sub>, k<sub>c</sub>, c<sub>max</sub> of a cathode. */
	private static double[] cathodeFields(CathodeElectrode c) {
		return new double[]{c.particleRadius(), c.solidDiffusivity(), c.exchangeCurrentDensity(), c.thickness(),
				c.porosity(), c.fadePerCycle(), c.maxConcentration()};
	}

	/** The anode with its collector's nucleation barrier scaled. */
	private static AnodeDesign withBarrier(AnodeDesign a, double f) {
		return new AnodeDesign(a.hostThickness(), a.hostPorosity(), a.fibreDiameter(), a.substrateBarrier() * f,
				a.bufferHeight(), a.initialMetal());
	}

	/** The cathode with one of {@link #cathodeFields} (by index) scaled. */
	private static CathodeElectrode scaled(CathodeElectrode c, int field, double f) {
		double[] v = cathodeFields(c);
		v[field] *= f;
		return new CathodeElectrode(c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), v[0],
				v[1], v[2], v[6], v[3], v[4], v[5]);
	}

	/**
	 * Hours to failure of a symmetric cell; cycles to failure of a full cell, interpolated where the
	 * retention crosses the end-of-life value and from the failure time within its cycle otherwise,
	 * so that the life varies continuously with the parameters.
	 */
	private static double life(LifeScenario scenario) throws SolverException {
		LifeResult r = LifeSimulator.run(scenario);
		if (r.outcome().isCensored()) {
			throw new SolverException(
					"'" + scenario.name() + "' survived its protocol: no sensitivity from a censored run",
					0, r.outcome().time(), null);
		}
		if (scenario.cell().cathode() == null) {
			return r.outcome().hours();
		}
		double end = scenario.parameters().endOfLifeRetention();
		for (int n = 2; n <= r.cycles().size(); n++) {
			double before = r.retentionAt(n - 1);
			double after = r.retentionAt(n);
			if (before >= end && after < end) {
				return n - 1 + (before - end) / (before - after);
			}
		}
		CycleRecord last = r.cycles().get(r.cycles().size() - 1);
		double length = last.endTime() - last.startTime();
		return last.cycle() - 1 + (length > 0.0 ? (r.outcome().time() - last.startTime()) / length : 1.0);
	}
}
