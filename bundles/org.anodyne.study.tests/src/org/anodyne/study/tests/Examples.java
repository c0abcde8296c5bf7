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

import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.Study;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.metals.SubstrateDefinition;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.study.StudyRunner;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.internal.CarbonClothGeometry;
import org.anodyne.study.internal.ConductiveFabricGeometry;
import org.anodyne.study.internal.ExplicitFibresGeometry;
import org.anodyne.study.internal.FoilGeometry;
import org.anodyne.study.internal.MetalFoamGeometry;

/**
 * The paper's cells as the repository's example designs ({@code examples/*.anodyne}, found by walking
 * up from the working directory, or in the directory the system property {@code anodyne.examples}
 * names), and a study runner.
 */
final class Examples {

	static final String SYMMETRIC_INVERTED = "li-cc-symmetric-inverted.anodyne";
	static final String SYMMETRIC_UPRIGHT = "li-cc-symmetric-upright.anodyne";
	static final String FULL_INVERTED = "li-cc-lfp-full-inverted.anodyne";
	static final String FULL_UPRIGHT = "li-cc-lfp-full-upright.anodyne";

	private Examples() {
	}

	/** The examples folder of the repository. */
	static Path directory() {
		String property = System.getProperty("anodyne.examples");
		if (property != null) {
			return Path.of(property);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("examples");
			if (Files.isRegularFile(candidate.resolve(SYMMETRIC_INVERTED))) {
				return candidate;
			}
		}
		throw new IllegalStateException("no examples/" + SYMMETRIC_INVERTED + " above " + Path.of("").toAbsolutePath()
				+ "; set -Danodyne.examples=<folder>");
	}

	/** A study of an example design, freshly loaded (tests may change it). */
	static Study study(String file, String id) {
		LoadResult result = DesignResources.load(directory().resolve(file));
		if (!result.ok()) {
			throw new IllegalStateException(file + " does not load: " + result.diagnostics());
		}
		return result.design().getStudies().stream().filter(s -> id.equals(s.getId())).findFirst()
				.orElseThrow(() -> new IllegalStateException(file + " has no study '" + id + "'"));
	}

	/** The measured point of a study: a quantity, at a cycle when given. */
	static MeasuredPoint point(Study study, MeasuredQuantity quantity, Integer cycle) {
		return study.getMeasuredPoints().stream()
				.filter(p -> p.getQuantity() == quantity && (cycle == null || p.isSetCycle() && p.getCycle() == cycle))
				.findFirst().orElseThrow(() -> new IllegalStateException(
						"study " + study.getId() + " has no " + quantity + " point"
								+ (cycle == null ? "" : " at " + cycle)));
	}

	/**
	 * A runner with the platform's registries; outside OSGi (the fast javac loop, where there is no
	 * extension registry) with lithium as org.anodyne.metal.lithium contributes it and our five
	 * generators.
	 */
	static StudyRunner runner() {
		MetalRegistry platform = MetalRegistry.getDefault();
		if (platform.metal("li").isPresent()) {
			return new StudyRunner(platform, CollectorGeometries.getDefault());
		}
		MetalRegistry metals = MetalRegistry.builder()
				.metal(new MetalDefinition("li", "Lithium", 1, 6.94, 0.534, -3.04, "test"))
				.substrate(new SubstrateDefinition("carbon", "Carbon", "", "test"))
				.substrate(new SubstrateDefinition("copper", "Copper", "", "test"))
				.substrate(new SubstrateDefinition("cuo", "CuO", "", "test"))
				.nucleationBarrier("li", "li", 0.0).nucleationBarrier("li", "cuo", 0.005)
				.nucleationBarrier("li", "carbon", 0.040).nucleationBarrier("li", "copper", 0.035).build();
		CollectorGeometries geometries = CollectorGeometries.builder()
				.generator(AnodynePackage.Literals.CARBON_CLOTH, new CarbonClothGeometry())
				.generator(AnodynePackage.Literals.METAL_FOAM, new MetalFoamGeometry())
				.generator(AnodynePackage.Literals.CONDUCTIVE_FABRIC, new ConductiveFabricGeometry())
				.generator(AnodynePackage.Literals.FOIL, new FoilGeometry())
				.generator(AnodynePackage.Literals.EXPLICIT_FIBRES, new ExplicitFibresGeometry()).build();
		return new StudyRunner(metals, geometries);
	}
}
