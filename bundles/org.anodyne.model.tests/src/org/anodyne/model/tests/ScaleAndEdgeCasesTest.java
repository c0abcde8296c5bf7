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

import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.units.Units;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Defects found by an attack on size and edge values: the id check at scale, numbers at the ends of double. */
class ScaleAndEdgeCasesTest {

	@Test
	void duplicateIdsAreFoundAmongThousandsOfStudiesOncePerDuplicate() {
		CellDesign design = Designs.valid();
		Study template = design.getStudies().get(0);
		for (int i = 0; i < 5000; i++) {
			Study copy = EcoreUtil.copy(template);
			copy.setId("study-" + i);
			design.getStudies().add(copy);
		}
		design.getStudies().get(4000).setId("study-17");
		URI uri = URI.createFileURI("/nowhere/many.anodyne");
		DesignResources.newResourceSet(uri).createResource(uri).getContents().add(design);

		List<DesignDiagnostic> duplicates = DesignValidation.validate(design, TestMetals.registry()).stream()
				.filter(d -> d.code().equals("duplicate-id")).toList();
		assertEquals(1, duplicates.size(), duplicates.toString());
		DesignDiagnostic d = duplicates.get(0);
		// The later holder is reported, against the first one, as EMF's own check does.
		assertEquals(design.getStudies().get(4000), d.element(), d.toString());
		assertEquals(true, d.message().contains("study-17"), d.message());
	}

	@Test
	void theSmallestAndLargestDoublesFormat() {
		assertEquals("4.94·10⁻³²⁴", Units.formatNumber(Double.MIN_VALUE));
		assertEquals("-4.94·10⁻³²⁴", Units.formatNumber(-Double.MIN_VALUE));
		assertEquals("2.23·10⁻³⁰⁸", Units.formatNumber(Double.MIN_NORMAL));
		assertEquals("1.8·10³⁰⁸", Units.formatNumber(Double.MAX_VALUE));
		assertEquals("1·10⁷", Units.formatNumber(9_999_999.0));
		assertEquals("2.93·10⁻¹⁰", Units.formatNumber(2.93e-10));
	}
}
