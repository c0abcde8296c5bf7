/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.SweepSampling;
import org.anodyne.model.SweepSpacing;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The points of a {@link Sweep}: each parameter's values, their combinations (a grid, or a Latin
 * hypercube sample reproducible with its seed), and a point applied to a copy of the design.
 * Values are in each parameter's own unit ({@link #unit(SweepParameter)}).
 */
public final class SweepPoints {

	/** Most points a sweep may have unless its {@code maxPoints} says otherwise. */
	public static final int DEFAULT_MAX_POINTS = 1000;

	private SweepPoints() {
	}

	/** The most points this sweep may have: its {@code maxPoints}, else {@value #DEFAULT_MAX_POINTS}. */
	public static int limit(Sweep sweep) {
		return sweep.getMaxPoints() > 0 ? sweep.getMaxPoints() : DEFAULT_MAX_POINTS;
	}

	/** How many points the sweep has, without making them (saturates at {@link Long#MAX_VALUE}). */
	public static long count(Sweep sweep) {
		if (sweep.getSampling() == SweepSampling.LATIN_HYPERCUBE) {
			return sweep.getParameters().isEmpty() ? 0 : Math.max(0, sweep.getSampleCount());
		}
		if (sweep.getParameters().isEmpty()) {
			return 0;
		}
		long n = 1;
		for (SweepParameter p : sweep.getParameters()) {
			n = Math.multiplyHigh(n, valueCount(p)) != 0 ? Long.MAX_VALUE : n * valueCount(p);
		}
		return n;
	}

	/** How many values one grid parameter has. */
	public static int valueCount(SweepParameter p) {
		return p.getSpacing() == SweepSpacing.LIST ? p.getValues().size() : Math.max(0, p.getCount());
	}

	/** A grid parameter's values, in its unit. */
	public static double[] values(SweepParameter p) {
		int n = valueCount(p);
		double[] v = new double[n];
		for (int k = 0; k < n; k++) {
			v[k] = switch (p.getSpacing()) {
			case LIST -> p.getValues().get(k);
			case LINEAR, LOGARITHMIC -> along(p, n == 1 ? 0.0 : (double) k / (n - 1));
			};
		}
		return v;
	}

	/** The point of the range {@code from..to} a fraction t ∈ [0, 1] along it, linearly or in log. */
	static double along(SweepParameter p, double t) {
		if (p.getSpacing() == SweepSpacing.LOGARITHMIC) {
			return Math.exp(Math.log(p.getFrom()) + t * (Math.log(p.getTo()) - Math.log(p.getFrom())));
		}
		return p.getFrom() + t * (p.getTo() - p.getFrom());
	}

	/**
	 * Every point of the sweep, one array of parameter values (in the parameters' order) per point:
	 * a grid has the first parameter varying slowest; a Latin hypercube places exactly one point in
	 * each of N equal slices of every parameter's range, drawn with {@link Random} from the seed, so
	 * the same seed gives the same points on any Java.
	 *
	 * @throws IllegalArgumentException when the sweep has no points or more than {@link #limit(Sweep)}
	 */
	public static List<double[]> generate(Sweep sweep) {
		long n = count(sweep);
		String name = sweep.getName() == null ? String.valueOf(sweep.getId()) : sweep.getName();
		if (n == 0) {
			throw new IllegalArgumentException("sweep '" + name + "' has no points");
		}
		if (n > limit(sweep)) {
			throw new IllegalArgumentException("sweep '" + name + "' has " + n + " points, more than its limit of "
					+ limit(sweep) + "; set maxPoints to at least " + n + " to run it");
		}
		int d = sweep.getParameters().size();
		List<double[]> points = new ArrayList<>();
		if (sweep.getSampling() == SweepSampling.LATIN_HYPERCUBE) {
			int samples = (int) n;
			double[][] t = new double[samples][d];
			Random random = new Random(sweep.getSeed());
			for (int j = 0; j < d; j++) {
				int[] slice = permutation(samples, random);
				for (int i = 0; i < samples; i++) {
					t[i][j] = (slice[i] + random.nextDouble()) / samples;
				}
			}
			for (int i = 0; i < samples; i++) {
				double[] point = new double[d];
				for (int j = 0; j < d; j++) {
					point[j] = along(sweep.getParameters().get(j), t[i][j]);
				}
				points.add(point);
			}
			return points;
		}
		List<double[]> axes = sweep.getParameters().stream().map(SweepPoints::values).toList();
		int[] index = new int[d];
		for (long k = 0; k < n; k++) {
			double[] point = new double[d];
			for (int j = 0; j < d; j++) {
				point[j] = axes.get(j)[index[j]];
			}
			points.add(point);
			for (int j = d - 1; j >= 0; j--) {
				if (++index[j] < axes.get(j).length) {
					break;
				}
				index[j] = 0;
			}
		}
		return points;
	}

	private static int[] permutation(int n, Random random) {
		int[] p = new int[n];
		for (int i = 0; i < n; i++) {
			p[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = p[i];
			p[i] = p[j];
			p[j] = swap;
		}
		return p;
	}

	/** The name heading the parameter's column: its name, else the attribute at the end of its path. */
	public static String name(SweepParameter p) {
		if (p.getName() != null && !p.getName().isBlank()) {
			return p.getName().strip();
		}
		String path = p.getPath() == null ? "" : p.getPath().strip();
		int slash = path.lastIndexOf('/');
		String last = slash < 0 ? path : path.substring(slash + 1);
		return last.isEmpty() ? "parameter" : last;
	}

	/**
	 * The unit the parameter's values are in: its own, else the attribute's ({@code "1"} for an
	 * attribute without a unit).
	 */
	public static String unit(SweepParameter p, DesignPath.Target target) {
		if (p.getUnit() != null && !p.getUnit().isBlank()) {
			return Units.unit(p.getUnit()).map(Units.Unit::symbol).orElse(p.getUnit().strip());
		}
		return target.unit().orElse("1");
	}

	/**
	 * Why a parameter's unit cannot be used for its attribute (unknown, or another quantity), or empty
	 * when it can.
	 */
	public static Optional<String> unitProblem(SweepParameter p, DesignPath.Target target) {
		if (p.getUnit() == null || p.getUnit().isBlank()) {
			return Optional.empty();
		}
		Optional<Units.Unit> given = Units.unit(p.getUnit());
		if (given.isEmpty()) {
			return Optional.of("unknown unit '" + p.getUnit() + "'");
		}
		Units.Dimension wanted = Units.unitOf(target.attribute()).map(Units.Unit::dimension)
				.orElse(Units.Dimension.DIMENSIONLESS);
		if (given.get().dimension() != wanted) {
			String own = target.unit().map(Units::display).orElse("no unit");
			return Optional.of("unit " + given.get().display() + " does not measure " + target.attribute().getName()
					+ ", which is in " + own);
		}
		return Optional.empty();
	}

	/**
	 * Sets one point's values in the design that holds the sweep (normally a copy of the user's
	 * design), converting each value from the parameter's unit to its attribute's.
	 *
	 * @throws DesignPath.PathException when a path or unit does not fit the design
	 */
	public static void apply(Sweep sweep, double[] point) throws DesignPath.PathException {
		EObject root = EcoreUtil.getRootContainer(sweep);
		for (int j = 0; j < point.length; j++) {
			SweepParameter p = sweep.getParameters().get(j);
			DesignPath.Target target = DesignPath.parse(p.getPath()).resolve(root);
			Optional<String> problem = unitProblem(p, target);
			if (problem.isPresent()) {
				throw new DesignPath.PathException("parameter '" + name(p) + "': " + problem.get());
			}
			double value = target.unit().isPresent()
					? Units.convert(point[j], unit(p, target), target.unit().get())
					: point[j] * Units.require(unit(p, target)).siFactor();
			target.set(value);
		}
	}
}
