package org.anodyne.solver.bench;

import java.io.PrintStream;
import java.util.Locale;

import org.anodyne.solver.SolverException;
import org.anodyne.solver.life.LifeParameters;
import org.anodyne.solver.life.LifeProtocol;
import org.anodyne.solver.life.LifeResult;
import org.anodyne.solver.life.LifeSimulator;
import org.anodyne.solver.life.ReferenceCells;

/**
 * The sensitivity d ln(life)/d ln(p) of every Li/ether parameter on the paper's inverted and upright
 * symmetric Li‖CC cells at 0.25 mA cm⁻², both cycled until they fail (analytic coupling): central
 * differences at p·(1 ± 5 %), life in hours. A run that survives its protocol is no sensitivity, so
 * the protocol is long enough for both cells to fail; a parameter whose change does not move the
 * failure prints 0.
 */
public final class LifeSensitivity {

	private static final double STEP = 0.05;
	private static final double HOURS = 20_000.0;

	private LifeSensitivity() {
	}

	public static void main(String[] args) throws SolverException {
		run(System.out);
	}

	/** Prints one line per parameter: value, unit, and the two sensitivities. */
	public static void run(PrintStream out) throws SolverException {
		LifeParameters p = LifeParameters.defaults();
		LifeProtocol protocol = ReferenceCells.symmetricProtocol(0.25 * ReferenceCells.MA_PER_CM2, HOURS);
		double inverted = life(true, p, protocol);
		double upright = life(false, p, protocol);
		out.printf(Locale.ROOT, "life at 0.25 mA/cm2: inverted %.0f h, upright %.0f h%n", inverted, upright);
		out.printf(Locale.ROOT, "%-28s %12s %-14s %10s %10s%n", "parameter", "value", "unit", "inverted", "upright");
		for (String name : LifeParameters.names()) {
			double value = p.value(name);
			double[] s = new double[2];
			if (value != 0.0) {
				for (int k = 0; k < 2; k++) {
					boolean inv = k == 0;
					double up = life(inv, withRelative(p, name, 1.0 + STEP), protocol);
					double down = life(inv, withRelative(p, name, 1.0 - STEP), protocol);
					s[k] = Math.log(up / down) / Math.log((1.0 + STEP) / (1.0 - STEP));
				}
			}
			out.printf(Locale.ROOT, "%-28s %12.4g %-14s %10.3f %10.3f%n", name, value, LifeParameters.unit(name), s[0],
					s[1]);
		}
	}

	private static LifeParameters withRelative(LifeParameters p, String name, double factor) {
		return p.with(name, p.value(name) * factor);
	}

	private static double life(boolean inverted, LifeParameters p, LifeProtocol protocol) throws SolverException {
		LifeResult r = LifeSimulator
				.run(ReferenceCells.scenario(ReferenceCells.symmetricCell(inverted), protocol, p));
		if (r.outcome().isCensored()) {
			throw new SolverException("the " + (inverted ? "inverted" : "upright") + " cell survived " + HOURS
					+ " h: no sensitivity from a censored run", 0, r.outcome().time(), null);
		}
		return r.outcome().hours();
	}
}
