/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LifeParametersTest {

	@Test
	void everyParameterCanBeReadAndReplacedByName() {
		LifeParameters defaults = LifeParameters.defaults();
		for (String name : LifeParameters.names()) {
			double value = defaults.value(name);
			double changed = value * 0.9 + (value == 0.0 ? 1e-6 : 0.0);
			LifeParameters p = defaults.with(name, changed);
			assertEquals(changed, p.value(name), 0.0, name);
			assertTrue(LifeParameters.unit(name) != null, name);
		}
	}

	@Test
	void overridesApplyByName() {
		LifeParameters p = LifeParameters.defaults()
				.with(Map.of("inactiveLayerPorosity", 0.6, "seiCalendarRate", 0.02));
		assertEquals(0.6, p.inactiveLayerPorosity());
		assertEquals(0.02, p.seiCalendarRate());
	}

	@Test
	void unknownNamesAndBadValuesAreExplained() {
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> LifeParameters.defaults().with("seiRate", 1.0));
		assertTrue(unknown.getMessage().contains("seiRate") && unknown.getMessage().contains("seiCalendarRate"),
				unknown.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> LifeParameters.defaults().with("inactiveLayerPorosity", 1.2));
		assertTrue(bad.getMessage().contains("inactiveLayerPorosity"), bad.getMessage());
	}
}
