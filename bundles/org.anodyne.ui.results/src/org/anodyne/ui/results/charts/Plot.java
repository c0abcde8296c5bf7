package org.anodyne.ui.results.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one chart shows: traces of one unit against a common abscissa, with the chart's title and
 * axes. Independent of any toolkit: {@link ChartPanel} draws it with SWTChart, {@link SvgChart} writes
 * it as SVG, and both export the same numbers as CSV.
 *
 * @param name   a short name that can start a file name, e.g. {@code voltage-trace}
 * @param title  the chart's title
 * @param xAxis  the abscissa
 * @param yAxis  the ordinate, shared by all traces
 * @param traces the lines, in legend order
 */
public record Plot(String name, String title, PlotAxis xAxis, PlotAxis yAxis, List<Trace> traces) {

	public Plot {
		Objects.requireNonNull(name);
		Objects.requireNonNull(title);
		Objects.requireNonNull(xAxis);
		Objects.requireNonNull(yAxis);
		traces = List.copyOf(traces);
	}

	/** [min, max] of all traces' abscissae; NaNs if no trace has a point. */
	public double[] xExtent() {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (Trace t : traces) {
			double[] e = t.xExtent();
			if (!Double.isNaN(e[0])) {
				lo = Math.min(lo, e[0]);
				hi = Math.max(hi, e[1]);
			}
		}
		return lo <= hi ? new double[] { lo, hi } : new double[] { Double.NaN, Double.NaN };
	}

	/** Share of the points at either end that may fall outside {@link #typicalYExtent}. */
	static final double OUTLIER_SHARE = 0.005;

	/**
	 * [min, max] of the ordinates over x in [lo, hi] without a few far-out points: when fewer than
	 * {@value #OUTLIER_SHARE} of the points at either end lie more than the span of the rest beyond
	 * it (a cell's voltage spiking to −5 V as it fails, after hundreds of hours at ±70 mV), the range
	 * of the rest, widened by that span; otherwise the full {@link #yExtent}. NaNs if there are none.
	 */
	public double[] typicalYExtent(double lo, double hi) {
		double[] full = yExtent(lo, hi);
		if (Double.isNaN(full[0])) {
			return full;
		}
		double[] all = traces.stream().flatMapToDouble(t -> Arrays.stream(t.within(lo, hi).y()))
				.filter(Double::isFinite).sorted().toArray();
		int cut = (int) Math.floor(all.length * OUTLIER_SHARE);
		double a = all[cut];
		double b = all[all.length - 1 - cut];
		double span = b - a;
		if (!(span > 0)) {
			return full;
		}
		double low = full[0] < a - span ? a - span : full[0];
		double high = full[1] > b + span ? b + span : full[1];
		return new double[] { low, high };
	}

	/** [min, max] of all traces' ordinates over x in [lo, hi]; NaNs if there are none. */
	public double[] yExtent(double lo, double hi) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (Trace t : traces) {
			double[] e = t.yExtent(lo, hi);
			if (!Double.isNaN(e[0])) {
				min = Math.min(min, e[0]);
				max = Math.max(max, e[1]);
			}
		}
		return min <= max ? new double[] { min, max } : new double[] { Double.NaN, Double.NaN };
	}
}
