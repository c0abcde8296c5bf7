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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TimeSeriesDownsamplerTest {

	@Test
	void aSingleSpikeSurvivesAThousandfoldReduction() {
		int n = 200_000;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i * 0.5;
			y[i] = 0.015 * Math.sin(i * 0.01);
		}
		y[123_457] = 0.9;
		y[4_321] = -0.7;
		double[][] out = TimeSeriesDownsampler.downsample(x, y, 100);
		assertTrue(out[0].length <= 2 + 2 * 100, "kept " + out[0].length);
		assertEquals(0.9, Arrays.stream(out[1]).max().orElseThrow());
		assertEquals(-0.7, Arrays.stream(out[1]).min().orElseThrow());
		assertEquals(x[0], out[0][0]);
		assertEquals(x[n - 1], out[0][out[0].length - 1]);
		for (int i = 1; i < out[0].length; i++) {
			assertTrue(out[0][i] > out[0][i - 1], "time order at " + i);
		}
	}

	@Test
	void shortSeriesAreKeptWhole() {
		double[] x = {0, 1, 2};
		double[] y = {3, 1, 2};
		assertEquals(3, TimeSeriesDownsampler.downsample(x, y, 10)[0].length);
	}

	@Test
	void timeSeriesKeepsExtremesOfVoltageAndCurrent() {
		TimeSeries series = new TimeSeries(4);
		for (int i = 0; i < 10_000; i++) {
			series.add(i, i == 5_000 ? -25.0 : 2.5, i == 7_777 ? 0.8 : 0.01, i == 7_777 ? 0.8 : 0.01);
		}
		TimeSeries small = series.downsample(20);
		assertTrue(small.size() <= 2 + 4 * 20);
		assertTrue(Arrays.stream(small.voltages()).anyMatch(v -> v == 0.8));
		assertTrue(Arrays.stream(small.currents()).anyMatch(j -> j == -25.0));
	}
}
