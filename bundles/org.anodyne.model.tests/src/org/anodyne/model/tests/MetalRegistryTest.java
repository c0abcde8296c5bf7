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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.anodyne.model.internal.MetalRegistryReader;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MetalRegistryTest {

	@Test
	void lithiumComesFromItsBundleWithTheDataOfScienceSection5() {
		MetalDefinition li = TestMetals.registry().metal("li").orElseThrow();
		assertEquals("Lithium", li.name());
		assertEquals(1, li.chargeNumber());
		assertEquals(6.94, li.molarMass(), 1e-12);
		assertEquals(0.534, li.density(), 1e-12);
		assertEquals(-3.04, li.standardPotential(), 1e-12);
		assertEquals("org.anodyne.metal.lithium", li.contributor());
		// SCIENCE.md §4: 1 mAh cm⁻² of Li is 4.85 µm of dense metal.
		assertEquals(4.85, li.micrometresPerMilliampHourPerSquareCentimetre(), 0.005);
		assertEquals(1.2996e-5, li.molarVolume(), 1e-8);
		assertEquals(li, TestMetals.registry().metal("Li").orElseThrow(), "a design may write the chemical symbol");
		assertTrue(TestMetals.registry().metal("Lx").isEmpty());
	}

	@Test
	void nucleationBarriersAreKeyedByMetalAndSubstrateInVolts() {
		MetalRegistry registry = TestMetals.registry();
		assertEquals(0.0, registry.nucleationBarrier("li", "li").getAsDouble(), 1e-12);
		assertEquals(0.005, registry.nucleationBarrier("li", "cuo").getAsDouble(), 1e-12);
		assertEquals(0.040, registry.nucleationBarrier("li", "carbon").getAsDouble(), 1e-12);
		assertEquals(0.035, registry.nucleationBarrier("li", "copper").getAsDouble(), 1e-12);
		assertFalse(registry.nucleationBarrier("li", "graphene").isPresent());
		assertFalse(registry.nucleationBarrier("na", "carbon").isPresent(), "sodium is not installed");
		List<String> substrates = registry.substrates().stream().map(s -> s.id()).toList();
		assertTrue(substrates.containsAll(List.of("carbon", "copper", "cuo", "li")), substrates.toString());
		assertEquals(4, registry.nucleationBarriers("li").size());
	}

	@Test
	void aBrokenContributionIsLoggedAndSkippedAndTheRestStillWorks() throws Exception {
		List<IConfigurationElement> elements = new ArrayList<>(
				TestMetals.contributions(TestMetals.bundle("org.anodyne.model")));
		elements.addAll(TestMetals.contributions(TestMetals.bundle("org.anodyne.metal.lithium")));
		elements.addAll(xml("broken.bundle",
				"<metal id='zn' name='Zinc' chargeNumber='2' molarMass='65.38' density='7.14' standardPotential='-0.76'/>",
				"<metal id='xx' name='No mass' chargeNumber='1' density='1' standardPotential='0'/>",
				"<metal id='yy' chargeNumber='1.5' molarMass='1' density='1' standardPotential='0'/>",
				"<metal id='li' name='Again' chargeNumber='1' molarMass='6.94' density='0.534' standardPotential='-3.04'/>",
				"<nucleationBarrier metal='li' substrate='graphene' barrier='3'/>",
				"<nucleationBarrier metal='zn' substrate='copper' barrier='oops'/>",
				"<nucleationBarrier metal='zn' substrate='carbon' barrier='25'/>"));
		List<String> logged = new ArrayList<>();
		MetalRegistry registry = MetalRegistryReader.read(elements.toArray(IConfigurationElement[]::new), logged::add);

		assertEquals(List.of("li", "zn"), registry.metals().stream().map(MetalDefinition::id).toList());
		assertEquals(2, registry.metal("zn").orElseThrow().chargeNumber(), "a divalent metal is as easy as lithium");
		assertEquals(0.025, registry.nucleationBarrier("zn", "carbon").getAsDouble(), 1e-12);
		assertEquals("Lithium", registry.metal("li").orElseThrow().name(), "the first lithium stays");
		assertEquals(5, logged.size(), logged.toString());
		assertTrue(
				logged.stream().anyMatch(
						m -> m.contains("id=\"xx\"") && m.contains("molarMass") && m.contains("broken.bundle")),
				logged.toString());
		assertTrue(logged.stream().anyMatch(m -> m.contains("id=\"yy\"") && m.contains("positive integer")),
				logged.toString());
		assertTrue(logged.stream().anyMatch(m -> m.contains("'li'") && m.contains("already contributed")),
				logged.toString());
		assertTrue(logged.stream().anyMatch(m -> m.contains("unknown substrate 'graphene'")), logged.toString());
		assertTrue(logged.stream().anyMatch(m -> m.contains("'oops' is not a number")), logged.toString());
		assertEquals(logged, registry.problems());
	}

	@Test
	void thePlatformRegistrySkipsTheBrokenContributionOfTheTestBundle() {
		assumeTrue(TestMetals.inOsgi(), "needs the OSGi extension registry");
		MetalRegistry registry = MetalRegistry.getDefault();
		assertTrue(registry.metal("li").isPresent());
		assertFalse(registry.metal("unobtainium").isPresent());
		assertEquals("org.anodyne.metal.lithium", registry.metal("li").orElseThrow().contributor());
		assertTrue(registry.problems().stream().anyMatch(m -> m.contains("unobtainium")),
				registry.problems().toString());
		assertTrue(registry.problems().stream().anyMatch(m -> m.contains("graphene")), registry.problems().toString());
	}

	private static List<IConfigurationElement> xml(String contributor, String... elements) throws Exception {
		String text = "<extension>" + String.join("", elements) + "</extension>";
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		List<IConfigurationElement> result = new ArrayList<>();
		for (org.w3c.dom.Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
			result.add(TestMetals.element((Element) n, contributor, new Properties()));
		}
		return result;
	}
}
