/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.CellDesign;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.SweepSampling;
import org.anodyne.model.SweepSpacing;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.sweep.DesignPath;
import org.anodyne.model.sweep.SweepPoints;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Sweep paths, point generation and sweep validation. */
class SweepModelTest {

	private static final AnodyneFactory F = AnodyneFactory.eINSTANCE;

	private static SweepParameter list(String path, String unit, double... values) {
		SweepParameter p = F.createSweepParameter();
		p.setPath(path);
		p.setUnit(unit);
		Arrays.stream(values).forEach(p.getValues()::add);
		return p;
	}

	private static SweepParameter range(String path, String unit, SweepSpacing spacing, double from, double to,
			int count) {
		SweepParameter p = F.createSweepParameter();
		p.setPath(path);
		p.setUnit(unit);
		p.setSpacing(spacing);
		p.setFrom(from);
		p.setTo(to);
		p.setCount(count);
		return p;
	}

	private static Sweep sweep(CellDesign design, SweepParameter... parameters) {
		Sweep s = F.createSweep();
		s.setName("s");
		s.setStudy(design.getStudies().get(0));
		s.getParameters().addAll(List.of(parameters));
		design.getSweeps().add(s);
		return s;
	}

	private static List<DesignDiagnostic> findings(CellDesign design, String code) {
		return DesignValidation.validate(design, TestMetals.registry()).stream().filter(d -> d.code().equals(code))
				.toList();
	}

	@Test
	void pathsParseIntoSegmentsWithKeysThatMayHoldSlashes() throws Exception {
		DesignPath path = DesignPath.parse("/protocols[Plate 1 mAh/cm2]/steps[0]/currentDensity");
		assertEquals(
				List.of(new DesignPath.Segment("protocols", "Plate 1 mAh/cm2"), new DesignPath.Segment("steps", "0"),
						new DesignPath.Segment("currentDensity", null)),
				path.segments());
		assertThrows(DesignPath.PathException.class, () -> DesignPath.parse("cells[x/anode"));
		assertThrows(DesignPath.PathException.class, () -> DesignPath.parse("cells//anode"));
		assertThrows(DesignPath.PathException.class, () -> DesignPath.parse(" "));
		assertThrows(DesignPath.PathException.class, () -> DesignPath.parse("cells[x]anode"));
	}

	@Test
	void pathsResolveByIdNameOrIndexAndFollowReferences() throws Exception {
		CellDesign design = Designs.valid();
		DesignPath.Target byId = DesignPath.parse("cells[li-cc-inverted]/anode/collector/thickness").resolve(design);
		assertEquals(design.getCells().get(0).getAnode().getCollector(), byId.owner());
		assertEquals("um", byId.unit().orElseThrow());
		DesignPath.Target byName = DesignPath.parse("/cells[Li-CC inverted]/anode/collector/thickness").resolve(design);
		assertEquals(byId, byName);
		DesignPath.Target byIndex = DesignPath.parse("protocols[0]/steps[0]/currentDensity").resolve(design);
		assertTrue(byIndex.owner() instanceof PlatingStep);
		DesignPath.Target reference = DesignPath.parse("cells[li-cc-inverted]/electrolyte/conductivity")
				.resolve(design);
		assertEquals(design.getLibrary().getElectrolytes().get(0), reference.owner());

		String unknown = assertThrows(DesignPath.PathException.class,
				() -> DesignPath.parse("cells[li-cc-inverted]/anode/colector/thickness").resolve(design)).getMessage();
		assertTrue(unknown.contains("has no 'colector'") && unknown.contains("collector"), unknown);
		String missing = assertThrows(DesignPath.PathException.class,
				() -> DesignPath.parse("cells[nope]/anode/collector/thickness").resolve(design)).getMessage();
		assertTrue(missing.contains("no element 'nope'") && missing.contains("li-cc-inverted"), missing);
		String text = assertThrows(DesignPath.PathException.class,
				() -> DesignPath.parse("cells[li-cc-inverted]/anode/metal").resolve(design)).getMessage();
		assertTrue(text.contains("not a number"), text);
		String element = assertThrows(DesignPath.PathException.class,
				() -> DesignPath.parse("cells[li-cc-inverted]/anode/collector").resolve(design)).getMessage();
		assertTrue(element.contains("thickness"), element);
		assertThrows(DesignPath.PathException.class,
				() -> DesignPath.parse("cells/anode/collector/thickness").resolve(design));
	}

	@Test
	void gridPointsCombineEveryValueFirstParameterSlowest() {
		CellDesign design = Designs.valid();
		Sweep s = sweep(design, list("cells[li-cc-inverted]/anode/collector/thickness", "um", 250, 350),
				range("protocols[plate-1-at-0.25]/steps[0]/currentDensity", "mA/cm2", SweepSpacing.LINEAR, 0.25, 1.0,
						4));
		assertEquals(8, SweepPoints.count(s));
		List<double[]> points = SweepPoints.generate(s);
		assertEquals(8, points.size());
		assertArrayEquals(new double[]{250, 0.25}, points.get(0), 1e-12);
		assertArrayEquals(new double[]{250, 0.5}, points.get(1), 1e-12);
		assertArrayEquals(new double[]{350, 1.0}, points.get(7), 1e-12);
		SweepParameter log = range("cells[li-cc-inverted]/anode/preDepositLoading", "", SweepSpacing.LOGARITHMIC, 1,
				100, 3);
		assertArrayEquals(new double[]{1, 10, 100}, SweepPoints.values(log), 1e-9);
	}

	@Test
	void latinHypercubePutsOnePointInEverySliceAndRepeatsWithItsSeed() {
		CellDesign design = Designs.valid();
		Sweep s = sweep(design,
				range("cells[li-cc-inverted]/anode/collector/porosity", "", SweepSpacing.LINEAR, 0.6, 0.9, 0),
				range("cells[li-cc-inverted]/anode/preDepositLoading", "mAh/cm2", SweepSpacing.LOGARITHMIC, 1, 10, 0));
		s.setSampling(SweepSampling.LATIN_HYPERCUBE);
		s.setSampleCount(20);
		s.setSeed(42);
		List<double[]> first = SweepPoints.generate(s);
		List<double[]> again = SweepPoints.generate(s);
		assertEquals(20, first.size());
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(first.get(i), again.get(i), 0.0);
		}
		boolean[] porositySlices = new boolean[20];
		boolean[] loadingSlices = new boolean[20];
		for (double[] p : first) {
			porositySlices[(int) ((p[0] - 0.6) / 0.3 * 20)] = true;
			loadingSlices[(int) (Math.log10(p[1]) * 20)] = true;
		}
		for (int k = 0; k < 20; k++) {
			assertTrue(porositySlices[k] && loadingSlices[k], "slice " + k + " has a point");
		}
		s.setSeed(43);
		assertTrue(SweepPoints.generate(s).get(0)[0] != first.get(0)[0], "another seed, other points");
	}

	@Test
	void applyingAPointConvertsFromTheParameterUnit() throws Exception {
		CellDesign design = Designs.valid();
		Sweep s = sweep(design, list("cells[li-cc-inverted]/anode/collector/thickness", "mm", 0.3),
				list("protocols[plate-1-at-0.25]/steps[0]/currentDensity", "uA/cm2", 500));
		CellDesign copy = EcoreUtil.copy(design);
		SweepPoints.apply(copy.getSweeps().get(0), SweepPoints.generate(s).get(0));
		assertEquals(300.0, ((CarbonCloth) copy.getCells().get(0).getAnode().getCollector()).getThickness(), 1e-9);
		assertEquals(0.5, ((PlatingStep) copy.getProtocols().get(0).getSteps().get(0)).getCurrentDensity(), 1e-12);
		assertEquals(350.0, design.getCells().get(0).getAnode().getCollector().getThickness(), 0.0,
				"original untouched");
	}

	@Test
	void validationNamesUnknownPathsUnitMismatchesEmptyRangesAndTooManyPoints() {
		CellDesign design = Designs.valid();
		sweep(design, list("cells[li-cc-inverted]/anode/collector/thicknes", "um", 1));
		assertEquals(1, findings(design, "sweep-path").size());
		assertTrue(findings(design, "sweep-path").get(0).message().contains("thicknes"));

		design = Designs.valid();
		sweep(design, list("cells[li-cc-inverted]/anode/collector/thickness", "mA/cm2", 1));
		DesignDiagnostic unit = findings(design, "sweep-unit").get(0);
		assertTrue(unit.message().contains("does not measure thickness"), unit.message());
		assertEquals("/sweeps[s]/parameters[0]", unit.elementPath());

		design = Designs.valid();
		sweep(design, list("cells[li-cc-inverted]/anode/collector/thickness", "um"),
				range("protocols[plate-1-at-0.25]/steps[0]/currentDensity", "mA/cm2", SweepSpacing.LINEAR, 0.25, 1, 0));
		assertEquals(2, findings(design, "empty-range").size());

		design = Designs.valid();
		Sweep big = sweep(design,
				range("cells[li-cc-inverted]/anode/collector/thickness", "um", SweepSpacing.LINEAR, 200, 400, 40),
				range("protocols[plate-1-at-0.25]/steps[0]/currentDensity", "mA/cm2", SweepSpacing.LINEAR, 0.25, 1,
						30));
		DesignDiagnostic tooMany = findings(design, "sweep-too-many-points").get(0);
		assertTrue(tooMany.message().contains("1200 points") && tooMany.message().contains("1000"), tooMany.message());
		big.setMaxPoints(1200);
		assertEquals(List.of(), findings(design, "sweep-too-many-points"));
		assertEquals(1200, SweepPoints.generate(big).size());
		big.setMaxPoints(100);
		assertEquals(1, findings(design, "sweep-too-many-points").size());
		assertThrows(IllegalArgumentException.class, () -> SweepPoints.generate(big));

		design = Designs.valid();
		Sweep lhs = sweep(design, list("cells[li-cc-inverted]/anode/collector/thickness", "um", 300));
		lhs.setSampling(SweepSampling.LATIN_HYPERCUBE);
		assertEquals(1, findings(design, "sweep-lhs-range").size());
		assertEquals(1, findings(design, "empty-range").size(), "no sample count");
	}

	@Test
	void theExampleSweepsLoadValidateCleanlyAndHaveTheirPoints() {
		Path file = Designs.examples().resolve("li-cc-host-thickness-sweep.anodyne");
		LoadResult result = DesignResources.load(file);
		assertTrue(result.ok(), result.diagnostics().toString());
		assertEquals(List.of(), DesignValidation.validate(result.design(), TestMetals.registry()));
		assertEquals(12, SweepPoints.generate(result.design().getSweeps().get(0)).size());
		assertEquals(8, SweepPoints.generate(result.design().getSweeps().get(1)).size());
	}
}
