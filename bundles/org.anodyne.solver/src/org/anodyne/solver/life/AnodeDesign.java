package org.anodyne.solver.life;

import java.util.Locale;

import org.anodyne.solver.deposition.Orientation;

/**
 * The metal electrode as the life model's analytic coupling estimate sees it: a porous host (or a
 * planar foil when the thickness is zero) with a dense pre-deposit on one face. All values SI.
 * <p>
 * The same record describes both electrodes of a symmetric cell and the anode of a full cell. The
 * deposition solver describes the host in full (fibre layout, tows); this record keeps only what the
 * {@link AnalyticCoupling} estimate needs.
 *
 * @param hostThickness    H [m]; 0 for a planar foil
 * @param hostPorosity     ε<sub>h</sub> in (0, 1) for a host; ignored for a foil
 * @param fibreDiameter    d<sub>f</sub> [m] of the host fibres (or ligaments); ignored for a foil
 * @param substrateBarrier Δη<sub>nuc</sub> [V] of the bare collector surface (carbon ≈ 0.04 V,
 *                         copper ≈ 0.035 V), paid wherever metal plates on bare host
 * @param orientation      which face carries the pre-deposit: {@link Orientation#UPRIGHT} = the
 *                         face towards the separator, {@link Orientation#INVERTED} = the face away
 * @param initialMetal     pre-deposited metal [C/m²] (6 mAh cm⁻² = 216 000 C/m²), ≥ 0
 */
public record AnodeDesign(double hostThickness, double hostPorosity, double fibreDiameter, double substrateBarrier,
		Orientation orientation, double initialMetal) {

	public AnodeDesign {
		if (!(hostThickness >= 0.0) || Double.isInfinite(hostThickness)) {
			throw new IllegalArgumentException("anode: host thickness must be >= 0 m, got " + hostThickness);
		}
		if (hostThickness > 0.0) {
			if (!(hostPorosity > 0.0 && hostPorosity < 1.0)) {
				throw new IllegalArgumentException("anode: host porosity must lie in (0, 1), got " + hostPorosity);
			}
			if (!(fibreDiameter > 0.0) || Double.isInfinite(fibreDiameter)) {
				throw new IllegalArgumentException("anode: fibre diameter must be positive for a porous host, got "
						+ fibreDiameter + " m");
			}
		}
		if (!(substrateBarrier >= 0.0) || Double.isInfinite(substrateBarrier)) {
			throw new IllegalArgumentException("anode: substrate nucleation barrier must be >= 0 V, got " + substrateBarrier);
		}
		if (orientation == null) {
			throw new IllegalArgumentException("anode: orientation (upright or inverted) is missing");
		}
		if (!(initialMetal >= 0.0) || Double.isInfinite(initialMetal)) {
			throw new IllegalArgumentException("anode: pre-deposited metal must be >= 0 C/m2, got " + initialMetal);
		}
	}

	/** A planar foil collector (e.g. Cu) carrying the given metal. */
	public static AnodeDesign foil(double substrateBarrier, double initialMetal) {
		return new AnodeDesign(0.0, 1.0, 0.0, substrateBarrier, Orientation.UPRIGHT, initialMetal);
	}

	/** True for a planar foil (no porous host). */
	public boolean isFoil() {
		return hostThickness == 0.0;
	}

	/** The same electrode flipped: the only difference between the paper's two anodes. */
	public AnodeDesign flipped() {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier,
				orientation == Orientation.UPRIGHT ? Orientation.INVERTED : Orientation.UPRIGHT, initialMetal);
	}

	/** The same electrode with another orientation. */
	public AnodeDesign withOrientation(Orientation newOrientation) {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, newOrientation, initialMetal);
	}

	/** The same electrode with another host thickness [m]. */
	public AnodeDesign withHostThickness(double thickness) {
		return new AnodeDesign(thickness, hostPorosity, fibreDiameter, substrateBarrier, orientation, initialMetal);
	}

	/** The same electrode with another pre-deposit [C/m²]. */
	public AnodeDesign withInitialMetal(double metal) {
		return new AnodeDesign(hostThickness, hostPorosity, fibreDiameter, substrateBarrier, orientation, metal);
	}

	/** A short label, e.g. "inverted host 350 µm ε 0.75, 6 mAh/cm2". */
	public String describe() {
		if (isFoil()) {
			return String.format(Locale.ROOT, "foil, %.3g mAh/cm2", initialMetal / Units.MAH_PER_CM2);
		}
		return String.format(Locale.ROOT, "%s host %.0f µm ε %.2f, %.3g mAh/cm2",
				orientation.name().toLowerCase(Locale.ROOT), hostThickness / Units.MICROMETRE, hostPorosity,
				initialMetal / Units.MAH_PER_CM2);
	}
}
