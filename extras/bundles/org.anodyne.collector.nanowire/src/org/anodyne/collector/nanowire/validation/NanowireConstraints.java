package org.anodyne.collector.nanowire.validation;

import java.util.Locale;
import java.util.Map;

import org.anodyne.collector.nanowire.MetalNanowireArray;
import org.anodyne.collector.nanowire.NanowirePackage;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.units.Units;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The bodies of the metal nanowire array's invariants. The metamodel declares them as EOperations whose
 * GenModel body calls these methods, so EMF generates {@code NanowireValidator} and registers it in
 * {@code EValidator.Registry} for the package; Anodyne's validation (editor markers, {@code anodyne
 * validate}) then runs them with its own constraints. Each message names the element (the diagnostician's
 * label: kind, name and path) and the offending values with their units; the code is the second datum.
 */
public final class NanowireConstraints {

	/** Diagnostic source of these findings. */
	public static final String SOURCE = "org.anodyne.collector.nanowire";
	/** Largest difference between the porosity attribute and the wire layer's before a warning. */
	static final double POROSITY_TOLERANCE = 0.02;

	private NanowireConstraints() {
	}

	/** Wire diameter, spacing and height and base thickness are positive and finite. */
	public static boolean dimensionsPositive(MetalNanowireArray array, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (EAttribute a : new EAttribute[] { NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER,
				NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_SPACING,
				NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT,
				NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__BASE_THICKNESS }) {
			double value = ((Number) array.eGet(a)).doubleValue();
			if (!(value > 0.0) || Double.isInfinite(value)) {
				ok = false;
				report(diagnostics, context, array, Diagnostic.ERROR, "nanowire-dimension",
						"%s: %s must be positive, got %s", a.getName(), quantity(array, a));
			}
		}
		return ok;
	}

	/** Neighbouring wires do not touch: spacing (centre to centre) > diameter. */
	public static boolean spacingExceedsDiameter(MetalNanowireArray array, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (array.getWireDiameter() > 0.0 && !(array.getWireSpacing() > array.getWireDiameter())) {
			report(diagnostics, context, array, Diagnostic.ERROR, "nanowire-spacing",
					"%s: wire spacing %s must exceed the wire diameter %s (the wires would touch)",
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_SPACING),
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER));
			return false;
		}
		return true;
	}

	/** Base and wires fit in the host: base thickness + wire height ≤ thickness. */
	public static boolean heightWithinThickness(MetalNanowireArray array, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double base = si(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__BASE_THICKNESS);
		double height = si(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT);
		double thickness = si(array, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS);
		if (base + height > thickness * (1.0 + 1e-9)) {
			report(diagnostics, context, array, Diagnostic.ERROR, "nanowire-height",
					"%s: base thickness %s + wire height %s exceed the host thickness %s",
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__BASE_THICKNESS),
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_HEIGHT),
					quantity(array, AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS));
			return false;
		}
		return true;
	}

	/** Warns when the porosity attribute is not the wire layer's, which the geometry uses. */
	public static boolean porosityMatchesWires(MetalNanowireArray array, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double d = array.getWireDiameter();
		double s = array.getWireSpacing();
		if (!(d > 0.0 && s > d)) {
			return true;
		}
		double wires = wireLayerPorosity(d, s);
		if (Math.abs(array.getPorosity() - wires) > POROSITY_TOLERANCE) {
			report(diagnostics, context, array, Diagnostic.WARNING, "nanowire-porosity",
					"%s: porosity %s differs from the wire layer's %s (1 - pi d^2 / (4 s^2) for d %s, s %s); "
							+ "the 2D geometry and the life model use the wire layer's",
					Units.formatNumber(array.getPorosity()), String.format(Locale.ROOT, "%.3f", wires),
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_DIAMETER),
					quantity(array, NanowirePackage.Literals.METAL_NANOWIRE_ARRAY__WIRE_SPACING));
			return false;
		}
		return true;
	}

	/** Pore fraction of a square lattice of wires of diameter d at spacing s: 1 − πd²/(4s²). */
	public static double wireLayerPorosity(double diameter, double spacing) {
		return 1.0 - Math.PI * diameter * diameter / (4.0 * spacing * spacing);
	}

	private static double si(MetalNanowireArray array, EAttribute attribute) {
		return Units.si(array, attribute);
	}

	private static String quantity(MetalNanowireArray array, EAttribute attribute) {
		double value = ((Number) array.eGet(attribute)).doubleValue();
		return Units.format(value, Units.unitOf(attribute).map(Units.Unit::symbol).orElse("1"));
	}

	private static void report(DiagnosticChain diagnostics, Map<Object, Object> context, MetalNanowireArray array,
			int severity, String code, String format, Object... args) {
		if (diagnostics == null) {
			return;
		}
		Object[] all = new Object[args.length + 1];
		all[0] = EObjectValidator.getObjectLabel(array, context);
		System.arraycopy(args, 0, all, 1, args.length);
		diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, String.format(Locale.ROOT, format, all),
				new Object[] { array, code }));
	}
}
