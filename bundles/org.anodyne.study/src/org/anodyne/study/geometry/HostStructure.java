package org.anodyne.study.geometry;

import java.util.List;

import org.anodyne.solver.deposition.Fibre;
import org.anodyne.solver.deposition.Orientation;

/**
 * The solids a {@link CollectorGeometryGenerator} lays out for one collector, in metres, plus the few
 * numbers the cycle-life coupling needs about the host.
 *
 * @param hostThickness     height of the solver's host region above the bottom wall [m]: the collector
 *                          thickness for a porous host; for a foil, the foil plus the room the metal
 *                          grows into
 * @param collectorThickness thickness of the collector itself [m]
 * @param porosity          pore fraction of the collector, in (0, 1) for porous hosts and 0 for a foil
 * @param solidDiameter     diameter of the host's fibres or ligaments [m]; 0 for a foil
 * @param supportLength     spacing of the host's solids across the thickness [m]: a deposit closer than
 *                          this to the separator has no host solid left to hold it; 0 for a foil
 * @param preDepositFace    the face of the host region the pre-deposit fills from: the anode's
 *                          orientation for a porous host; {@link Orientation#INVERTED} (from the
 *                          bottom, i.e. onto the foil) for a foil lying on the bottom wall
 * @param fibres            circular solids (fibres, ligament sections), possibly overlapping
 * @param planarSolids      bands across the width (foils)
 */
public record HostStructure(double hostThickness, double collectorThickness, double porosity, double solidDiameter,
		double supportLength, Orientation preDepositFace, List<Fibre> fibres, List<PlanarSolid> planarSolids) {

	public HostStructure {
		if (!(hostThickness > 0.0) || Double.isInfinite(hostThickness)) {
			throw new IllegalArgumentException("host thickness must be positive, got " + hostThickness + " m");
		}
		if (!(collectorThickness > 0.0 && collectorThickness <= hostThickness * (1.0 + 1e-12))) {
			throw new IllegalArgumentException("collector thickness must lie in (0, host thickness], got "
					+ collectorThickness + " m");
		}
		if (!(porosity >= 0.0 && porosity < 1.0)) {
			throw new IllegalArgumentException("porosity must lie in [0, 1), got " + porosity);
		}
		if (!(solidDiameter >= 0.0) || !(supportLength >= 0.0)) {
			throw new IllegalArgumentException("solid diameter and support length must be >= 0");
		}
		if (preDepositFace == null) {
			throw new IllegalArgumentException("the pre-deposit face is missing");
		}
		fibres = List.copyOf(fibres);
		planarSolids = List.copyOf(planarSolids);
		if (fibres.isEmpty() && planarSolids.isEmpty()) {
			throw new IllegalArgumentException("a host needs at least one solid (fibre or planar solid)");
		}
	}

	/** True for a dense planar collector (a foil): no pores, the metal sits on its face. */
	public boolean isPlanar() {
		return porosity == 0.0;
	}
}
