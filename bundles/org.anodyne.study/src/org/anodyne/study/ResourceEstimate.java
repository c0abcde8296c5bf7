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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.Cell;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.units.Units;
import org.anodyne.study.internal.CoupledDeposition;
import org.anodyne.study.internal.ProtocolTranslation;
import org.anodyne.study.internal.StudyTranslation;

/**
 * What a study will ask of the machine, estimated from its settings alone, before anything is
 * allocated, so that a study too large for its limits is refused at once instead of running out of
 * memory or running for days.
 * <ul>
 * <li>cells = ⌈W / h⌉ · ⌈(t_collector + t_separator) / h⌉, W the domain width, h the grid spacing
 * (for a cycle-life study the coupling grid, never finer than {@link CoupledDeposition#DEFAULT_SPACING});
 * a lower bound, as a foil adds rows for the metal it carries;</li>
 * <li>unknowns = 2 · cells (concentration and potential);</li>
 * <li>memory = {@value #BASE_BYTES} bytes + {@value #BYTES_PER_CELL} bytes per cell: the solver's
 * ~30 per-cell arrays and multigrid levels, the snapshots kept for the result and the field files and
 * pictures written from them;</li>
 * <li>steps: a deposition run's plating time / the study's time step (the solver may take more, never
 * fewer); a cycle-life run's cycles are its {@code maxCycles}.</li>
 * </ul>
 * Every figure is a double, so no setting can overflow it: an infinite estimate is simply above any cap.
 *
 * @param study       the study's name
 * @param deposition  true for a 2D deposition study, false for a cycle-life study
 * @param spacingUm   the grid spacing the estimate uses [µm]
 * @param widthUm     the domain width [µm]
 * @param heightUm    the height of collector and separator [µm]
 * @param cells       grid cells
 * @param unknowns    unknowns of the discrete problem
 * @param memoryBytes memory [bytes]
 * @param steps       time steps (deposition) or cycles (cycle life); NaN when the settings do not say
 * @param timeStepS   the study's time step [s] (deposition), NaN when the steps are cycles
 * @param runSeconds  the plating time of a deposition run [s], NaN when unknown
 */
public record ResourceEstimate(String study, boolean deposition, double spacingUm, double widthUm, double heightUm,
		double cells, double unknowns, double memoryBytes, double steps, double timeStepS, double runSeconds) {

	/** Memory per grid cell [bytes], from the solver's arrays and what a result keeps of each cell. */
	public static final long BYTES_PER_CELL = 1024;

	/** Memory a study needs whatever its grid [bytes]: models, protocol, writers. */
	public static final long BASE_BYTES = 64L << 20;

	/**
	 * One limit a study goes beyond.
	 *
	 * @param machine true when the limit is the memory this process can have (machine-dependent: a
	 *                warning in validation, a refusal when the study is run), false for a cap
	 * @param message what is too large, by how much, and how to raise the cap
	 */
	public record Excess(boolean machine, String message) {
	}

	/** Estimates a study; never throws, whatever the design holds. */
	public static ResourceEstimate of(Study study) {
		String name = StudyRunner.studyName(study);
		SolverSettings settings = study.getSolver() != null
				? study.getSolver()
				: AnodyneFactory.eINSTANCE.createSolverSettings();
		boolean deposition = study.getKind() != StudyKind.CYCLE_LIFE;
		double spacing = Units.fromSi(Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__GRID_SPACING), "um");
		if (!deposition) {
			spacing = Math.max(spacing, CoupledDeposition.DEFAULT_SPACING * 1e6);
		}
		double width = Units.fromSi(Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__DOMAIN_WIDTH), "um");
		double height = height(study.getCell());
		double cells = Math.ceil(width / spacing) * Math.max(1.0, Math.ceil(height / spacing));
		if (!(cells >= 0.0)) {
			cells = Double.POSITIVE_INFINITY;
		}
		double steps = Double.NaN;
		double timeStep = Double.NaN;
		double runSeconds = Double.NaN;
		if (deposition) {
			timeStep = Units.si(settings, AnodynePackage.Literals.SOLVER_SETTINGS__TIME_STEP);
			runSeconds = platingSeconds(study);
			if (timeStep > 0.0 && runSeconds > 0.0) {
				steps = Math.ceil(runSeconds / timeStep);
			}
		} else if (settings.getMaxCycles() > 0) {
			steps = settings.getMaxCycles();
		}
		return new ResourceEstimate(name, deposition, spacing, width, height, cells, 2.0 * cells,
				BASE_BYTES + BYTES_PER_CELL * cells, steps, timeStep, runSeconds);
	}

	/** The memory this process may still allocate [bytes]. */
	public static long availableMemory() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
	}

	/**
	 * The one-paragraph message for running out of memory anyway (the estimate is a lower bound, and
	 * other work shares the heap), e.g. "Anodyne ran out of memory while running study 'x' (Java heap
	 * 2.0 GiB); nothing was written; …".
	 */
	public static String outOfMemory(String doing) {
		return "Anodyne ran out of memory while " + doing + " (Java heap " + bytes(Runtime.getRuntime().maxMemory())
				+ "); nothing was written; give it more memory (e.g. ANODYNE_VM_ARGS=-Xmx8g for the anodyne script)"
				+ " or make the study smaller (a coarser grid spacing, a narrower domain width)";
	}

	/** The limits this study goes beyond, caps first; empty when it fits. */
	public List<Excess> check(ResourceLimits limits, long availableBytes) {
		List<Excess> result = new ArrayList<>();
		String where = "study '" + study + "': ";
		String grid = "grid spacing " + number(spacingUm) + " µm on a cross-section " + number(widthUm)
				+ " µm wide and "
				+ number(heightUm) + " µm high (collector and separator)";
		if (!(cells <= limits.cells())) {
			result.add(new Excess(false, where + grid + " needs about " + number(cells) + " cells ("
					+ number(unknowns) + " unknowns), above the cap of " + number(limits.cells())
					+ " cells; use a coarser grid spacing or a narrower domain width, or raise the cap with --max-cells or -D"
					+ ResourceLimits.CELLS_PROPERTY));
		}
		if (!(memoryBytes <= limits.memoryBytes())) {
			result.add(new Excess(false,
					where + grid + " needs about " + bytes(memoryBytes) + " of memory, above the cap of "
							+ bytes(limits.memoryBytes())
							+ "; use a coarser grid or raise the cap with --max-memory or -D"
							+ ResourceLimits.MEMORY_PROPERTY));
		}
		if (!(steps <= limits.steps()) && !Double.isNaN(steps)) {
			result.add(new Excess(false, where + (deposition
					? "time step " + number(timeStepS) + " s over a plating time of " + number(runSeconds)
							+ " s needs at least " + number(steps) + " time steps"
					: "maxCycles " + number(steps) + " allows a run of as many cycles")
					+ ", above the cap of " + number(limits.steps())
					+ (deposition ? " steps; use a longer time step" : "; lower maxCycles")
					+ " or raise the cap with --max-steps or -D" + ResourceLimits.STEPS_PROPERTY));
		}
		if (result.isEmpty() && memoryBytes > availableBytes) {
			result.add(new Excess(true,
					where + grid + " needs about " + bytes(memoryBytes) + " of memory, more than the "
							+ bytes(availableBytes)
							+ " this Java process can have; give it more (e.g. ANODYNE_VM_ARGS=-Xmx8g for the"
							+ " anodyne script) or use a coarser grid"));
		}
		return result;
	}

	private static double height(Cell cell) {
		if (cell == null) {
			return 0.0;
		}
		double h = 0.0;
		if (cell.getAnode() != null && cell.getAnode().getCollector() != null) {
			h += positive(Units.fromSi(Units.si(cell.getAnode().getCollector(),
					AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS), "um"));
		}
		if (cell.getSeparator() != null) {
			h += positive(
					Units.fromSi(Units.si(cell.getSeparator(), AnodynePackage.Literals.SEPARATOR__THICKNESS), "um"));
		}
		return h;
	}

	private static double positive(double v) {
		return v > 0.0 ? v : 0.0;
	}

	/** The plating time of the first plating step [s], NaN when the protocol does not say. */
	private static double platingSeconds(Study study) {
		if (study.getProtocol() == null) {
			return Double.NaN;
		}
		ConditionedStep step = ProtocolTranslation.firstPlating(study.getProtocol().getSteps());
		if (step == null) {
			return Double.NaN;
		}
		try {
			if (step.getStop() instanceof DurationStop d) {
				return Units.toSi(d.getDuration(), d.getUnit().getLiteral());
			}
			if (step.getStop() instanceof CapacityStop c && study.getCell() != null) {
				return Units.si(c, AnodynePackage.Literals.CAPACITY_STOP__CAPACITY)
						/ StudyTranslation.current(study, step, "");
			}
		} catch (StudyException | RuntimeException e) {
			// No current to go by: the run length stays unknown and only the grid is checked.
		}
		return Double.NaN;
	}

	private static String number(double v) {
		if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7 && v == Math.rint(v)) {
			return String.format(Locale.ROOT, "%,d", (long) v).replace(',', ' ');
		}
		return Double.isInfinite(v) ? "more than 10^308" : Units.formatNumber(v);
	}

	private static String bytes(double b) {
		if (b >= 1L << 30) {
			return number(Math.ceil(b / (1L << 30) * 10) / 10) + " GiB";
		}
		return number(Math.ceil(b / (1L << 20))) + " MiB";
	}
}
