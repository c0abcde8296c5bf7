/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.sweep;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.anodyne.model.CellDesign;
import org.anodyne.model.NamedElements;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.sweep.DesignPath;
import org.anodyne.model.sweep.SweepPoints;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.anodyne.results.Column;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.SweepTable;
import org.anodyne.study.InputHash;
import org.anodyne.study.StudyException;
import org.anodyne.study.StudyRunner;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A checked sweep, ready to run: its parameters and outputs (with units), and every point as a
 * small self-contained design — a copy of the user's design with the point's values set and only the
 * base study left — whose bytes, hashed with the environment, say whether a point's result is current.
 * A plan holds no EMF objects of the user's design, so points can be loaded and run on any thread or
 * in another process (a cluster task runs one point of the same plan).
 */
public final class SweepPlan {

	/** Key figures tabulated when a sweep names no outputs, by study kind. */
	static final List<String> DEPOSITION_OUTPUTS = List.of(ScalarNames.BOTTOM_FRACTION,
			ScalarNames.BOTTOM_CURRENT_FRACTION, ScalarNames.MAX_DEPOSIT_HEIGHT_UM, ScalarNames.SEPARATOR_GAP_UM,
			ScalarNames.FINAL_OVERPOTENTIAL_MV);
	static final List<String> LIFE_OUTPUTS = List.of(ScalarNames.CYCLES_TO_FAILURE, ScalarNames.HOURS_TO_FAILURE,
			ScalarNames.FAILURE_MODE, ScalarNames.CENSORED, ScalarNames.COULOMBIC_EFFICIENCY,
			ScalarNames.FIRST_CYCLE_OVERPOTENTIAL_MV);
	private static final List<String> ALL_DEPOSITION = List.of(ScalarNames.BOTTOM_FRACTION,
			ScalarNames.BOTTOM_CURRENT_FRACTION, ScalarNames.MAX_DEPOSIT_HEIGHT_UM, ScalarNames.SEPARATOR_GAP_UM,
			ScalarNames.FINAL_OVERPOTENTIAL_MV, ScalarNames.CHARGE_ERROR, ScalarNames.PI, ScalarNames.J_OVER_JLIM,
			ScalarNames.T_OVER_TAU_SAND);

	/**
	 * One point: its values in the parameters' units, its self-contained design and the hash of its
	 * inputs.
	 */
	public record Point(int index, double[] values, byte[] design, String inputHash) {
		public Point {
			values = values.clone();
		}
	}

	private final String sweep;
	private final String study;
	private final String kind;
	private final String sampling;
	private final Long seed;
	private final URI designUri;
	private final String modelFile;
	private final List<SweepTable.Parameter> parameters;
	private final List<SweepTable.Output> outputs;
	private final List<Point> points;

	private SweepPlan(Sweep s, URI designUri, String modelFile, List<SweepTable.Parameter> parameters,
			List<SweepTable.Output> outputs, List<Point> points) {
		this.sweep = NamedElements.displayName(s);
		this.study = NamedElements.displayName(s.getStudy());
		this.kind = StudyRunner.resultKind(s.getStudy().getKind());
		this.sampling = s.getSampling().getLiteral();
		this.seed = s.getSampling() == org.anodyne.model.SweepSampling.LATIN_HYPERCUBE ? s.getSeed() : null;
		this.designUri = designUri;
		this.modelFile = modelFile;
		this.parameters = List.copyOf(parameters);
		this.outputs = List.copyOf(outputs);
		this.points = List.copyOf(points);
	}

	/**
	 * Checks a sweep and makes its points.
	 *
	 * @param sweep       a sweep inside a loaded design (not changed)
	 * @param metals      the metal registry to validate with
	 * @param environment what else a result depends on (the installed code's hash), mixed into every
	 *                    point's hash so that new code re-runs the points
	 * @throws StudyException when the sweep has errors, naming each
	 */
	public static SweepPlan of(Sweep sweep, MetalRegistry metals, String environment) throws StudyException {
		String where = "sweep '" + NamedElements.displayName(sweep) + "'";
		List<DesignDiagnostic> errors = sweepErrors(sweep, metals);
		if (!errors.isEmpty()) {
			throw new StudyException(where + " cannot run:\n" + errors.stream()
					.map(d -> "  " + d.elementPath() + ": " + d.message()).collect(Collectors.joining("\n")));
		}
		if (sweep.getStudy() == null) {
			throw new StudyException(where + " names no base study");
		}
		CellDesign design = (CellDesign) EcoreUtil.getRootContainer(sweep);
		int sweepIndex = design.getSweeps().indexOf(sweep);
		int studyIndex = design.getStudies().indexOf(sweep.getStudy());
		if (sweepIndex < 0 || studyIndex < 0) {
			throw new StudyException(where + ": the sweep and its study must both belong to the design");
		}
		List<double[]> values;
		try {
			values = SweepPoints.generate(sweep);
		} catch (IllegalArgumentException e) {
			throw new StudyException(e.getMessage(), e);
		}
		Resource resource = sweep.eResource();
		URI uri = resource != null ? resource.getURI() : URI.createFileURI("design." + DesignResources.FILE_EXTENSION);
		String modelFile = uri.isFile() ? uri.toFileString() : uri.toString();
		List<SweepTable.Parameter> parameters = new ArrayList<>();
		for (SweepParameter p : sweep.getParameters()) {
			try {
				DesignPath.Target target = DesignPath.parse(p.getPath()).resolve(design);
				String unit = SweepPoints.unit(p, target);
				parameters.add(new SweepTable.Parameter(columnName(SweepPoints.name(p)), p.getPath().strip(),
						"1".equals(unit) ? Column.DIMENSIONLESS : unit));
			} catch (DesignPath.PathException e) {
				throw new StudyException(where + ": " + e.getMessage(), e);
			}
		}
		List<SweepTable.Output> outputs = outputs(sweep, where);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			byte[] bytes = pointDesign(design, uri, sweepIndex, studyIndex, values.get(i), where + ", point " + i);
			points.add(new Point(i, values.get(i), bytes, InputHash.of(environment, bytes)));
		}
		return new SweepPlan(sweep, uri, modelFile, parameters, outputs, points);
	}

	private static List<DesignDiagnostic> sweepErrors(Sweep sweep, MetalRegistry metals) {
		List<DesignDiagnostic> found = new ArrayList<>();
		CellDesign design = (CellDesign) EcoreUtil.getRootContainer(sweep);
		for (DesignDiagnostic d : DesignValidation.validate(design, metals)) {
			if (d.severity() == Severity.ERROR && d.element() != null
					&& (d.element() == sweep || EcoreUtil.isAncestor(sweep, d.element()))) {
				found.add(d);
			}
		}
		return found;
	}

	private static List<SweepTable.Output> outputs(Sweep sweep, String where) throws StudyException {
		boolean life = sweep.getStudy().getKind() == StudyKind.CYCLE_LIFE;
		List<String> known = life ? LIFE_OUTPUTS : ALL_DEPOSITION;
		List<String> names = sweep.getOutputs().isEmpty()
				? (life ? LIFE_OUTPUTS : DEPOSITION_OUTPUTS)
				: sweep.getOutputs().stream().map(String::strip).toList();
		List<SweepTable.Output> outputs = new ArrayList<>();
		for (String name : names) {
			if (!known.contains(name)) {
				throw new StudyException(where + ": '" + name + "' is not an output of a "
						+ sweep.getStudy().getKind().getLiteral() + " study; choose from " + String.join(", ", known));
			}
			if (outputs.stream().noneMatch(o -> o.name().equals(name))) {
				outputs.add(new SweepTable.Output(name, SweepTable.unitOf(name)));
			}
		}
		return outputs;
	}

	/** A copy of the design with the point's values set, only the base study kept and no sweeps, as bytes. */
	private static byte[] pointDesign(CellDesign design, URI uri, int sweepIndex, int studyIndex, double[] values,
			String where) throws StudyException {
		CellDesign copy = EcoreUtil.copy(design);
		try {
			SweepPoints.apply(copy.getSweeps().get(sweepIndex), values);
		} catch (DesignPath.PathException e) {
			throw new StudyException(where + ": " + e.getMessage(), e);
		}
		Study base = copy.getStudies().get(studyIndex);
		copy.getSweeps().clear();
		copy.getStudies().retainAll(List.of(base));
		Resource resource = DesignResources.newResourceSet(uri).createResource(uri);
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, null);
		} catch (IOException e) {
			throw new StudyException(where + ": the point's design cannot be written: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/**
	 * The study of one point, loaded from its self-contained design into a resource of its own (safe
	 * to run beside other points on other threads). Its resource counts as modified, so the study
	 * layer records the hash of the point's design, not of the file on disk.
	 */
	public Study load(Point point) throws StudyException {
		Resource resource = DesignResources.newResourceSet(designUri).createResource(designUri);
		try {
			resource.load(new ByteArrayInputStream(point.design()), null);
		} catch (IOException e) {
			throw new StudyException(
					"sweep '" + sweep + "', point " + point.index() + ": its design cannot be read back: "
							+ e.getMessage(),
					e);
		}
		resource.setModified(true);
		return ((CellDesign) resource.getContents().get(0)).getStudies().get(0);
	}

	/** Column names may not hold the characters CSV headers reserve. */
	private static String columnName(String name) {
		return name.replaceAll("[,\\[\\]\"\\r\\n]", "_");
	}

	public String sweep() {
		return sweep;
	}

	public String study() {
		return study;
	}

	public String kind() {
		return kind;
	}

	public String sampling() {
		return sampling;
	}

	/** The Latin-hypercube seed, or null for a grid. */
	public Long seed() {
		return seed;
	}

	public String modelFile() {
		return modelFile;
	}

	public List<SweepTable.Parameter> parameters() {
		return parameters;
	}

	public List<SweepTable.Output> outputs() {
		return outputs;
	}

	public List<Point> points() {
		return points;
	}
}
