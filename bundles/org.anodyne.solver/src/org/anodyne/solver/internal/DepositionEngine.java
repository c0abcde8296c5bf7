package org.anodyne.solver.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.anodyne.solver.CancelledException;
import org.anodyne.solver.ElectrolyteProperties;
import org.anodyne.solver.MetalProperties;
import org.anodyne.solver.PhysicalConstants;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.solver.deposition.CellGeometry;
import org.anodyne.solver.deposition.CellKind;
import org.anodyne.solver.deposition.Control;
import org.anodyne.solver.deposition.DepositionFields;
import org.anodyne.solver.deposition.DepositionProblem;
import org.anodyne.solver.deposition.DepositionRun;
import org.anodyne.solver.deposition.DepositionScalars;
import org.anodyne.solver.deposition.DepositionSnapshot;
import org.anodyne.solver.deposition.GridInfo;
import org.anodyne.solver.deposition.KineticLaw;
import org.anodyne.solver.deposition.NumericalSettings;
import org.anodyne.solver.deposition.TransientSettings;

/**
 * The 2D deposition model on its grid: state, discretisation and time loop. One instance per run.
 * <p>
 * <b>Discretisation.</b> Cell-centred finite volumes; electrolyte cells carry c and φ. Face
 * conductances are harmonic means of the cell values (κ and D in pores, ·ε/τ in the separator).
 * The diffusion-potential term uses the same conductances times ρ = 2V<sub>T</sub>(1−t₊)/z on
 * differences of ln c, so it telescopes exactly in 1D. Electrode faces (a cell face whose other
 * side is collector solid or metal, and the top boundary for the counter electrode) carry the
 * kinetic flux, see {@link FaceKinetics}.
 * <p>
 * <b>Potential.</b> Quasi-static: Newton on φ with the face currents eliminated per face; the
 * equipotential solid potential φ<sub>s</sub> is the one extra unknown under galvanostatic control,
 * handled by superposition: each iteration solves A u = −R and A w = g<sub>CE</sub> (the counter
 * electrode's Robin diagonal) with multigrid-preconditioned CG, so the response of φ to φ<sub>s</sub> is
 * 1 − w without cancellation.
 * <p>
 * <b>Time step.</b> Given the currents at t<sup>n</sup>: backward-Euler diffusion of c with the face
 * fluxes as sources, then the metal volume of each electrolyte cell grows by the current through its
 * electrode faces, j·A·Δt·V<sub>m</sub>/(zF). A cell that overflows becomes metal and passes the
 * excess to its electrolyte neighbour along the growth direction, so metal volume is conserved to
 * rounding and neighbouring deposits merge when the cells between them fill. Stripping below zero
 * takes the deficit from an adjacent metal cell, which reopens as electrolyte.
 */
public final class DepositionEngine {

	private static final byte PORE = CellKind.ELECTROLYTE.code();
	private static final byte SEPARATOR = CellKind.SEPARATOR.code();
	private static final byte SUBSTRATE = CellKind.SUBSTRATE.code();
	private static final byte METAL = CellKind.METAL.code();
	private static final double CONDUCTANCE_FLOOR_FACTOR = 1e-9;

	private final DepositionProblem problem;
	private final GridInfo grid;
	private final int nx;
	private final int ny;
	private final int n;
	private final double h;
	private final double vt;
	private final double c0;
	private final double tPlus;
	private final int z;
	private final double rho;
	private final double volumePerCharge;
	private final KineticLaw law;
	private final KineticLaw counterLaw;
	private final NumericalSettings numerics;
	private final FaceKinetics faceKinetics;

	/** Base kind of each cell: PORE, SEPARATOR or SUBSTRATE; a pore or separator cell is metal when full. */
	private final byte[] base;
	private final int[] substrate;
	private final List<String> substrateIds;
	private final double[] substrateBarrier;
	private final double[] capacity;
	private final double[] porosity;
	private final double[] kappaCell;
	private final double[] diffCell;
	private final double[] betaCell;
	private final double[] rCell;
	private final double[] areaFactor;
	private final boolean[] coveredSolid;
	private final int[] fibreIndex;
	private final int fibreCount;
	private final double counterPotential;
	private final double hostPorosity;

	private final double[] volume;
	private final double[] initialVolume;
	private final double[] conc;
	private final double[] phi;
	private double phiS;
	private final boolean[] active;

	private double time;
	private long step;
	private boolean electrolyteAtRest = true;
	private double charge;
	private double appliedChargeVolume;
	private double initialLowerFraction = Double.NaN;

	private int faceCount;
	private int[] fCell = new int[0];
	private int[] fSolid = new int[0];
	/** Cell whose metal volume a face's plating changes: the adjacent host pore, see {@link #buildFaces}. */
	private int[] fTarget = new int[0];
	private boolean[] fCounter = new boolean[0];
	private double[] fArea = new double[0];
	private double[] fBarrier = new double[0];
	private double[] fTheta = new double[0];
	private double[] fY = new double[0];
	private double[] fJ = new double[0];
	private double[] fG = new double[0];
	private double[] fEta = new double[0];
	private double[] fCs = new double[0];

	private double[] tK;
	private double[] tKN;
	private double[] tD;
	private double[] tDN;
	private Multigrid potentialMg;
	private Multigrid concentrationMg;
	private double concentrationMgStep = Double.NaN;
	private boolean topologyChanged = true;

	private final double[] residual;
	private final double[] source;
	private final double[] diag;
	private final double[] gWe;
	private final double[] gCe;
	private final double[] u;
	private final double[] w;
	private final double[] rhs;
	private final int[] ownerScratch;
	private final int[] queueScratch;
	private final int[] faceCountScratch;
	private long newtonIterations;
	private long linearSolves;
	private long linearIterations;
	private long potentialSolves;
	private final double[] savedConc;
	private final double[] savedVolume;
	private final boolean[] savedActive;
	private final double[] savedPhi;
	private double savedTime;
	private double savedCharge;
	private long savedStep;
	private double savedAppliedVolume;
	private boolean savedAtRest;

	/**
	 * @param problem the problem; its geometry gives the initial state
	 */
	public DepositionEngine(DepositionProblem problem) {
		this.problem = problem;
		CellGeometry geo = problem.geometry();
		this.grid = geo.grid();
		this.nx = grid.nx();
		this.ny = grid.ny();
		this.n = grid.cellCount();
		this.h = grid.spacing();
		ElectrolyteProperties el = problem.electrolyte();
		MetalProperties metal = problem.metal();
		this.vt = PhysicalConstants.thermalVoltage(problem.temperature());
		this.c0 = el.concentration();
		this.tPlus = el.transferenceNumber();
		this.z = el.chargeNumber();
		this.rho = 2.0 * vt * (1.0 - tPlus) / z;
		this.volumePerCharge = metal.molarVolume() / (metal.chargeNumber() * PhysicalConstants.FARADAY);
		this.law = problem.kinetics();
		this.counterLaw = problem.counterKinetics();
		this.counterPotential = problem.counterPotential();
		this.numerics = problem.numerics();
		this.faceKinetics = new FaceKinetics(vt, c0, rho, numerics.nucleationOnsetWidth());

		byte[] kinds = geo.kindCodes();
		double[] fill = geo.initialFill();
		this.substrate = geo.substrateIndices();
		this.areaFactor = geo.surfaceAreaFactors();
		this.fibreIndex = geo.fibreIndices();
		this.fibreCount = geo.fibres().size();
		this.coveredSolid = new boolean[n];
		for (int k = 0; k < n; k++) {
			coveredSolid[k] = geo.coveredSolid(k);
		}
		this.substrateIds = geo.substrateIds();
		this.substrateBarrier = new double[substrateIds.size()];
		for (int s = 0; s < substrateBarrier.length; s++) {
			substrateBarrier[s] = problem.barrier(substrateIds.get(s));
		}
		this.base = new byte[n];
		this.capacity = new double[n];
		this.porosity = new double[n];
		this.kappaCell = new double[n];
		this.diffCell = new double[n];
		this.betaCell = new double[n];
		this.rCell = new double[n];
		this.volume = new double[n];
		double sepFactor = geo.separator().transportFactor();
		double sepPorosity = geo.separator().porosity();
		for (int k = 0; k < n; k++) {
			boolean inSeparator = k / nx >= grid.hostRows();
			if (kinds[k] == SUBSTRATE) {
				base[k] = SUBSTRATE;
				continue;
			}
			base[k] = inSeparator ? SEPARATOR : PORE;
			porosity[k] = inSeparator ? sepPorosity : 1.0;
			double factor = inSeparator ? sepFactor : 1.0;
			kappaCell[k] = el.conductivity() * factor;
			diffCell[k] = el.diffusivity() * factor;
			capacity[k] = porosity[k] * h * h;
			volume[k] = fill[k] * capacity[k];
			betaCell[k] = 0.5 * h * (1.0 - tPlus) * porosity[k] / (z * PhysicalConstants.FARADAY * diffCell[k]);
			rCell[k] = 0.5 * h * porosity[k] / kappaCell[k];
		}
		this.hostPorosity = geo.hostPorosity();
		this.initialVolume = volume.clone();
		this.conc = new double[n];
		this.phi = new double[n];
		this.active = new boolean[n];
		for (int k = 0; k < n; k++) {
			active[k] = base[k] != SUBSTRATE && volume[k] < capacity[k];
			conc[k] = active[k] ? c0 : 0.0;
		}
		this.residual = new double[n];
		this.source = new double[n];
		this.diag = new double[n];
		this.gWe = new double[n];
		this.gCe = new double[n];
		this.u = new double[n];
		this.w = new double[n];
		this.rhs = new double[n];
		this.ownerScratch = new int[n];
		this.queueScratch = new int[n];
		this.faceCountScratch = new int[n];
		this.savedConc = new double[n];
		this.savedVolume = new double[n];
		this.savedActive = new boolean[n];
		this.savedPhi = new double[n];
	}

	// ------------------------------------------------------------------ public entry points

	/**
	 * The first instant of plating: the current split with the electrolyte at rest (c = c₀).
	 */
	public DepositionSnapshot steadySplit(ProgressMonitor monitor) throws SolverException {
		monitor.begin("Steady current split", 1);
		monitor.checkCanceled(0, 0.0);
		solvePotential();
		initialLowerFraction = currentFractionLowerHalf();
		monitor.worked(1);
		monitor.done();
		return snapshot();
	}

	/**
	 * Galvanostatic or potentiostatic plating in time.
	 */
	public DepositionRun transientRun(TransientSettings settings, ProgressMonitor monitor) throws SolverException {
		final int totalWork = 1000;
		monitor.begin("Plating transient", totalWork);
		int reported = 0;
		List<DepositionSnapshot> out = new ArrayList<>();
		monitor.checkCanceled(0, 0.0);
		solvePotential();
		initialLowerFraction = currentFractionLowerHalf();
		out.add(snapshot());
		double[] outputs = settings.outputTimes();
		int nextOutput = 0;
		while (nextOutput < outputs.length && outputs[nextOutput] <= 0.0) {
			nextOutput++;
		}
		double endTime = settings.endTime();
		double endCharge = settings.endCharge();
		double dt = Double.isNaN(settings.initialTimeStep()) ? defaultInitialStep() : settings.initialTimeStep();
		double previousStep = Double.NaN;
		double minCsBefore = minSurfaceConcentration();
		DepositionRun.Termination termination = DepositionRun.Termination.COMPLETED;
		String message = null;
		double terminationTime = Double.NaN;
		while (true) {
			double current = workingCurrent();
			if (Double.isInfinite(endTime) && !(current > 0.0)) {
				throw new SolverException(String.format(Locale.ROOT,
						"the run is to end after %.6g C/m2 of plating, but the working electrode carries %.4g A/m2 "
								+ "(no plating current), so that charge is never reached; give an end time",
						endCharge, current / grid.width()), step, time, null);
			}
			double target = endTime;
			if (Double.isFinite(endCharge) && current > 0.0) {
				target = Math.min(target, time + (endCharge - charge) * grid.width() / current);
			}
			boolean atOutput = false;
			double stepLimit = Double.isNaN(previousStep) ? dt : previousStep * settings.timeStepGrowth();
			stepLimit = Math.min(stepLimit, settings.maxTimeStep());
			stepLimit = Math.min(stepLimit, fillLimitedStep(settings.maxFillPerStep()));
			double nextStop = target;
			if (nextOutput < outputs.length && outputs[nextOutput] < nextStop) {
				nextStop = outputs[nextOutput];
				atOutput = true;
			}
			boolean last = false;
			if (time + stepLimit >= nextStop - 1e-9 * stepLimit) {
				stepLimit = nextStop - time;
				last = !atOutput || nextStop >= target;
			} else if (time + 2.0 * stepLimit > nextStop) {
				// Split the remainder evenly instead of leaving a sliver step before the stop.
				stepLimit = 0.5 * (nextStop - time);
			}
			if (!(stepLimit > 0.0)) {
				break;
			}
			if (step >= settings.maxSteps()) {
				throw new SolverException("transient did not reach its end within " + settings.maxSteps()
						+ " steps (the time step is limited by the fill rate; check the current and the grid)", step, time,
						null);
			}
			monitor.checkCanceled(step, time);
			saveState();
			advance(stepLimit);
			previousStep = stepLimit;
			double minCsAfter = depletionEstimate();
			if (minCsAfter <= 0.0) {
				double fraction = minCsBefore / (minCsBefore - minCsAfter);
				terminationTime = time - stepLimit + stepLimit * Math.max(0.0, Math.min(1.0, fraction));
				termination = DepositionRun.Termination.ELECTROLYTE_DEPLETED;
				message = String.format(Locale.ROOT,
						"electrolyte depleted at a working-electrode surface at t = %.6g s (t/τ_Sand = %.4g): "
								+ "the current exceeds what diffusion supplies",
						terminationTime, terminationTime / sandTime());
				restoreState();
				break;
			}
			if (shortCircuit()) {
				termination = DepositionRun.Termination.SHORT_CIRCUIT;
				terminationTime = time;
				message = String.format(Locale.ROOT,
						"metal reached the counter electrode (short circuit) at t = %.6g s, %s", time,
						grid.describe(shortCircuitCell()));
				break;
			}
			solvePotential();
			minCsBefore = minSurfaceConcentration();
			int done = (int) Math.min(totalWork, Math.round(totalWork * progressFraction(endTime, endCharge)));
			if (done > reported) {
				monitor.worked(done - reported);
				reported = done;
			}
			monitor.subTask(String.format(Locale.ROOT, "step %d, t = %.4g s, charge %.4g C/m2", step, time, charge));
			if (atOutput && Math.abs(time - outputs[nextOutput]) <= 1e-9 * Math.max(1.0, time)) {
				out.add(snapshot());
				nextOutput++;
			}
			if (last) {
				break;
			}
		}
		if (termination == DepositionRun.Termination.COMPLETED) {
			terminationTime = time;
			message = String.format(Locale.ROOT, "completed at t = %.6g s after %d steps, %.6g C/m2 passed", time, step,
					charge);
		}
		DepositionScalars lastScalars = out.get(out.size() - 1).scalars();
		if (lastScalars.step() != step || out.size() == 1) {
			out.add(snapshot());
		}
		monitor.done();
		return new DepositionRun(out, termination, terminationTime, step, message);
	}

	// ------------------------------------------------------------------ geometry bookkeeping

	private void rebuildTopology() {
		if (tK == null) {
			tK = new double[n];
			tKN = new double[n];
			tD = new double[n];
			tDN = new double[n];
		} else {
			Arrays.fill(tK, 0.0);
			Arrays.fill(tKN, 0.0);
			Arrays.fill(tD, 0.0);
			Arrays.fill(tDN, 0.0);
		}
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (!active[k]) {
					continue;
				}
				int e = j * nx + (i + 1) % nx;
				if (nx > 1 && active[e]) {
					tK[k] = harmonic(kappaCell[k], kappaCell[e]);
					tD[k] = harmonic(diffCell[k], diffCell[e]);
				}
				if (j < ny - 1 && active[k + nx]) {
					tKN[k] = harmonic(kappaCell[k], kappaCell[k + nx]);
					tDN[k] = harmonic(diffCell[k], diffCell[k + nx]);
				}
			}
		}
		buildFaces();
		Arrays.fill(diag, 0.0);
		for (int f = 0; f < faceCount; f++) {
			diag[fCell[f]] += fArea[f] * law.derivativeOverpotential(0.0, 1.0, vt);
		}
		if (potentialMg == null) {
			potentialMg = new Multigrid(nx, ny, tK, tKN, diag, active);
		} else {
			potentialMg.setCoefficients(tK, tKN, diag, active);
		}
		concentrationMgStep = Double.NaN;
		topologyChanged = false;
	}

	private static double harmonic(double a, double b) {
		return 2.0 * a * b / (a + b);
	}

	/**
	 * Lists the electrode faces of the current domain. Arrays are reused while they are large
	 * enough: the domain changes every few steps and the face count barely moves.
	 */
	private void buildFaces() {
		int count = 0;
		for (int pass = 0; pass < 2; pass++) {
			if (pass == 1 && fCell.length < count) {
				int size = count + count / 8 + 16;
				fCell = new int[size];
				fSolid = new int[size];
				fTarget = new int[size];
				fCounter = new boolean[size];
				fArea = new double[size];
				fBarrier = new double[size];
				fTheta = new double[size];
				fY = new double[size];
				fJ = new double[size];
				fG = new double[size];
				fEta = new double[size];
				fCs = new double[size];
			}
			int m = 0;
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					int k = j * nx + i;
					if (!active[k]) {
						continue;
					}
					for (int d = 0; d < 4; d++) {
						int q = switch (d) {
						case 0 -> nx == 1 ? -1 : j * nx + (i + 1) % nx;
						case 1 -> nx == 1 ? -1 : j * nx + (i + nx - 1) % nx;
						case 2 -> j < ny - 1 ? k + nx : -2;
						default -> j > 0 ? k - nx : -1;
						};
						boolean counter = q == -2;
						if (q == -1 || (!counter && active[q])) {
							continue;
						}
						if (pass == 1) {
							fCell[m] = k;
							fSolid[m] = counter ? -1 : q;
							fCounter[m] = counter;
							fArea[m] = h * porosity[k] * (!counter && base[q] == SUBSTRATE ? areaFactor[q] : 1.0);
							fBarrier[m] = !counter && base[q] == SUBSTRATE && !coveredSolid[q]
									? substrateBarrier[substrate[q]] : 0.0;
							fTheta[m] = 1.0;
							fY[m] = counter ? grid.height() : d == 2 ? (j + 1) * h : d == 3 ? j * h : (j + 0.5) * h;
							fJ[m] = 0.0;
						}
						m++;
					}
				}
			}
			count = m;
		}
		faceCount = count;
		int[] owner = nearestHostPore();
		for (int f = 0; f < faceCount; f++) {
			int p = fCell[f];
			if (fCounter[f] || base[p] == PORE) {
				fTarget[f] = p;
			} else {
				// The separator's pores (tens of nm) do not admit metal: what plates against it
				// creeps through the metal into the nearest free host pore; only a full host
				// leaves the separator to fill.
				fTarget[f] = owner[fSolid[f]] >= 0 ? owner[fSolid[f]] : p;
			}
		}
		updateCoverage();
	}

	/**
	 * For every solid cell, the nearest electrolyte cell of the host reachable through solid cells
	 * (−1 if none): a multi-source breadth-first search from all host pore cells.
	 */
	private int[] nearestHostPore() {
		int[] owner = ownerScratch;
		Arrays.fill(owner, -1);
		int[] queue = queueScratch;
		int head = 0;
		int tail = 0;
		for (int k = 0; k < n; k++) {
			if (active[k] && base[k] == PORE) {
				owner[k] = k;
				queue[tail++] = k;
			}
		}
		while (head < tail) {
			int k = queue[head++];
			int i = k % nx;
			int j = k / nx;
			for (int d = 0; d < 4; d++) {
				int q = switch (d) {
				case 0 -> j * nx + (i + 1) % nx;
				case 1 -> j * nx + (i + nx - 1) % nx;
				case 2 -> j < ny - 1 ? k + nx : -1;
				default -> j > 0 ? k - nx : -1;
				};
				if (q >= 0 && owner[q] < 0 && !active[q]) {
					owner[q] = owner[k];
					queue[tail++] = q;
				}
			}
		}
		return owner;
	}

	/** Coverage of collector faces follows the metal plated into the adjacent cell. */
	private void updateCoverage() {
		int[] faces = faceCountScratch;
		Arrays.fill(faces, 0);
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				faces[fCell[f]]++;
			}
		}
		double delta = problem.coverageThickness();
		for (int f = 0; f < faceCount; f++) {
			if (fCounter[f]) {
				continue;
			}
			int q = fSolid[f];
			if (base[q] != SUBSTRATE || coveredSolid[q]) {
				fTheta[f] = 1.0;
				continue;
			}
			int p = fTarget[f];
			double thickness = volume[p] / (Math.max(1, faces[p]) * h);
			double s = Math.max(0.0, Math.min(1.0, thickness / delta));
			fTheta[f] = s * s * (3.0 - 2.0 * s);
		}
	}

	// ------------------------------------------------------------------ potential (Newton)

	private boolean galvanostatic() {
		return problem.control() instanceof Control.Galvanostatic;
	}

	private double appliedCurrent() {
		return ((Control.Galvanostatic) problem.control()).currentDensity() * grid.width();
	}

	private void solvePotential() throws SolverException {
		if (topologyChanged) {
			rebuildTopology();
		}
		potentialSolves++;
		for (int k = 0; k < n; k++) {
			if (active[k] && !(conc[k] > 0.0)) {
				throw new SolverException(String.format(Locale.ROOT,
						"salt concentration %.4g mol/m3 is not positive (electrolyte depleted)", conc[k]), step, time,
						grid.describe(k));
			}
		}
		if (problem.control() instanceof Control.PrescribedOverpotential p) {
			phiS = -p.overpotential();
		}
		// Diffusion-potential source: the ∇ln c part of the current, fixed during the Newton iteration.
		Arrays.fill(source, 0.0);
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (!active[k]) {
					continue;
				}
				int e = j * nx + (i + 1) % nx;
				if (tK[k] != 0.0) {
					double flux = rho * tK[k] * (Math.log(conc[k]) - Math.log(conc[e]));
					source[k] += flux;
					source[e] -= flux;
				}
				if (tKN[k] != 0.0) {
					double flux = rho * tKN[k] * (Math.log(conc[k]) - Math.log(conc[k + nx]));
					source[k] += flux;
					source[k + nx] -= flux;
				}
			}
		}
		double floor = CONDUCTANCE_FLOOR_FACTOR * law.derivativeOverpotential(0.0, 1.0, vt);
		boolean galv = galvanostatic();
		double applied = galv ? appliedCurrent() : 0.0;
		int maxIt = numerics.maxNewtonIterations();
		double lastRes = Double.NaN;
		double lastUpdate = Double.POSITIVE_INFINITY;
		int worstCell = -1;
		for (int it = 0; it <= maxIt; it++) {
			evaluateFaces();
			double iWe = 0.0;
			double iAbs = 0.0;
			for (int f = 0; f < faceCount; f++) {
				double flow = fArea[f] * fJ[f];
				iAbs += Math.abs(flow);
				if (!fCounter[f]) {
					iWe += flow;
				}
			}
			computeResidual();
			double scale = Math.max(Math.max(Math.abs(applied), iAbs), 1e-12 * problem.electrolyte().conductivity() * vt);
			double constraint = galv ? iWe - applied : 0.0;
			double maxRes = 0.0;
			worstCell = -1;
			for (int k = 0; k < n; k++) {
				double a = Math.abs(residual[k]);
				if (a > maxRes) {
					maxRes = a;
					worstCell = k;
				}
			}
			lastRes = Math.max(maxRes, Math.abs(constraint)) / scale;
			if (!Double.isFinite(lastRes)) {
				int bad = worstCell;
				for (int k = 0; k < n; k++) {
					if (!Double.isFinite(residual[k])) {
						bad = k;
						break;
					}
				}
				throw new SolverException("non-finite current balance in the electrolyte potential", step, time,
						bad >= 0 ? grid.describe(bad) : null);
			}
			// The cell residual cannot fall below the rounding of its largest flux terms (large κ/h),
			// so a Newton update below a nanovolt also counts as converged.
			boolean balanced = maxRes <= 100.0 * numerics.newtonTolerance() * scale || lastUpdate <= 1e-10;
			if (balanced && Math.abs(constraint) <= numerics.newtonTolerance() * scale) {
				return;
			}
			if (it == maxIt) {
				break;
			}
			newtonIterations++;
			Arrays.fill(diag, 0.0);
			Arrays.fill(gWe, 0.0);
			Arrays.fill(gCe, 0.0);
			for (int f = 0; f < faceCount; f++) {
				double g = fArea[f] * Math.max(fG[f], floor);
				diag[fCell[f]] += g;
				if (fCounter[f]) {
					gCe[fCell[f]] += g;
				} else {
					gWe[fCell[f]] += g;
				}
			}
			potentialMg.updateDiagonal(diag);
			for (int k = 0; k < n; k++) {
				rhs[k] = -residual[k];
			}
			// Inexact Newton: solve only as accurately as this update needs to reach the Newton
			// target if the problem were linear; the galvanostatic constraint is met exactly by the
			// update whatever the accuracy of u and w.
			double cellTarget = 100.0 * numerics.newtonTolerance() * scale;
			double linearTol = Math.max(numerics.linearTolerance(),
					Math.min(1e-2, maxRes > 0.0 ? 0.1 * cellTarget / maxRes : 1e-2));
			Arrays.fill(u, 0.0);
			linearSolve(potentialMg, u, rhs, linearTol, "potential correction");
			double dPhiS = 0.0;
			if (galv) {
				linearSolve(potentialMg, w, gCe, linearTol, "potential response to the solid potential");
				double num = constraint;
				double den = 0.0;
				for (int k = 0; k < n; k++) {
					num += gWe[k] * u[k];
					den += gWe[k] * w[k];
				}
				if (!(den > 0.0)) {
					throw new SolverException("the working electrode does not respond to its potential "
							+ "(no reachable electrode surface)", step, time, null);
				}
				dPhiS = num / den;
			}
			double maxUpdate = Math.abs(dPhiS);
			for (int k = 0; k < n; k++) {
				if (active[k]) {
					u[k] += galv ? dPhiS * (1.0 - w[k]) : 0.0;
					maxUpdate = Math.max(maxUpdate, Math.abs(u[k]));
				}
			}
			double damping = maxUpdate > numerics.maxPotentialUpdate() ? numerics.maxPotentialUpdate() / maxUpdate : 1.0;
			lastUpdate = damping * maxUpdate;
			for (int k = 0; k < n; k++) {
				if (active[k]) {
					phi[k] += damping * u[k];
				}
			}
			phiS += damping * dPhiS;
			checkFinite(phi, "electrolyte potential");
			if (!Double.isFinite(phiS)) {
				throw new SolverException("solid potential became non-finite", step, time, null);
			}
		}
		throw new SolverException(String.format(Locale.ROOT,
				"Newton iteration for the electrolyte potential did not converge in %d iterations "
						+ "(relative residual %.3g, largest imbalance in the cell named)",
				maxIt, lastRes), step, time, worstCell >= 0 ? grid.describe(worstCell) : null);
	}

	private void linearSolve(Multigrid mg, double[] x, double[] b, double tolerance, String what)
			throws SolverException {
		boolean ok = mg.solve(x, b, tolerance, numerics.maxLinearIterations());
		linearSolves++;
		linearIterations += mg.lastIterations();
		if (!ok) {
			throw new SolverException(String.format(Locale.ROOT,
					"multigrid-preconditioned CG for the %s did not converge (relative residual %.3g after %d iterations)",
					what, mg.lastRelativeResidual(), mg.lastIterations()), step, time, null);
		}
		checkFinite(x, what);
	}

	private void checkFinite(double[] field, String what) throws SolverException {
		for (int k = 0; k < n; k++) {
			if (!Double.isFinite(field[k])) {
				throw new SolverException("non-finite " + what, step, time, grid.describe(k));
			}
		}
	}

	private void evaluateFaces() throws SolverException {
		for (int f = 0; f < faceCount; f++) {
			int p = fCell[f];
			// At the first instant the electrolyte is at rest: no concentration gradient has formed at
			// the surfaces yet, so the surface concentration is the cell's.
			double beta = electrolyteAtRest ? 0.0 : betaCell[p];
			boolean ok;
			if (fCounter[f] && counterLaw == null) {
				ok = faceKinetics.solveReversible(phi[p] - counterPotential, conc[p], beta, rCell[p]);
			} else if (fCounter[f]) {
				ok = faceKinetics.solve(counterLaw, 1.0, 0.0, phi[p], conc[p], beta, rCell[p], fJ[f]);
			} else {
				ok = faceKinetics.solve(law, fTheta[f], fBarrier[f], phi[p] - phiS, conc[p], beta, rCell[p], fJ[f]);
			}
			if (!ok) {
				throw new SolverException(String.format(Locale.ROOT,
						"no finite current on an electrode face (φ = %.4g V, φs = %.4g V, c = %.4g mol/m3)", phi[p],
						phiS, conc[p]), step, time, grid.describe(p));
			}
			fJ[f] = faceKinetics.current;
			fG[f] = faceKinetics.conductance;
			fEta[f] = faceKinetics.overpotential;
			fCs[f] = faceKinetics.surfaceConcentration;
		}
	}

	/** Net current leaving each electrolyte cell [A/m]; zero at the solution. */
	private void computeResidual() {
		for (int k = 0; k < n; k++) {
			residual[k] = active[k] ? -source[k] : 0.0;
		}
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int k = j * nx + i;
				if (!active[k]) {
					continue;
				}
				if (tK[k] != 0.0) {
					int e = j * nx + (i + 1) % nx;
					double flux = tK[k] * (phi[k] - phi[e]);
					residual[k] += flux;
					residual[e] -= flux;
				}
				if (tKN[k] != 0.0) {
					double flux = tKN[k] * (phi[k] - phi[k + nx]);
					residual[k] += flux;
					residual[k + nx] -= flux;
				}
			}
		}
		for (int f = 0; f < faceCount; f++) {
			residual[fCell[f]] += fArea[f] * fJ[f];
		}
	}

	private double workingCurrent() {
		double s = 0.0;
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				s += fArea[f] * fJ[f];
			}
		}
		return s;
	}

	// ------------------------------------------------------------------ time step

	private double defaultInitialStep() {
		double height = grid.height();
		return 1e-3 * height * height / problem.electrolyte().diffusivity();
	}

	private double fillLimitedStep(double maxFill) {
		double[] rate = rhs;
		Arrays.fill(rate, 0.0);
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				rate[fTarget[f]] += fArea[f] * fJ[f] * volumePerCharge;
			}
		}
		double limit = Double.POSITIVE_INFINITY;
		for (int k = 0; k < n; k++) {
			double r = rate[k];
			if (r > 0.0) {
				limit = Math.min(limit, maxFill * capacity[k] / r);
			} else if (r < 0.0) {
				double available = hasMetalNeighbour(k) ? capacity[k] : Math.max(volume[k], 0.0);
				limit = Math.min(limit, maxFill * available / -r);
			}
		}
		return limit;
	}

	private boolean hasMetalNeighbour(int k) {
		int i = k % nx;
		int j = k / nx;
		int[] nb = { j * nx + (i + 1) % nx, j * nx + (i + nx - 1) % nx, j < ny - 1 ? k + nx : -1, j > 0 ? k - nx : -1 };
		for (int q : nb) {
			if (q >= 0 && base[q] != SUBSTRATE && !active[q]) {
				return true;
			}
		}
		return false;
	}

	private void advance(double dt) throws SolverException {
		updateConcentration(dt);
		double workingFlow = 0.0;
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				double flow = fArea[f] * fJ[f];
				workingFlow += flow;
				volume[fTarget[f]] += flow * dt * volumePerCharge;
			}
		}
		double chargeFlow = galvanostatic() ? appliedCurrent() : workingFlow;
		appliedChargeVolume += chargeFlow * dt * volumePerCharge;
		charge += chargeFlow * dt / grid.width();
		time += dt;
		step++;
		redistributeMetal();
		updateCoverage();
	}

	private void updateConcentration(double dt) throws SolverException {
		electrolyteAtRest = false;
		if (dt != concentrationMgStep) {
			double[] mass = diag;
			for (int k = 0; k < n; k++) {
				mass[k] = active[k] ? capacity[k] / dt : 0.0;
			}
			if (concentrationMg == null) {
				concentrationMg = new Multigrid(nx, ny, tD, tDN, mass, active);
			} else if (Double.isNaN(concentrationMgStep)) {
				concentrationMg.setCoefficients(tD, tDN, mass, active);
			} else {
				concentrationMg.updateDiagonal(mass);
			}
			concentrationMgStep = dt;
		}
		for (int k = 0; k < n; k++) {
			rhs[k] = active[k] ? capacity[k] / dt * conc[k] : 0.0;
		}
		double saltPerCurrent = (1.0 - tPlus) / (z * PhysicalConstants.FARADAY);
		for (int f = 0; f < faceCount; f++) {
			rhs[fCell[f]] -= fArea[f] * fJ[f] * saltPerCurrent;
		}
		boolean ok = concentrationMg.solve(conc, rhs, Math.min(numerics.linearTolerance(), 1e-10),
				numerics.maxLinearIterations());
		linearSolves++;
		linearIterations += concentrationMg.lastIterations();
		if (!ok) {
			throw new SolverException(String.format(Locale.ROOT,
					"multigrid-preconditioned CG for the concentration did not converge (relative residual %.3g)",
					concentrationMg.lastRelativeResidual()), step, time, null);
		}
		checkFinite(conc, "salt concentration");
	}

	/** Overflowing cells become metal and pass the excess on; over-stripped cells draw on adjacent metal. */
	private void redistributeMetal() {
		ArrayDeque<Integer> pending = new ArrayDeque<>();
		for (int k = 0; k < n; k++) {
			if (active[k] && (volume[k] >= capacity[k] || volume[k] < 0.0)) {
				pending.add(k);
			}
		}
		while (!pending.isEmpty()) {
			int k = pending.poll();
			if (!active[k]) {
				continue;
			}
			if (volume[k] >= capacity[k]) {
				double excess = volume[k] - capacity[k];
				volume[k] = capacity[k];
				active[k] = false;
				conc[k] = 0.0;
				topologyChanged = true;
				if (excess > 0.0) {
					int target = overflowTarget(k);
					if (target >= 0) {
						volume[target] += excess;
						if (volume[target] >= capacity[target]) {
							pending.add(target);
						}
					} else {
						volume[k] += excess;
					}
				}
			} else if (volume[k] < 0.0) {
				int q = strippingSource(k);
				if (q < 0) {
					continue;
				}
				double deficit = -volume[k];
				volume[k] = 0.0;
				volume[q] -= deficit;
				active[q] = true;
				conc[q] = conc[k];
				phi[q] = phi[k];
				topologyChanged = true;
				if (volume[q] < 0.0) {
					pending.add(q);
				}
			}
		}
	}

	private int[] neighbours(int k) {
		int i = k % nx;
		int j = k / nx;
		return new int[] { j * nx + (i + 1) % nx, j * nx + (i + nx - 1) % nx, j < ny - 1 ? k + nx : -1,
				j > 0 ? k - nx : -1 };
	}

	/**
	 * Where the excess of a cell that just filled goes: the host electrolyte neighbour along the
	 * growth direction (away from the cell's solid neighbours); else the nearest host electrolyte
	 * cell reached through metal; only if the host has no room left, the separator.
	 */
	private int overflowTarget(int k) {
		int best = neighbourAlongGrowth(k, true);
		if (best >= 0) {
			return best;
		}
		best = nearestThroughMetal(k, true);
		if (best >= 0) {
			return best;
		}
		best = neighbourAlongGrowth(k, false);
		return best >= 0 ? best : nearestThroughMetal(k, false);
	}

	private int neighbourAlongGrowth(int k, boolean hostOnly) {
		int[] nb = neighbours(k);
		// Unit steps from k to its east, west, north and south neighbours.
		int[] dx = { 1, -1, 0, 0 };
		int[] dy = { 0, 0, 1, -1 };
		int gx = 0;
		int gy = 0;
		for (int d = 0; d < 4; d++) {
			if (nb[d] >= 0 && !active[nb[d]]) {
				gx -= dx[d];
				gy -= dy[d];
			}
		}
		int best = -1;
		int bestScore = Integer.MIN_VALUE;
		for (int d = 0; d < 4; d++) {
			int q = nb[d];
			if (q >= 0 && active[q] && (!hostOnly || base[q] == PORE)) {
				int score = dx[d] * gx + dy[d] * gy;
				if (score > bestScore) {
					bestScore = score;
					best = q;
				}
			}
		}
		return best;
	}

	private int nearestThroughMetal(int k, boolean hostOnly) {
		boolean[] seen = new boolean[n];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(k);
		seen[k] = true;
		while (!queue.isEmpty()) {
			int p = queue.poll();
			for (int q : neighbours(p)) {
				if (q < 0 || seen[q] || base[q] == SUBSTRATE) {
					continue;
				}
				seen[q] = true;
				if (active[q]) {
					if (!hostOnly || base[q] == PORE) {
						return q;
					}
					continue;
				}
				queue.add(q);
			}
		}
		return -1;
	}

	private int strippingSource(int k) {
		for (int q : neighbours(k)) {
			if (q >= 0 && base[q] != SUBSTRATE && !active[q]) {
				return q;
			}
		}
		return -1;
	}

	private double depletionEstimate() {
		double min = Double.POSITIVE_INFINITY;
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				int p = fCell[f];
				if (!active[p]) {
					continue;
				}
				min = Math.min(min, conc[p] - betaCell[p] * fJ[f]);
			}
		}
		for (int k = 0; k < n; k++) {
			if (active[k]) {
				min = Math.min(min, conc[k]);
			}
		}
		return min;
	}

	private double minSurfaceConcentration() {
		double min = Double.POSITIVE_INFINITY;
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				min = Math.min(min, fCs[f]);
			}
		}
		return min;
	}

	/** Keeps the last solved state so that a step ending in depletion can be undone. */
	private void saveState() {
		System.arraycopy(conc, 0, savedConc, 0, n);
		System.arraycopy(volume, 0, savedVolume, 0, n);
		System.arraycopy(active, 0, savedActive, 0, n);
		System.arraycopy(phi, 0, savedPhi, 0, n);
		savedTime = time;
		savedCharge = charge;
		savedStep = step;
		savedAppliedVolume = appliedChargeVolume;
		savedAtRest = electrolyteAtRest;
	}

	/**
	 * Returns to the state before the last step: beyond depletion the potential has no solution, so
	 * the last snapshot of a depleted run is the last state that was solved.
	 */
	private void restoreState() throws SolverException {
		boolean changed = !Arrays.equals(active, savedActive);
		System.arraycopy(savedConc, 0, conc, 0, n);
		System.arraycopy(savedVolume, 0, volume, 0, n);
		System.arraycopy(savedActive, 0, active, 0, n);
		System.arraycopy(savedPhi, 0, phi, 0, n);
		time = savedTime;
		charge = savedCharge;
		step = savedStep;
		appliedChargeVolume = savedAppliedVolume;
		electrolyteAtRest = savedAtRest;
		if (changed) {
			topologyChanged = true;
			solvePotential();
		} else {
			updateCoverage();
		}
	}

	private boolean shortCircuit() {
		return shortCircuitCell() >= 0;
	}

	private int shortCircuitCell() {
		int top = (ny - 1) * nx;
		for (int i = 0; i < nx; i++) {
			int k = top + i;
			if (base[k] != SUBSTRATE && !active[k]) {
				return k;
			}
		}
		return -1;
	}

	private double progressFraction(double endTime, double endCharge) {
		double f = 0.0;
		if (Double.isFinite(endTime)) {
			f = Math.max(f, time / endTime);
		}
		if (Double.isFinite(endCharge)) {
			f = Math.max(f, charge / endCharge);
		}
		return Math.min(1.0, f);
	}

	// ------------------------------------------------------------------ results

	/**
	 * Work counters since construction: potential solves, Newton iterations, linear solves and CG
	 * iterations (for the benchmark and for diagnosing slow runs).
	 */
	public long[] workCounters() {
		return new long[] { potentialSolves, newtonIterations, linearSolves, linearIterations };
	}

	/**
	 * Unknowns of one potential solve: φ in every electrolyte cell of the current domain, plus
	 * φ<sub>s</sub> under galvanostatic control (the concentration is not an unknown there; a
	 * transient step solves as many again for c).
	 */
	public long potentialUnknowns() {
		long count = 0;
		for (int k = 0; k < n; k++) {
			if (active[k]) {
				count++;
			}
		}
		return count + (galvanostatic() ? 1 : 0);
	}

	private double currentFractionLowerHalf() {
		double half = 0.5 * grid.hostThickness();
		double lower = 0.0;
		double total = 0.0;
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				double flow = fArea[f] * fJ[f];
				total += flow;
				if (fY[f] < half) {
					lower += flow;
				}
			}
		}
		return total == 0.0 ? 0.0 : lower / total;
	}

	private double sandTime() {
		double jApp = galvanostatic() ? appliedCurrent() / grid.width() : workingCurrent() / grid.width();
		return jApp == 0.0 ? Double.POSITIVE_INFINITY : problem.electrolyte().sandTime(Math.abs(jApp));
	}

	/** Scalars and fields of the current state. */
	private DepositionSnapshot snapshot() {
		return new DepositionSnapshot(scalars(), fields());
	}

	private DepositionScalars scalars() {
		ElectrolyteProperties el = problem.electrolyte();
		double width = grid.width();
		double current = workingCurrent();
		double jGeo = current / width;
		double half = 0.5 * grid.hostThickness();
		double newTotal = 0.0;
		double newLower = 0.0;
		double maxHeight = 0.0;
		for (int k = 0; k < n; k++) {
			if (base[k] == SUBSTRATE) {
				continue;
			}
			double added = volume[k] - initialVolume[k];
			newTotal += added;
			int j = k / nx;
			if ((j + 0.5) * h < half) {
				newLower += added;
			}
			if (volume[k] > 1e-6 * capacity[k]) {
				maxHeight = Math.max(maxHeight, j * h + Math.min(1.0, volume[k] / capacity[k]) * h);
			}
		}
		double currentLower = currentFractionLowerHalf();
		double newLowerFraction = step > 0 && newTotal != 0.0 ? newLower / newTotal : currentLower;
		double gap = Math.max(0.0, grid.hostThickness() - maxHeight);
		double hostKappa = el.conductivity() * Math.pow(hostPorosity, 1.5);
		double hostDiff = el.diffusivity() * Math.pow(hostPorosity, 1.5);
		double[] bareArea = new double[substrateBarrier.length];
		double ratio = 0.0;
		for (int f = 0; f < faceCount; f++) {
			if (fCounter[f] || base[fSolid[f]] != SUBSTRATE || fTheta[f] >= 0.5) {
				continue;
			}
			bareArea[substrate[fSolid[f]]] += fArea[f];
			if (fBarrier[f] > 0.0) {
				ratio = Math.max(ratio, fEta[f] / fBarrier[f]);
			}
		}
		int dominant = -1;
		for (int s = 0; s < bareArea.length; s++) {
			if (bareArea[s] > 0.0 && (dominant < 0 || bareArea[s] > bareArea[dominant])) {
				dominant = s;
			}
		}
		double pi;
		if (dominant < 0) {
			pi = 0.0;
		} else if (substrateBarrier[dominant] == 0.0) {
			pi = Double.POSITIVE_INFINITY;
		} else {
			pi = Math.abs(jGeo) * gap / (hostKappa * substrateBarrier[dominant]);
		}
		double sep = grid.separatorThickness();
		double sepDiff = el.diffusivity() * problem.geometry().separator().transportFactor();
		double resistance = sep / sepDiff + gap / hostDiff;
		double jLim = resistance == 0.0 ? Double.POSITIVE_INFINITY
				: 2.0 * z * PhysicalConstants.FARADAY * c0 / ((1.0 - tPlus) * resistance);
		double conservation = appliedChargeVolume == 0.0 ? 0.0
				: Math.abs(newTotal - appliedChargeVolume) / Math.abs(appliedChargeVolume);
		double tau = sandTime();
		return new DepositionScalars(step, time, charge, jGeo, phiS, -phiS, newLowerFraction, currentLower,
				Double.isNaN(initialLowerFraction) ? currentLower : initialLowerFraction, maxHeight, gap, pi, ratio,
				Math.abs(jGeo) / jLim, Double.isInfinite(tau) ? 0.0 : time / tau, conservation,
				minSurfaceConcentration(), newTotal / width);
	}

	private DepositionFields fields() {
		byte[] kinds = new byte[n];
		int[] subIdx = new int[n];
		double[] c = new double[n];
		double[] p = new double[n];
		double[] jCell = new double[n];
		double[] area = new double[n];
		double[] fill = new double[n];
		double[] added = new double[n];
		for (int k = 0; k < n; k++) {
			subIdx[k] = -1;
			if (base[k] == SUBSTRATE) {
				kinds[k] = SUBSTRATE;
				subIdx[k] = substrate[k];
				continue;
			}
			kinds[k] = active[k] ? base[k] : METAL;
			if (active[k]) {
				c[k] = conc[k];
				p[k] = phi[k];
			}
			fill[k] = volume[k] / capacity[k];
			added[k] = (volume[k] - initialVolume[k]) / capacity[k];
		}
		double[] flow = new double[n];
		double[] etaWeighted = new double[n];
		double[] etaWeight = new double[n];
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f]) {
				int k = fCell[f];
				double current = fArea[f] * fJ[f];
				flow[k] += current;
				area[k] += fArea[f];
				double weight = Math.abs(current) + 1e-30 * fArea[f];
				etaWeighted[k] += weight * fEta[f];
				etaWeight[k] += weight;
			}
		}
		double[] eta = new double[n];
		for (int k = 0; k < n; k++) {
			if (area[k] > 0.0) {
				jCell[k] = flow[k] / area[k];
				eta[k] = etaWeighted[k] / etaWeight[k];
			}
		}
		double[] perFibre = new double[fibreCount];
		for (int f = 0; f < faceCount; f++) {
			if (!fCounter[f] && fibreIndex[fSolid[f]] >= 0) {
				perFibre[fibreIndex[fSolid[f]]] += fArea[f] * fJ[f];
			}
		}
		return new DepositionFields(grid, kinds, subIdx, substrateIds, c, p, jCell, fill, added, flow, area, eta,
				perFibre);
	}
}
