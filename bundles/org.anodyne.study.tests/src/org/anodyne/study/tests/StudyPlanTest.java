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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.ScalarNames;
import org.anodyne.study.StudyOutcome;
import org.anodyne.study.StudyPlan;
import org.anodyne.study.StudyRunner;
import org.eclipse.emf.common.notify.Notifier;
import org.junit.jupiter.api.Test;

/**
 * The study plan: the model is read once into objects that hold no model object, and a planned study
 * runs as the model was when it was planned, whatever happens to the model afterwards.
 */
class StudyPlanTest {

	@Test
	void aPlanOfEveryExampleHoldsNoModelObject() throws IOException {
		StudyRunner runner = Examples.runner();
		List<Path> files;
		try (Stream<Path> list = Files.list(Examples.directory())) {
			files = list.filter(p -> p.toString().endsWith(".anodyne")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "examples: " + files);
		int studies = 0;
		for (Path file : files) {
			LoadResult loaded = DesignResources.load(file);
			assertTrue(loaded.ok(), file + ": " + loaded.diagnostics());
			CellDesign design = loaded.design();
			StudyPlan plan = runner.plan(design.getStudies());
			assertEquals(design.getStudies().stream().map(Study::getId).toList(),
					plan.studies().stream().map(StudyPlan.PlannedStudy::id).toList(), file.toString());
			List<String> found = modelObjectsReachableFrom(plan);
			assertEquals(List.of(), found, file + ": model objects reachable from its plan");
			studies += plan.studies().size();
		}
		assertTrue(studies >= 20, "planned studies: " + studies);
	}

	@Test
	void aPlannedStudyRunsAsTheModelWasWhenItWasPlanned() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		coarsen(study);
		StudyRunner runner = Examples.runner();
		StudyPlan plan = runner.plan(List.of(study));
		// What the user does to the design after planning must not reach the planned run.
		study.getCell().getAnode().setPreDepositLoading(study.getCell().getAnode().getPreDepositLoading() * 3.0);
		study.getCell().setElectrolyte(null);
		StudyOutcome planned = runner.run(plan.studies().get(0), null, null, null);

		Study fresh = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		coarsen(fresh);
		StudyOutcome direct = runner.run(fresh, null, null);
		assertTrue(planned.ok(), planned.message());
		assertTrue(direct.ok(), direct.message());
		assertEquals(direct.scalars(), planned.scalars(), "the same numbers, bit for bit");
		assertNotNull(planned.number(ScalarNames.BOTTOM_FRACTION).orElse(null));
	}

	@Test
	void aStudyTheModelCannotBeTranslatedForFailsWhenRunWithItsMessage() {
		Study study = Examples.study(Examples.SYMMETRIC_INVERTED, "deposition-inverted");
		study.setProtocol(null);
		StudyRunner runner = Examples.runner();
		StudyPlan.PlannedStudy planned = runner.plan(List.of(study)).studies().get(0);
		StudyOutcome outcome = runner.run(planned, null, null, null);
		assertEquals(StudyOutcome.Status.FAILED, outcome.status());
		assertTrue(outcome.message().contains("protocol"), outcome.message());
		assertNull(outcome.directory());
	}

	private static void coarsen(Study study) {
		if (study.getSolver() == null) {
			study.setSolver(AnodyneFactory.eINSTANCE.createSolverSettings());
		}
		study.getSolver().setGridSpacing(Math.max(study.getSolver().getGridSpacing(), 5.0));
	}

	/** Every EMF object (or resource, resource set) reachable through fields, collections and arrays. */
	private static List<String> modelObjectsReachableFrom(Object root) {
		List<String> found = new ArrayList<>();
		Map<Object, Boolean> seen = new IdentityHashMap<>();
		Deque<Object> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			Object o = todo.pop();
			if (o == null || seen.put(o, Boolean.TRUE) != null || o instanceof Class<?> || o instanceof Enum<?>
					|| o instanceof String || o instanceof Number || o instanceof Boolean) {
				continue;
			}
			if (o instanceof Notifier) {
				found.add(o.getClass().getName());
				continue;
			}
			if (o instanceof Map<?, ?> m) {
				m.forEach((k, v) -> {
					todo.push(k == null ? "" : k);
					todo.push(v == null ? "" : v);
				});
			} else if (o instanceof Collection<?> c) {
				c.forEach(e -> todo.push(e == null ? "" : e));
			} else if (o instanceof Object[] array) {
				for (Object e : array) {
					todo.push(e == null ? "" : e);
				}
			} else if (!o.getClass().isArray() && !o.getClass().getName().startsWith("java.")) {
				for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
					for (Field f : c.getDeclaredFields()) {
						if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
							continue;
						}
						f.setAccessible(true);
						try {
							Object value = f.get(o);
							if (value != null) {
								todo.push(value);
							}
						} catch (IllegalAccessException e) {
							throw new IllegalStateException(c.getName() + "." + f.getName(), e);
						}
					}
				}
			}
		}
		return found;
	}
}
