package org.anodyne.solver.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.SolverException;
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
	private record Knob(String name, String unit, double value, BiFunction<LifeScenario, Double, LifeScenario> scale) {
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
		out.printf(Locale.ROOT, "%-30s %12s %-14s %9s %9s %9s %9s%n", "parameter", "value (ether)", "unit", "sym inv",
				"sym up", "full inv", "full up");
		for (Knob knob : knobs(ether)) {
			double[] s = new double[cells.size()];
			for (int k = 0; k < cells.size(); k++) {
				double up = life(knob.scale().apply(cells.get(k), 1.0 + STEP));
				double down = life(knob.scale().apply(cells.get(k), 1.0 - STEP));
				s[k] = Math.log(up / down) / Math.log((1.0 + STEP) / (1.0 - STEP));
			}
			out.printf(Locale.ROOT, "%-30s %12.4g %-14s %9.3f %9.3f %9.3f %9.3f%n", knob.name(), knob.value(), knob.unit(),
					s[0], s[1], s[2], s[3]);
		}
	}

	private static List<Knob> knobs(LifeParameters ether) {
		List<Knob> knobs = new ArrayList<>();
		for (String name : LifeParameters.names()) {
			if (ether.value(name) != 0.0) {
				knobs.add(new Knob(name, LifeParameters.unit(name), ether.value(name),
						(s, f) -> s.withParameter(name, s.parameters().value(name) * f)));
			}
		}
		ElectrolyteProperties el = ReferenceCells.etherElectrolyte();
		knobs.add(new Knob("electrolyte concentration c0", "mol/m3", el.concentration(), (s, f) -> electrolyte(s,
				e -> new ElectrolyteProperties(e.concentration() * f, e.diffusivity(), e.transferenceNumber(), e.conductivity(), e.chargeNumber()))));
		knobs.add(new Knob("electrolyte diffusivity D", "m2/s", el.diffusivity(), (s, f) -> electrolyte(s,
				e -> new ElectrolyteProperties(e.concentration(), e.diffusivity() * f, e.transferenceNumber(), e.conductivity(), e.chargeNumber()))));
		knobs.add(new Knob("transference number t+", "1", el.transferenceNumber(), (s, f) -> electrolyte(s,
				e -> new ElectrolyteProperties(e.concentration(), e.diffusivity(), e.transferenceNumber() * f, e.conductivity(), e.chargeNumber()))));
		knobs.add(new Knob("electrolyte conductivity kappa", "S/m", el.conductivity(), (s, f) -> electrolyte(s,
				e -> new ElectrolyteProperties(e.concentration(), e.diffusivity(), e.transferenceNumber(), e.conductivity() * f, e.chargeNumber()))));
		knobs.add(new Knob("electrolyte volume", "m3/m2", 4e-4, (s, f) -> {
			LifeCell c = s.cell();
			return s.withCell(new LifeCell(c.configuration(), c.metal(), c.electrolyte(), c.electrolyteVolume() * f,
					c.separator(), c.anode(), c.cathode(), c.temperature()));
		}));
		CathodeElectrode lfp = CathodeElectrode.lithiumIronPhosphate(1.5 * ReferenceCells.MAH_PER_CM2);
		knobs.add(new Knob("cathode particleRadius", "m", lfp.particleRadius(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius() * f,
				c.solidDiffusivity(), c.exchangeCurrentDensity(), c.maxConcentration(), c.thickness(), c.porosity(), c.fadePerCycle()))));
		knobs.add(new Knob("cathode solidDiffusivity", "m2/s", lfp.solidDiffusivity(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius(),
				c.solidDiffusivity() * f, c.exchangeCurrentDensity(), c.maxConcentration(), c.thickness(), c.porosity(), c.fadePerCycle()))));
		knobs.add(new Knob("cathode exchangeCurrentDensity", "A/m2", lfp.exchangeCurrentDensity(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius(),
				c.solidDiffusivity(), c.exchangeCurrentDensity() * f, c.maxConcentration(), c.thickness(), c.porosity(), c.fadePerCycle()))));
		knobs.add(new Knob("cathode thickness", "m", lfp.thickness(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius(),
				c.solidDiffusivity(), c.exchangeCurrentDensity(), c.maxConcentration(), c.thickness() * f, c.porosity(), c.fadePerCycle()))));
		knobs.add(new Knob("cathode porosity", "1", lfp.porosity(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius(),
				c.solidDiffusivity(), c.exchangeCurrentDensity(), c.maxConcentration(), c.thickness(), c.porosity() * f, c.fadePerCycle()))));
		knobs.add(new Knob("cathode capacityLossPerCycle", "1/cycle", lfp.fadePerCycle(), (s, f) -> cathode(s, c -> new CathodeElectrode(
				c.name(), c.capacity(), c.ocv(), c.lowerVoltageLimit(), c.upperVoltageLimit(), c.particleRadius(),
				c.solidDiffusivity(), c.exchangeCurrentDensity(), c.maxConcentration(), c.thickness(), c.porosity(), c.fadePerCycle() * f))));
		return knobs;
	}

	private static LifeScenario electrolyte(LifeScenario s, java.util.function.UnaryOperator<ElectrolyteProperties> change) {
		LifeCell c = s.cell();
		return s.withCell(new LifeCell(c.configuration(), c.metal(), change.apply(c.electrolyte()), c.electrolyteVolume(),
				c.separator(), c.anode(), c.cathode(), c.temperature()));
	}

	private static LifeScenario cathode(LifeScenario s, java.util.function.UnaryOperator<CathodeElectrode> change) {
		LifeCell c = s.cell();
		if (c.cathode() == null) {
			return s;
		}
		return s.withCell(new LifeCell(c.configuration(), c.metal(), c.electrolyte(), c.electrolyteVolume(), c.separator(),
				c.anode(), change.apply(c.cathode()), c.temperature()));
	}

	/**
	 * Hours to failure of a symmetric cell; cycles to failure of a full cell, interpolated where the
	 * retention crosses the end-of-life value and from the failure time within its cycle otherwise,
	 * so that the life varies continuously with the parameters.
	 */
	private static double life(LifeScenario scenario) throws SolverException {
		LifeResult r = LifeSimulator.run(scenario);
		if (r.outcome().isCensored()) {
			throw new SolverException("'" + scenario.name() + "' survived its protocol: no sensitivity from a censored run",
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
