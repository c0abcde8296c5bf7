package org.anodyne.extras.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.anodyne.model.Electrolyte;
import org.anodyne.model.metals.ElectrolytePreset;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.junit.jupiter.api.Test;

/** The three metals and their presets, as Anodyne's published registries see them. */
class MetalsTest {

	private static final double FARADAY = 96485.33212;

	/** Dense thickness [µm] of 1 mAh/cm² = 3.6 C/cm²: 3.6/(zF) mol/cm² × M/ρ cm³/mol. */
	static double micrometresPerMilliampHour(int z, double molarMass, double density) {
		return 3.6 / (z * FARADAY) * molarMass / density * 1e4;
	}

	@Test
	void metalDataAreScienceSectionFive() {
		Map<String, double[]> expected = Map.of("na", new double[] { 1, 22.99, 0.968, -2.71 }, "k",
				new double[] { 1, 39.10, 0.862, -2.93 }, "zn", new double[] { 2, 65.38, 7.14, -0.76 });
		expected.forEach((id, v) -> {
			MetalDefinition metal = MetalRegistry.getDefault().metal(id).orElseThrow();
			assertEquals((int) v[0], metal.chargeNumber(), id);
			assertEquals(v[1], metal.molarMass(), 0.0, id);
			assertEquals(v[2], metal.density(), 0.0, id);
			assertEquals(v[3], metal.standardPotential(), 0.0, id);
			assertEquals(micrometresPerMilliampHour((int) v[0], v[1], v[2]),
					metal.micrometresPerMilliampHourPerSquareCentimetre(), 1e-9, id);
		});
		assertEquals(1.709, MetalRegistry.getDefault().metal("zn").orElseThrow().micrometresPerMilliampHourPerSquareCentimetre(),
				1e-3, "Zn: half the moles per charge of a monovalent metal");
	}

	@Test
	void everyMetalHasBarriersOnTheHostSubstrates() {
		for (String id : List.of("na", "k", "zn")) {
			Map<String, Double> barriers = MetalRegistry.getDefault().nucleationBarriers(id);
			assertTrue(barriers.keySet().containsAll(List.of(id, "carbon", "copper")), id + ": " + barriers);
			assertEquals(0.0, barriers.get(id), 0.0, id + " on itself");
			barriers.values().forEach(v -> assertTrue(v >= 0.0 && v <= 0.1, id + ": " + barriers));
		}
	}

	@Test
	void zincPresetMakesADivalentAqueousElectrolyteWithAnUncalibratedPair() {
		ElectrolytePreset zinc = ElectrolytePresets.getDefault().require("aqueous-znso4");
		Electrolyte electrolyte = zinc.create();
		assertEquals(2, electrolyte.getSalt().getCationCharge());
		assertEquals(2, electrolyte.getSalt().getAnionCharge());
		assertEquals(2.0, electrolyte.getConcentration(), 0.0);
		assertEquals("H2O", electrolyte.getSolvents().get(0).getName());
		assertEquals(1, electrolyte.getMetalPairs().size());
		assertEquals("zn", electrolyte.getMetalPairs().get(0).getMetal());
		assertEquals(3.0, electrolyte.getMetalPairs().get(0).getWhiskerDiameter(), 0.0);
		assertTrue(zinc.source().contains("Zheng"), zinc.source());
	}

	@Test
	void sodiumAndPotassiumPresetsNameTheirMetalAndSource() {
		for (String id : List.of("diglyme-napf6", "dme-kfsi")) {
			ElectrolytePreset preset = ElectrolytePresets.getDefault().require(id);
			assertEquals(1, preset.cationCharge(), id);
			assertTrue(preset.contributor().startsWith("org.anodyne.metal."), id + ": " + preset.contributor());
			assertTrue(preset.source().contains("20"), id + " cites its recipe: " + preset.source());
		}
	}
}
