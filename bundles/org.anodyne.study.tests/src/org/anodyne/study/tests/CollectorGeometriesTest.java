/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.AnodynePackage;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.internal.CarbonClothGeometry;
import org.anodyne.study.internal.CollectorGeometryReader;
import org.anodyne.study.internal.FoilGeometry;
import org.anodyne.study.internal.MetalFoamGeometry;
import org.anodyne.study.internal.StudyLog;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The extension point {@code org.anodyne.study.collectorGeometries}: our four generators come through
 * it, a bad contribution is logged and skipped, and a plug-in's subclass of a collector falls back to
 * its supertype's generator unless it brings its own. The test fragment contributes the plug-in side
 * (fragment.xml) for a dynamic EPackage registered here.
 */
class CollectorGeometriesTest {

	static final String TEST_PACKAGE = "http://anodyne.org/test/study/1.0";

	private static EClass ownCloth;
	private static EClass brokenCloth;
	private static EClass fancyCloth;
	private static EClass fancierCloth;

	@BeforeAll
	static void registerPluginPackage() {
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage(TEST_PACKAGE);
		EPackage p = registered != null ? registered : EcoreFactory.eINSTANCE.createEPackage();
		if (registered == null) {
			p.setName("studytest");
			p.setNsPrefix("studytest");
			p.setNsURI(TEST_PACKAGE);
			for (String name : List.of("OwnCloth", "BrokenCloth", "FancyCloth")) {
				EClass c = EcoreFactory.eINSTANCE.createEClass();
				c.setName(name);
				c.getESuperTypes().add(AnodynePackage.Literals.CARBON_CLOTH);
				p.getEClassifiers().add(c);
			}
			EClass fancier = EcoreFactory.eINSTANCE.createEClass();
			fancier.setName("FancierCloth");
			fancier.getESuperTypes().add((EClass) p.getEClassifier("FancyCloth"));
			p.getEClassifiers().add(fancier);
			EPackage.Registry.INSTANCE.put(TEST_PACKAGE, p);
		}
		ownCloth = (EClass) p.getEClassifier("OwnCloth");
		brokenCloth = (EClass) p.getEClassifier("BrokenCloth");
		fancyCloth = (EClass) p.getEClassifier("FancyCloth");
		fancierCloth = (EClass) p.getEClassifier("FancierCloth");
	}

	private static CollectorGeometries readPlatform(List<String> log) {
		assumeTrue(RegistryFactory.getRegistry() != null, "needs the OSGi extension registry");
		return CollectorGeometryReader.read(
				RegistryFactory.getRegistry().getConfigurationElementsFor(CollectorGeometries.EXTENSION_POINT),
				log::add);
	}

	@Test
	void ourFourGeneratorsComeThroughTheExtensionPoint() {
		assumeTrue(RegistryFactory.getRegistry() != null, "needs the OSGi extension registry");
		CollectorGeometries registry = CollectorGeometries.getDefault();
		assertInstanceOf(CarbonClothGeometry.class,
				registry.generatorFor(AnodynePackage.Literals.CARBON_CLOTH).orElseThrow());
		assertInstanceOf(MetalFoamGeometry.class,
				registry.generatorFor(AnodynePackage.Literals.METAL_FOAM).orElseThrow());
		assertInstanceOf(FoilGeometry.class, registry.generatorFor(AnodynePackage.Literals.FOIL).orElseThrow());
		assertTrue(registry.generatorFor(AnodynePackage.Literals.CONDUCTIVE_FABRIC).isPresent());
		assertFalse(registry.generatorFor(AnodynePackage.Literals.CURRENT_COLLECTOR).isPresent(),
				"the abstract collector has no generator of its own");
	}

	@Test
	void badContributionsAreLoggedAndSkipped() {
		List<String> log = new ArrayList<>();
		CollectorGeometries registry = readPlatform(log);
		assertTrue(log.stream().anyMatch(m -> m.contains("CarbonClothWithoutPackage") && m.contains("nsURI#ClassName")),
				log::toString);
		assertTrue(log.stream().anyMatch(m -> m.contains("NoSuchCollector")), log::toString);
		assertTrue(log.stream().anyMatch(m -> m.contains("Electrolyte") && m.contains("not a CurrentCollector")),
				log::toString);
		assertTrue(log.stream().anyMatch(m -> m.contains("'class' is missing")), log::toString);
		// A fragment's contributions belong to its host bundle, which the message names.
		assertTrue(
				log.stream().allMatch(m -> m.startsWith("<generator> from org.anodyne.study") && m.endsWith("skipped")),
				log::toString);
		assertEquals(log, registry.problems());
		// The broken MetalFoam contribution did not displace ours.
		assertInstanceOf(MetalFoamGeometry.class,
				registry.generatorFor(AnodynePackage.Literals.METAL_FOAM).orElseThrow());
	}

	@Test
	void aClassThatCannotBeCreatedIsLoggedAndTheLookupFallsBackToTheSupertype() {
		List<String> log = new ArrayList<>();
		CollectorGeometries registry = readPlatform(log);
		int before = log.size();
		assertInstanceOf(CarbonClothGeometry.class, registry.generatorFor(brokenCloth).orElseThrow());
		assertEquals(before + 1, log.size(), log::toString);
		assertTrue(log.get(before).contains("NoSuchGeometry"), log.get(before));
		registry.generatorFor(brokenCloth);
		assertEquals(before + 1, log.size(), "a failed creation is reported once");
	}

	@Test
	void aSubclassFallsBackToItsNearestSupertypeUnlessItBringsItsOwn() {
		CollectorGeometries registry = readPlatform(new ArrayList<>());
		assertInstanceOf(OwnClothGeometry.class, registry.generatorFor(ownCloth).orElseThrow());
		assertInstanceOf(CarbonClothGeometry.class, registry.generatorFor(fancyCloth).orElseThrow());
		assertInstanceOf(CarbonClothGeometry.class, registry.generatorFor(fancierCloth).orElseThrow(),
				"two levels down still reaches CarbonCloth");
	}

	@Test
	void skippedContributionsReachThePlatformLog() {
		assumeTrue(RegistryFactory.getRegistry() != null, "needs the OSGi extension registry");
		ILog platformLog = ILog.of(FrameworkUtil.getBundle(StudyLog.class));
		List<IStatus> warnings = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (StudyLog.BUNDLE_ID.equals(status.getPlugin())) {
				warnings.add(status);
			}
		};
		platformLog.addLogListener(listener);
		try {
			CollectorGeometryReader.read(
					RegistryFactory.getRegistry().getConfigurationElementsFor(CollectorGeometries.EXTENSION_POINT),
					CollectorGeometryReader::logToPlatform);
		} finally {
			platformLog.removeLogListener(listener);
		}
		assertTrue(warnings.stream().anyMatch(s -> s.getSeverity() == IStatus.WARNING
				&& s.getMessage().contains(CollectorGeometries.EXTENSION_POINT)
				&& s.getMessage().contains("NoSuchCollector")),
				warnings::toString);
	}

	@Test
	void theBuilderKeepsTheFirstGeneratorAndReportsLaterOnes() {
		List<String> log = new ArrayList<>();
		CollectorGeometryGenerator first = new CarbonClothGeometry();
		CollectorGeometries registry = CollectorGeometries.builder().log(log::add)
				.generator(AnodynePackage.Literals.CARBON_CLOTH, first)
				.generator(AnodynePackage.Literals.CARBON_CLOTH, new FoilGeometry())
				.generator(CollectorGeometries.key(AnodynePackage.Literals.FOIL), "a failing factory", () -> {
					throw new IllegalStateException("cannot load");
				}).build();
		assertEquals(1, log.size(), log::toString);
		assertTrue(log.get(0).contains("already has a generator"), log.get(0));
		assertTrue(registry.generatorFor(AnodynePackage.Literals.CARBON_CLOTH).orElseThrow() == first);
		assertFalse(registry.generatorFor(AnodynePackage.Literals.FOIL).isPresent());
		assertTrue(log.get(1).contains("a failing factory") && log.get(1).contains("cannot load"), log::toString);
	}

	@Test
	void aCollectorWithoutAnyGeneratorIsAnErrorNamingItsType() {
		CollectorGeometries empty = CollectorGeometries.builder().build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> empty.generatorFor(org.anodyne.model.AnodyneFactory.eINSTANCE.createFoil()));
		assertTrue(e.getMessage().contains("http://anodyne.org/model/1.1#Foil")
				&& e.getMessage().contains(CollectorGeometries.EXTENSION_POINT), e.getMessage());
	}
}
