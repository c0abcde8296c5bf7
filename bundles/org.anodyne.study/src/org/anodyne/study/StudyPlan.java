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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.internal.CellTranslation;
import org.anodyne.study.internal.CoupledDeposition;
import org.anodyne.study.internal.PlannedHosts;
import org.anodyne.study.internal.SolverInputs;
import org.anodyne.study.internal.StudyTranslation;
import org.anodyne.study.internal.StudyTranslation.DepositionRequest;
import org.anodyne.study.internal.StudyTranslation.LifeRequest;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Studies of a design read from the model once, into SI and into no model object: each study's cell,
 * materials, collector hosts, protocol and numerical settings as the solvers will take them, its
 * validation errors and resource estimate, and the provenance its result will carry. Made by
 * {@link StudyRunner#plan(List)}; immutable, so parallel runs of a design's studies share
 * one plan instead of each loading the design again. A study the model cannot be translated for is
 * kept with its message and fails when it is run, as it would have without a plan.
 */
public final class StudyPlan {

	/** One study of a plan. */
	public static final class PlannedStudy {
		private final String id;
		private final String name;
		private final boolean cycleLife;
		private final String invalid;
		private final ResourceEstimate estimate;
		private final String untranslatable;
		private final Throwable broken;
		private final SolverInputs inputs;
		private final DepositionRequest deposition;
		private final LifeRequest life;
		private final Provenance provenance;
		private final Provenance failedProvenance;

		private PlannedStudy(String id, String name, boolean cycleLife, String invalid, ResourceEstimate estimate,
				String untranslatable, Throwable broken, SolverInputs inputs, DepositionRequest deposition,
				LifeRequest life, Provenance provenance, Provenance failedProvenance) {
			this.id = id;
			this.name = name;
			this.cycleLife = cycleLife;
			this.invalid = invalid;
			this.estimate = estimate;
			this.untranslatable = untranslatable;
			this.broken = broken;
			this.inputs = inputs;
			this.deposition = deposition;
			this.life = life;
			this.provenance = provenance;
			this.failedProvenance = failedProvenance;
		}

		/** The study's id in the design. */
		public String id() {
			return id;
		}

		/** The name the study goes by: its name, else its id. */
		public String name() {
			return name;
		}

		/** The result kind ({@link StudyRunner#resultKind}). */
		public String kind() {
			return StudyRunner.resultKind(cycleLife ? StudyKind.CYCLE_LIFE : StudyKind.DEPOSITION_2D);
		}

		boolean cycleLife() {
			return cycleLife;
		}

		/** The design's errors in the elements this study uses, or null. */
		String invalid() {
			return invalid;
		}

		ResourceEstimate estimate() {
			return estimate;
		}

		/** Why the study cannot be translated for the solvers (what and where), or null. */
		String untranslatable() {
			return untranslatable;
		}

		/** Throws what broke while the model was read (a bug, not a user's mistake), if anything did. */
		void throwIfBroken() {
			if (broken instanceof RuntimeException e) {
				throw e;
			}
			if (broken instanceof Error e) {
				throw e;
			}
		}

		SolverInputs inputs() {
			return inputs;
		}

		DepositionRequest deposition() {
			return deposition;
		}

		LifeRequest life() {
			return life;
		}

		/** The provenance of a result, with the input hash. */
		Provenance provenance(boolean ok, String inputHash) {
			Provenance p = ok ? provenance : failedProvenance;
			return new Provenance(p.anodyneVersion(), p.modelFile(), p.modelHash(), inputHash, p.cell(), p.metal(),
					p.collector(), p.solverSettings());
		}
	}

	private final List<PlannedStudy> studies;

	private StudyPlan(List<PlannedStudy> studies) {
		this.studies = List.copyOf(studies);
	}

	/** The planned studies, in the design's order. */
	public List<PlannedStudy> studies() {
		return studies;
	}

	/** A planned study by its id. */
	public Optional<PlannedStudy> study(String id) {
		return studies.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/**
	 * Reads studies of one design.
	 *
	 * @param studies studies of the same design (each needs to be part of a design to run)
	 */
	static StudyPlan of(List<Study> studies, MetalRegistry metals, CollectorGeometries geometries) {
		List<PlannedStudy> planned = new ArrayList<>();
		Map<CellDesign, List<DesignDiagnostic>> errors = new LinkedHashMap<>();
		Map<Resource, String> hashes = new LinkedHashMap<>();
		for (Study study : studies) {
			String invalid;
			if (!(EcoreUtil.getRootContainer(study) instanceof CellDesign design)) {
				invalid = "study '" + NamedElements.displayName(study) + "' is not part of a design";
			} else {
				invalid = invalid(study,
						errors.computeIfAbsent(design, d -> DesignValidation.validate(d, metals).stream()
								.filter(x -> x.severity() == Severity.ERROR).toList()));
			}
			planned.add(plan(study, invalid, metals, geometries,
					hashes.computeIfAbsent(study.eResource(), StudyPlan::hash)));
		}
		return new StudyPlan(planned);
	}

	private static PlannedStudy plan(Study study, String invalid, MetalRegistry metals, CollectorGeometries geometries,
			String designHash) {
		boolean cycleLife = study.getKind() == StudyKind.CYCLE_LIFE;
		ResourceEstimate estimate = ResourceEstimate.of(study);
		String untranslatable = null;
		Throwable broken = null;
		SolverInputs inputs = null;
		DepositionRequest deposition = null;
		LifeRequest life = null;
		try {
			SolverInputs live = CellTranslation.translate(study, metals, geometries);
			if (cycleLife) {
				life = StudyTranslation.life(study, live);
				inputs = PlannedHosts.planned(live, CoupledDeposition.coarsened(live),
						live.metal().volumeForCharge(life.halfCycleCharge()));
			} else {
				deposition = StudyTranslation.deposition(study);
				inputs = PlannedHosts.planned(live, live, live.metal().volumeForCharge(deposition.charge()));
			}
		} catch (StudyException e) {
			untranslatable = e.getMessage();
		} catch (IllegalArgumentException e) {
			// The solvers' records refuse out-of-range inputs with a message naming the value.
			untranslatable = "study '" + NamedElements.displayName(study) + "': " + e.getMessage();
		} catch (RuntimeException | LinkageError e) {
			// Thrown when the study runs, after its validation errors, which say why for an invalid design.
			broken = e;
		}
		return new PlannedStudy(study.getId(), NamedElements.displayName(study), cycleLife, invalid, estimate,
				untranslatable, broken, inputs, deposition, life, provenance(study, inputs, designHash),
				provenance(study, null, designHash));
	}

	/** Every error the model's validation finds in the elements this study uses, or null. */
	private static String invalid(Study study, List<DesignDiagnostic> designErrors) {
		List<EObject> used = new ArrayList<>(List.of(study));
		if (study.getCell() != null) {
			used.add(study.getCell());
			used.add(study.getCell().getElectrolyte());
			used.add(study.getCell().getSeparator());
			used.add(study.getCell().getCounterElectrode());
		}
		used.add(study.getProtocol());
		List<DesignDiagnostic> errors = designErrors.stream()
				.filter(d -> d.element() != null && used.stream()
						.anyMatch(root -> root != null
								&& (root == d.element() || EcoreUtil.isAncestor(root, d.element()))))
				.toList();
		if (errors.isEmpty()) {
			return null;
		}
		return "study '" + NamedElements.displayName(study) + "' cannot run, the design has errors:\n"
				+ errors.stream().map(d -> "  " + d.elementPath() + ": " + d.message())
						.collect(Collectors.joining("\n"));
	}

	private static Provenance provenance(Study study, SolverInputs inputs, String designHash) {
		Resource resource = study.eResource();
		String file = resource == null ? "(not saved)" : label(resource.getURI());
		String cell = study.getCell() == null ? "" : NamedElements.displayName(study.getCell());
		String metal = study.getCell() != null && study.getCell().getAnode() != null
				? study.getCell().getAnode().getMetal()
				: "";
		String collector = study.getCell() != null && study.getCell().getAnode() != null
				&& study.getCell().getAnode().getCollector() != null
						? study.getCell().getAnode().getCollector().eClass().getName()
						: "";
		SolverSettings s = study.getSolver() != null
				? study.getSolver()
				: AnodyneFactory.eINSTANCE.createSolverSettings();
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
		return new Provenance(version(), file, designHash, null, cell, metal, collector, settings);
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
}
