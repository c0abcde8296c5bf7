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

import java.util.Arrays;

/**
 * The whole voltage trace of a life run, one sample per segment end (1800 h of cycling is a few
 * thousand samples). Columns: time [s], current density [A/m², positive plating on the working
 * electrode], cell voltage [V] and polarisation V − V<sub>eq</sub> [V]. Two samples share a time at a
 * step change. Voltages beyond the cycler's compliance (when an electrode runs out of metal) are
 * recorded at the compliance limit.
 */
public final class TimeSeries {

	private double[] time;
	private double[] current;
	private double[] voltage;
	private double[] polarisation;
	private int size;

	/** An empty series with room for the given number of samples. */
	public TimeSeries(int capacity) {
		int c = Math.max(capacity, 16);
		time = new double[c];
		current = new double[c];
		voltage = new double[c];
		polarisation = new double[c];
	}

	/** Appends a sample. */
	public void add(double t, double j, double v, double eta) {
		if (size == time.length) {
			int c = time.length * 2;
			time = Arrays.copyOf(time, c);
			current = Arrays.copyOf(current, c);
			voltage = Arrays.copyOf(voltage, c);
			polarisation = Arrays.copyOf(polarisation, c);
		}
		time[size] = t;
		current[size] = j;
		voltage[size] = v;
		polarisation[size] = eta;
		size++;
	}

	public int size() {
		return size;
	}

	public double time(int i) {
		return time[check(i)];
	}

	public double current(int i) {
		return current[check(i)];
	}

	public double voltage(int i) {
		return voltage[check(i)];
	}

	public double polarisation(int i) {
		return polarisation[check(i)];
	}

	/** Copy of the time column [s]. */
	public double[] times() {
		return Arrays.copyOf(time, size);
	}

	/** Copy of the current-density column [A/m²]. */
	public double[] currents() {
		return Arrays.copyOf(current, size);
	}

	/** Copy of the voltage column [V]. */
	public double[] voltages() {
		return Arrays.copyOf(voltage, size);
	}

	/** Copy of the polarisation column [V]. */
	public double[] polarisations() {
		return Arrays.copyOf(polarisation, size);
	}

	/** A display copy with at most about 4 samples per bucket; see {@link TimeSeriesDownsampler}. */
	public TimeSeries downsample(int buckets) {
		int[] keep = TimeSeriesDownsampler.minMaxIndices(time, size, buckets, voltage, current);
		TimeSeries out = new TimeSeries(keep.length);
		for (int i : keep) {
			out.add(time[i], current[i], voltage[i], polarisation[i]);
		}
		return out;
	}

	private int check(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException("sample " + i + " of " + size);
		}
		return i;
	}
}
