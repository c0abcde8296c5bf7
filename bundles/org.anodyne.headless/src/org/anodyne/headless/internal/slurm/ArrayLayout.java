/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal.slurm;

import java.util.ArrayList;
import java.util.List;

/**
 * Which points each array task runs, and in how many job arrays. Slurm numbers an array's tasks from
 * 0 to at most {@code MaxArraySize - 1}, so a sweep with more points than that is grouped: several
 * points per task when the user left the grouping to us (one array), otherwise as many arrays as the
 * requested grouping needs.
 */
public final class ArrayLayout {

	/** Slurm's default {@code MaxArraySize}, used when {@code scontrol show config} cannot be read. */
	public static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

	/**
	 * The arrays for a list of points.
	 *
	 * @param points        the sweep's point indices to run, in order
	 * @param pointsPerTask points per task, or 0 for as few as fit into one array (at least 1)
	 * @param maxArraySize  the cluster's {@code MaxArraySize}: task indices stay below it
	 * @return one list per array, of one list of point indices per task (task k of an array is its
	 *         element k)
	 */
	public static List<List<List<Integer>>> of(List<Integer> points, int pointsPerTask, int maxArraySize) {
		if (maxArraySize < 1) {
			throw new IllegalArgumentException("MaxArraySize " + maxArraySize + " leaves no array task");
		}
		int perTask = pointsPerTask > 0
				? pointsPerTask
				: Math.max(1, (points.size() + maxArraySize - 1) / maxArraySize);
		List<List<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < points.size(); i += perTask) {
			tasks.add(List.copyOf(points.subList(i, Math.min(points.size(), i + perTask))));
		}
		List<List<List<Integer>>> arrays = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i += maxArraySize) {
			arrays.add(List.copyOf(tasks.subList(i, Math.min(tasks.size(), i + maxArraySize))));
		}
		return List.copyOf(arrays);
	}

	/** Point indices as a short readable list: {@code 0-11}, {@code 3, 7, 9-12}. */
	public static String ranges(List<Integer> points) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < points.size();) {
			int j = i;
			while (j + 1 < points.size() && points.get(j + 1) == points.get(j) + 1) {
				j++;
			}
			b.append(b.isEmpty() ? "" : ", ").append(points.get(i));
			if (j > i) {
				b.append('-').append(points.get(j));
			}
			i = j + 1;
		}
		return b.toString();
	}

	private ArrayLayout() {
	}
}
