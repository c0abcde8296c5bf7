package org.anodyne.study;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CellDesign;
import org.anodyne.model.NamedElements;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudyStatus;
import org.anodyne.results.StudySummary;
import org.anodyne.solver.CancelledException;
import org.anodyne.solver.ProgressMonitor;
import org.anodyne.solver.SolverException;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.CoupledDeposition;
import org.anodyne.study.internal.CycleLifeStudy;
import org.anodyne.study.internal.DepositionStudy;
import org.anodyne.study.internal.ScaledProgress;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.internal.SolverProgress;
import org.anodyne.study.internal.StudyComputation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a model {@link Study}: a 2D deposition study (the first plating step of its protocol on the
 * 2D solver) or a cycle-life study (the whole protocol on the life model, coupled to a 2D steady
 * split of the same cell), and writes the result through the results bundle's
 * {@link StudyResultWriter}: summary.json with the scalars of {@code ScalarNames}, CSV series,
 * field files and pictures.
 * <pre>
 * StudyOutcome outcome = new StudyRunner().run(study, resultDirectory, inputHash, progress);
 * </pre>
 * Progress and cancellation go through the study layer's {@link Progress} (the IDE adapts an
 * {@code IProgressMonitor}, the command line prints). The input hash ({@link InputHash}) goes into the
 * summary's provenance before the result is committed. Nothing here throws for a problem the user can
 * cause: an invalid design, a diverging solve or an impossible protocol end as
 * {@link StudyOutcome.Status#FAILED} with a message saying what and where, written as a failed
 * summary; cancellation ends as {@link StudyOutcome.Status#CANCELLED} and leaves the previous result
 * on disk untouched.
 */
public final class StudyRunner {

	private static final int TOTAL_WORK = 1000;
	private static final int SETUP_WORK = 20;
	private static final int WRITE_WORK = 60;

	/** The figures a study exists to give; a NaN among them is a failure, not a result. */
	private static final List<String> KEY_FIGURES = List.of(ScalarNames.BOTTOM_FRACTION, ScalarNames.MAX_DEPOSIT_HEIGHT_UM,
			ScalarNames.SEPARATOR_GAP_UM, ScalarNames.FINAL_OVERPOTENTIAL_MV, ScalarNames.HOURS_TO_FAILURE);

	private final MetalRegistry metals;
	private final CollectorGeometries geometries;
	private final ResourceLimits limits;

	/** A runner with the platform's metal registry and geometry generators. */
	public StudyRunner() {
		this(MetalRegistry.getDefault(), CollectorGeometries.getDefault());
	}

	/** A runner with the given registries (plain Java tools, tests). */
	public StudyRunner(MetalRegistry metals, CollectorGeometries geometries) {
		this.metals = Objects.requireNonNull(metals, "metals");
		this.geometries = Objects.requireNonNull(geometries, "geometries");
		this.limits = null;
	}

	private StudyRunner(MetalRegistry metals, CollectorGeometries geometries, ResourceLimits limits) {
		this.metals = metals;
		this.geometries = geometries;
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * The same runner with these resource limits instead of the defaults and system properties of
	 * {@link ResourceLimits#fromSystemProperties()}.
	 */
	public StudyRunner withLimits(ResourceLimits resourceLimits) {
		return new StudyRunner(metals, geometries, resourceLimits);
	}

	public MetalRegistry metals() {
		return metals;
	}

	public CollectorGeometries geometries() {
		return geometries;
	}

	/** Runs a study without recording an input hash: {@link #run(Study, Path, String, Progress)}. */
	public StudyOutcome run(Study study, Path directory, Progress progress) {
		return run(study, directory, null, progress);
	}

	/**
	 * Runs a study.
	 *
	 * @param study     the study, inside a loaded design
	 * @param directory where to write the result (replaced atomically on success or failure), or null
	 *                  to compute only
	 * @param inputHash the hash of the study's inputs ({@link InputHash}) to record in the result's
	 *                  provenance, or null
	 * @param progress  progress and cancellation, or null
	 * @return the outcome; never throws for a problem with the design or the numerics
	 */
	public StudyOutcome run(Study study, Path directory, String inputHash, Progress progress) {
		ProgressMonitor pm = SolverProgress.of(progress);
		String name = studyName(study);
		String kind = resultKind(study.getKind());
		long start = System.nanoTime();
		pm.begin("Study '" + name + "'", TOTAL_WORK);
		try {
			checkValid(study);
			checkResources(study);
			SolverInputs inputs = CellTranslation.translate(study, metals, geometries);
			pm.worked(SETUP_WORK);
			StudyComputation computation = study.getKind() == StudyKind.CYCLE_LIFE
					? CycleLifeStudy.run(study, inputs, new ScaledProgress(pm, TOTAL_WORK - SETUP_WORK - WRITE_WORK))
					: DepositionStudy.run(study, inputs, new ScaledProgress(pm, TOTAL_WORK - SETUP_WORK - WRITE_WORK));
			pm.checkCanceled(0, Double.NaN);
			checkKeyFigures(study, computation);
			double wall = seconds(start);
			Path written = null;
			if (directory != null) {
				pm.subTask("Writing results");
				written = write(study, inputs, directory, inputHash, StudyStatus.OK, computation.message(), wall,
						computation);
			}
			pm.worked(WRITE_WORK);
			return new StudyOutcome(name, kind, StudyOutcome.Status.OK, computation.message(), computation.scalars(),
					written, seconds(start));
		} catch (CancelledException e) {
			return StudyOutcome.of(name, kind, StudyOutcome.Status.CANCELLED, e.getMessage(), seconds(start));
		} catch (StudyException | SolverException e) {
			return failed(study, name, directory, inputHash, e.getMessage(), start);
		} catch (IllegalArgumentException e) {
			// The solvers' records refuse out-of-range inputs with a message naming the value.
			return failed(study, name, directory, inputHash, "study '" + name + "': " + e.getMessage(), start);
		} catch (IOException e) {
			return StudyOutcome.of(name, kind, StudyOutcome.Status.FAILED, "study '" + name
					+ "': cannot write the result to " + directory + ": " + e.getMessage(), seconds(start));
		} finally {
			pm.done();
		}
	}

	/** The result kind of a study kind (summary.json's {@code kind}): the one place that maps them. */
	public static String resultKind(StudyKind kind) {
		return kind == StudyKind.CYCLE_LIFE ? ResultsFormat.KIND_CYCLE_LIFE : ResultsFormat.KIND_DEPOSITION_2D;
	}

	private StudyOutcome failed(Study study, String name, Path directory, String inputHash, String message, long start) {
		Path written = null;
		String text = message;
		if (directory != null) {
			try {
				written = write(study, null, directory, inputHash, StudyStatus.FAILED, message, seconds(start), null);
			} catch (IOException | RuntimeException e) {
				text = message + " (and the failed result could not be written: " + e.getMessage() + ")";
			}
		}
		return new StudyOutcome(name, resultKind(study.getKind()), StudyOutcome.Status.FAILED, text, Map.of(), written,
				seconds(start));
	}

	/** Fails with every error the model's validation finds in the elements this study uses. */
	private void checkValid(Study study) throws StudyException {
		if (!(EcoreUtil.getRootContainer(study) instanceof CellDesign design)) {
			throw new StudyException("study '" + studyName(study) + "' is not part of a design");
		}
		List<EObject> used = new java.util.ArrayList<>(List.of(study));
		if (study.getCell() != null) {
			used.add(study.getCell());
			used.add(study.getCell().getElectrolyte());
			used.add(study.getCell().getSeparator());
			used.add(study.getCell().getCounterElectrode());
		}
		used.add(study.getProtocol());
		List<DesignDiagnostic> errors = DesignValidation.validate(design, metals).stream()
				.filter(d -> d.severity() == Severity.ERROR)
				.filter(d -> d.element() != null && used.stream()
						.anyMatch(root -> root != null && (root == d.element() || EcoreUtil.isAncestor(root, d.element()))))
				.toList();
		if (!errors.isEmpty()) {
			throw new StudyException("study '" + studyName(study) + "' cannot run, the design has errors:\n"
					+ errors.stream().map(d -> "  " + d.elementPath() + ": " + d.message()).collect(Collectors.joining("\n")));
		}
	}

	/**
	 * A key figure that came out NaN means the numbers broke down (a parameter far outside its
	 * physical range, such as a diffusion coefficient of 1e-300 m²/s), not that the study has a result.
	 */
	private static void checkKeyFigures(Study study, StudyComputation computation) throws StudyException {
		List<String> broken = KEY_FIGURES.stream()
				.filter(n -> computation.scalars().get(n) instanceof Double d && d.isNaN()).toList();
		if (!broken.isEmpty()) {
			throw new StudyException("study '" + studyName(study) + "': the computation ended with key figures that are"
					+ " not a number (" + String.join(", ", broken) + "); a parameter of the design is probably far outside"
					+ " its physical range (check the electrolyte's diffusion coefficient and conductivity and the kinetics)");
		}
	}

	/** Refuses, before anything is allocated, a study that goes beyond its limits or the memory left. */
	private void checkResources(Study study) throws StudyException {
		List<ResourceEstimate.Excess> excess = ResourceEstimate.of(study)
				.check(limits != null ? limits : ResourceLimits.fromSystemProperties(), ResourceEstimate.availableMemory());
		if (!excess.isEmpty()) {
			throw new StudyException(excess.stream().map(ResourceEstimate.Excess::message).collect(Collectors.joining("; ")));
		}
	}

	private Path write(Study study, SolverInputs inputs, Path directory, String inputHash, StudyStatus status,
			String message, double wall, StudyComputation computation) throws IOException {
		try (StudyResultWriter out = StudyResultWriter.create(directory)) {
			StudySummary.Builder summary = StudySummary.builder(studyName(study), resultKind(study.getKind()))
					.status(status).message(message).wallSeconds(wall).provenance(provenance(study, inputs, inputHash));
			if (computation != null) {
				computation.write(out, summary);
			}
			out.commit(summary.build());
			return out.directory();
		}
	}

	private static Provenance provenance(Study study, SolverInputs inputs, String inputHash) {
		Resource resource = study.eResource();
		String file = resource == null ? "(not saved)" : label(resource.getURI());
		String cell = study.getCell() == null ? "" : NamedElements.displayName(study.getCell());
		String metal = study.getCell() != null && study.getCell().getAnode() != null ? study.getCell().getAnode().getMetal()
				: "";
		String collector = study.getCell() != null && study.getCell().getAnode() != null
				&& study.getCell().getAnode().getCollector() != null
						? study.getCell().getAnode().getCollector().eClass().getName() : "";
		SolverSettings s = study.getSolver() != null ? study.getSolver() : AnodyneFactory.eINSTANCE.createSolverSettings();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("gridSpacingUm", s.getGridSpacing());
		settings.put("domainWidthUm", s.getDomainWidth());
		settings.put("timeStepS", s.getTimeStep());
		settings.put("tolerance", s.getTolerance());
		settings.put("maxCycles", (long) s.getMaxCycles());
		if (study.getKind() == StudyKind.CYCLE_LIFE && inputs != null) {
			settings.put("couplingGridSpacingUm",
					Math.max(inputs.gridSpacing(), CoupledDeposition.DEFAULT_SPACING) * 1e6);
		}
		return new Provenance(version(), file, hash(resource), inputHash, cell, metal, collector, settings);
	}

	private static String label(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	/** sha256 of the design file when it is saved as is, else of the design's state in memory. */
	private static String hash(Resource resource) {
		byte[] bytes = new byte[0];
		try {
			if (resource != null && !resource.isModified() && resource.getURI().isFile()
					&& Files.isRegularFile(Path.of(resource.getURI().toFileString()))) {
				bytes = Files.readAllBytes(Path.of(resource.getURI().toFileString()));
			} else if (resource != null) {
				ByteArrayOutputStream buffer = new ByteArrayOutputStream();
				resource.save(buffer, null);
				bytes = buffer.toByteArray();
			}
		} catch (IOException e) {
			// The hash only tells whether a result is current; an unreadable file hashes as empty.
			bytes = new byte[0];
		}
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the Java runtime has no SHA-256", e);
		}
	}

	private static String version() {
		Bundle bundle = FrameworkUtil.getBundle(StudyRunner.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}

	static String studyName(Study study) {
		return NamedElements.displayName(study);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) * 1e-9;
	}
}
