package org.anodyne.collector.nanowire.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.collector.nanowire.MetalNanowireArray;
import org.anodyne.collector.nanowire.NanowirePackage;
import org.anodyne.collector.nanowire.validation.NanowireConstraints;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.units.Units;
import org.anodyne.study.geometry.CollectorGeometryGenerator;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PlanarSolid;
import org.anodyne.study.geometry.PolygonSolid;
import org.eclipse.emf.ecore.EAttribute;

/**
 * The metal nanowire array in the solver's cross-section, through Anodyne's published geometry API only:
 * the base foil as a band on the bottom wall and each wire as a rectangle (a {@link PolygonSolid}) of the
 * wire diameter standing on it, one column of the square lattice cut through its wire centres. The number
 * of wires across the periodic width is the nearest whole number to width/spacing, so the pitch is fitted
 * to the width. The host region is the collector's thickness; the pre-deposit fills the forest from the
 * face the anode's orientation says (inverted: from the base up). The surface layer (e.g. CuO) coats the
 * wires within its reach of that face, and the base when the pre-deposit face is the base.
 */
public final class NanowireGeometry implements CollectorGeometryGenerator {

	@Override
	public HostStructure generate(CurrentCollector collector, GeometryContext context) {
		if (!(collector instanceof MetalNanowireArray array)) {
			throw new IllegalArgumentException("the nanowire generator cannot lay out a " + collector.eClass().getName());
		}
		String name = collector.getSubstrate();
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(label(array) + " has no substrate id (e.g. 'copper'); its nucleation"
					+ " barrier cannot be looked up");
		}
		double thickness = positive(array, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		double d = positive(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER);
		double s = positive(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_SPACING);
		double height = positive(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT);
		double base = positive(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__BASE_THICKNESS);
		if (!(s > d)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%s: wire spacing %.3g µm must exceed the wire diameter %.3g µm", label(array), s * 1e6, d * 1e6));
		}
		if (base + height > thickness * (1.0 + 1e-9)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%s: base %.3g µm + wires %.3g µm exceed the host thickness %.3g µm", label(array), base * 1e6,
					height * 1e6, thickness * 1e6));
		}
		double width = context.width();
		int columns = Math.max(1, (int) Math.round(width / s));
		double pitch = width / columns;
		if (pitch <= d) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%s: %d wires of %.3g µm do not fit side by side in the %.3g µm wide cross-section", label(array),
					columns, d * 1e6, width * 1e6));
		}
		double porosity = NanowireConstraints.wireLayerPorosity(d, s);
		double depth = context.surfaceLayerDepth(porosity, d);
		// A wire is one solid with one surface: coated when the end facing the pre-deposit is within reach.
		String foot = context.substrateAt(base, thickness, depth, name);
		String wireSubstrate = foot.equals(name) ? context.substrateAt(base + height, thickness, depth, name) : foot;
		List<PolygonSolid> wires = new ArrayList<>(columns);
		for (int c = 0; c < columns; c++) {
			double centre = (c + 0.5) * pitch;
			wires.add(PolygonSolid.rectangle(centre - 0.5 * d, base, centre + 0.5 * d, base + height, wireSubstrate));
		}
		String baseSubstrate = context.substrateAt(0.5 * base, thickness, depth, name);
		// The lateral gap between wires is what holds a deposit: metal wider than it has no wire beside it.
		return new HostStructure(thickness, thickness, porosity, d, pitch - d, context.orientation(), List.of(),
				List.of(new PlanarSolid(0.0, base, baseSubstrate)), wires);
	}

	private static double positive(MetalNanowireArray array, EAttribute attribute) {
		double value = Units.si(array, attribute);
		if (!(value > 0.0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %s must be positive, got %s", label(array),
					attribute.getName(), Units.format(((Number) array.eGet(attribute)).doubleValue(),
							Units.unitOf(attribute).map(Units.Unit::symbol).orElse("1"))));
		}
		return value;
	}

	private static String label(MetalNanowireArray array) {
		return "Metal nanowire array (" + array.getWireMaterial() + ")";
	}
}
