/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.SweepSampling;
import org.anodyne.model.SweepSpacing;
import org.anodyne.model.sweep.DesignPath;
import org.anodyne.model.sweep.SweepPoints;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The constraints of sweeps and their parameters (codes in {@code VALIDATION.md}): paths that lead to a
 * numeric value of the design, units of the same quantity as that value, ranges with values, and no
 * more points than the sweep's limit. {@link DesignConstraints} calls it for {@link Sweep} and
 * {@link SweepParameter} elements and reports what it finds.
 */
final class SweepConstraints {

	private final BiConsumer<String, String> error;
	private final BiConsumer<String, String> warning;

	SweepConstraints(BiConsumer<String, String> error, BiConsumer<String, String> warning) {
		this.error = error;
		this.warning = warning;
	}

	void check(EObject object) {
		if (object instanceof Sweep sweep) {
			sweep(sweep);
		} else if (object instanceof SweepParameter parameter) {
			parameter(parameter);
		}
	}

	private void sweep(Sweep sweep) {
		if (sweep.getParameters().isEmpty()) {
			error.accept("sweep-empty", "the sweep varies no parameter; add one with a path and values");
			return;
		}
		if (sweep.getMaxPoints() < 0) {
			error.accept("negative", "max points " + sweep.getMaxPoints() + " must be >= 0 (0: the standard limit of "
					+ SweepPoints.DEFAULT_MAX_POINTS + ")");
		}
		if (sweep.getSampling() == SweepSampling.LATIN_HYPERCUBE && sweep.getSampleCount() < 1) {
			error.accept("empty-range", "a Latin-hypercube sweep needs a sample count of at least 1, not "
					+ sweep.getSampleCount());
		}
		long points = SweepPoints.count(sweep);
		if (points > SweepPoints.limit(sweep)) {
			error.accept("sweep-too-many-points", points + " points are more than "
					+ (sweep.getMaxPoints() > 0
							? "its max points, " + sweep.getMaxPoints()
							: "the standard limit of " + SweepPoints.DEFAULT_MAX_POINTS)
					+ "; set max points to at least " + points + " to run them all");
		}
		Set<String> names = new HashSet<>();
		Map<String, String> targets = new HashMap<>();
		EObject root = EcoreUtil.getRootContainer(sweep);
		for (SweepParameter p : sweep.getParameters()) {
			String name = SweepPoints.name(p);
			if (!names.add(name)) {
				error.accept("duplicate-name", "two parameters are called '" + name
						+ "'; give them different names, which head the columns of sweep.csv");
			}
			target(p, root).ifPresent(t -> {
				String key = System.identityHashCode(t.owner()) + "/" + t.attribute().getName();
				String before = targets.putIfAbsent(key, name);
				if (before != null) {
					error.accept("sweep-duplicate-path", "parameters '" + before + "' and '" + name
							+ "' set the same value " + p.getPath());
				}
			});
		}
	}

	private void parameter(SweepParameter p) {
		String name = "parameter '" + SweepPoints.name(p) + "'";
		EObject root = EcoreUtil.getRootContainer(p);
		try {
			DesignPath.Target target = DesignPath.parse(p.getPath()).resolve(root);
			SweepPoints.unitProblem(p, target).ifPresent(problem -> error.accept("sweep-unit", name + ": " + problem));
			if (target.integral() && p.getSpacing() == SweepSpacing.LIST
					&& p.getValues().stream().anyMatch(v -> v != Math.rint(v))) {
				warning.accept("sweep-rounded", name + ": " + target.attribute().getName()
						+ " is a whole number; values with a fraction are rounded");
			}
		} catch (DesignPath.PathException e) {
			error.accept("sweep-path", name + ": " + e.getMessage());
		}
		boolean sampled = p.eContainer() instanceof Sweep s && s.getSampling() == SweepSampling.LATIN_HYPERCUBE;
		if (p.getSpacing() == SweepSpacing.LIST) {
			if (sampled) {
				error.accept("sweep-lhs-range", name + ": a Latin-hypercube sweep samples ranges; give from and to "
						+ "with linear or logarithmic spacing instead of a list");
			} else if (p.getValues().isEmpty()) {
				error.accept("empty-range", name + " has no values");
			}
			if (p.getValues().stream().anyMatch(v -> !Double.isFinite(v))) {
				error.accept("not-finite", name + " has a value that is not a number");
			}
			return;
		}
		if (!Double.isFinite(p.getFrom()) || !Double.isFinite(p.getTo())) {
			error.accept("not-finite", name + ": from " + p.getFrom() + " and to " + p.getTo() + " must be numbers");
			return;
		}
		if (!sampled && p.getCount() < 1) {
			error.accept("empty-range",
					name + ": a " + p.getSpacing().getLiteral() + " range needs a count of at least 1, not "
							+ p.getCount());
		}
		if (p.getSpacing() == SweepSpacing.LOGARITHMIC && (p.getFrom() <= 0 || p.getTo() <= 0)) {
			error.accept("sweep-log-range", name + ": a logarithmic range needs from and to > 0, not "
					+ Units.formatNumber(p.getFrom()) + " and " + Units.formatNumber(p.getTo()));
		}
		if (p.getFrom() == p.getTo() && (sampled || p.getCount() > 1)) {
			warning.accept("empty-range", name + ": from and to are both " + Units.formatNumber(p.getFrom())
					+ ", so every value is the same");
		}
	}

	private static Optional<DesignPath.Target> target(SweepParameter p, EObject root) {
		try {
			return Optional.of(DesignPath.parse(p.getPath()).resolve(root));
		} catch (DesignPath.PathException e) {
			return Optional.empty();
		}
	}
}
