package org.anodyne.extras.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.study.geometry.CollectorGeometries;
import org.junit.jupiter.api.Test;

/**
 * This bundle's plugin.xml contributes broken metals, barriers, presets and a generator whose class
 * does not exist: each is skipped with a message naming it and this bundle, and the extras' metals and
 * presets still load.
 */
class BrokenExtensionsTest {

	private static final String BUNDLE = "org.anodyne.extras.tests";

	@Test
	void brokenMetalsAreSkippedAndTheRestLoads() {
		MetalRegistry metals = MetalRegistry.getDefault();
		assertTrue(metals.metal("na").isPresent() && metals.metal("k").isPresent() && metals.metal("zn").isPresent());
		assertFalse(metals.metal("negative-density").isPresent());
		assertFalse(metals.metal("not-a-number").isPresent());
		assertProblem(metals.problems(), "negative-density", "density -1.0 must be > 0");
		assertProblem(metals.problems(), "not-a-number", "molarMass 'heavy' is not a number");
		assertProblem(metals.problems(), "nowhere", "unknown substrate 'nowhere'");
	}

	@Test
	void brokenPresetsAreSkippedAndTheRestLoads() {
		ElectrolytePresets presets = ElectrolytePresets.getDefault();
		assertEquals(List.of("diglyme-napf6", "dme-kfsi", "aqueous-znso4"), presets.presets().stream()
				.map(p -> p.id()).filter(id -> !id.startsWith("ether-") && !id.startsWith("carbonate-")).sorted(
						(a, b) -> order(a) - order(b)).toList());
		assertFalse(presets.preset("broken-transference").isPresent());
		assertFalse(presets.preset("broken-metal").isPresent());
		assertProblem(presets.problems(), "broken-transference", "transferenceNumber 1.5 must lie in (0, 1)");
		assertProblem(presets.problems(), "broken-metal", "unknown metal 'unobtainium'");
	}

	@Test
	void aGeneratorWhoseClassIsMissingIsSkippedOnFirstUse() {
		CollectorGeometries generators = CollectorGeometries.getDefault();
		assertTrue(generators.generatorFor(AnodynePackage.Literals.CURRENT_COLLECTOR).isEmpty());
		assertTrue(generators.problems().stream().anyMatch(p -> p.contains("NoSuchGenerator")), generators.problems().toString());
		assertTrue(generators.generatorFor(AnodynePackage.Literals.CARBON_CLOTH).isPresent(), "Anodyne's own still work");
	}

	private static int order(String id) {
		return List.of("diglyme-napf6", "dme-kfsi", "aqueous-znso4").indexOf(id);
	}

	private static void assertProblem(List<String> problems, String what, String why) {
		assertTrue(problems.stream().anyMatch(p -> p.contains(what) && p.contains(why) && p.contains(BUNDLE)),
				"no problem naming " + what + ", '" + why + "' and " + BUNDLE + " in " + problems);
	}
}
