package org.anodyne.solver.life;

import java.util.Locale;

/**
 * The positive electrode of a full cell: capacity, open-circuit voltage and the cell's safety voltage
 * window. All values SI. It starts fully lithiated (state of charge 0), as assembled.
 * <p>
 * The safety window is what the cycler enforces whatever the protocol says: a charge or discharge
 * step ends when the cell voltage leaves it. A voltage stop outside the window can never be met and
 * is reported before the run starts.
 *
 * @param name              label, e.g. "LiFePO4"
 * @param capacity          areal capacity [C/m²] (1.5 mAh cm⁻² = 54 000 C/m²); also defines 1 C
 * @param ocv               open-circuit voltage against the metal
 * @param lowerVoltageLimit safety lower cell voltage [V]
 * @param upperVoltageLimit safety upper cell voltage [V]
 * @param resistance        area-specific resistance of the cathode (charge transfer, solid and
 *                          pore transport lumped) [Ω m²]
 */
public record CathodeElectrode(String name, double capacity, OcvCurve ocv, double lowerVoltageLimit,
		double upperVoltageLimit, double resistance) {

	public CathodeElectrode {
		if (name == null || name.isBlank()) {
			name = "cathode";
		}
		if (!(capacity > 0.0) || Double.isInfinite(capacity)) {
			throw new IllegalArgumentException("cathode " + name + ": capacity must be positive, got " + capacity + " C/m2");
		}
		if (ocv == null) {
			throw new IllegalArgumentException("cathode " + name + ": open-circuit voltage table is missing");
		}
		if (!(upperVoltageLimit > lowerVoltageLimit) || !Double.isFinite(lowerVoltageLimit)
				|| !Double.isFinite(upperVoltageLimit)) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"cathode %s: voltage limits %.4g .. %.4g V are not an interval", name, lowerVoltageLimit, upperVoltageLimit));
		}
		if (!(resistance >= 0.0) || Double.isInfinite(resistance)) {
			throw new IllegalArgumentException("cathode " + name + ": resistance must be >= 0 ohm m2, got " + resistance);
		}
	}

	/**
	 * LiFePO₄ with the typical OCV of {@link OcvCurve#lithiumIronPhosphate()}, a 2.0–4.3 V safety window
	 * and 20 Ω cm² (2·10⁻³ Ω m²) lumped resistance (*typical*).
	 *
	 * @param capacity [C/m²]
	 */
	public static CathodeElectrode lithiumIronPhosphate(double capacity) {
		return new CathodeElectrode("LiFePO4", capacity, OcvCurve.lithiumIronPhosphate(), 2.0, 4.3, 2e-3);
	}
}
