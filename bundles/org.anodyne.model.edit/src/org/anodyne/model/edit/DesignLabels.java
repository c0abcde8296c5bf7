/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.anodyne.model.Additive;
import org.anodyne.model.Anode;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.DurationStop;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.Foil;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.NamedElement;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.Protocol;
import org.anodyne.model.Salt;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.Step;
import org.anodyne.model.Study;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.StudyKind;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.WovenTows;
import org.anodyne.model.protocol.ProtocolText;
import org.anodyne.model.sweep.SweepPoints;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EObject;

/**
 * Labels a battery engineer reads at a glance, with units: {@code "Carbon cloth · 350 µm · ε 0.75"},
 * {@code "Plate at 0.25 mA/cm2 for 1 mAh/cm2"}, {@code "Retention 0.937 at cycle 300"}. Used by the
 * item providers of {@link AnodyneEditing} and usable wherever a design element is shown (CLI,
 * reports). A current collector from another package gets the same form from its class name.
 */
public final class DesignLabels {

	private static final String SEP = " · ";

	private DesignLabels() {
	}

	/** The label of a design element, or {@code null} for an object that is not one. */
	public static String text(Object object) {
		return switch (object) {
		case CellDesign d -> nameOr(d, "Cell design");
		case MaterialLibrary l -> "Materials";
		case Cell c -> cell(c);
		case Anode a -> anode(a);
		case CurrentCollector c -> collector(c);
		case SurfaceLayer l -> join("Surface layer", l.getSubstrate(), Units.format(l.getThickness(), "nm"));
		case WovenTows t -> join("Woven tows", t.getFibresPerTow() + " fibres per tow",
				"pitch " + Units.format(t.getTowPitch(), "um"));
		case StaggeredLattice s -> join("Staggered lattice", "pitch " + Units.format(s.getXPitch(), "um"),
				"rows " + Units.format(s.getRowPitch(), "um"));
		case Electrolyte e -> electrolyte(e);
		case MetalElectrolytePair m -> metalPair(m);
		case Salt s -> join("Salt " + nz(s.getName()), s.getCationCharge() + ":" + s.getAnionCharge());
		case SolventComponent s -> join(nz(s.getName()), Units.formatNumber(s.getVolumeParts()) + " parts by volume");
		case Additive a -> join(nz(a.getName()), Units.format(a.getMassFraction(), "wt%"));
		case org.anodyne.model.Separator s -> join(nameOr(s, "Separator"), Units.format(s.getThickness(), "um"),
				"ε " + Units.formatNumber(s.getPorosity()));
		case CounterElectrode c -> counter(c);
		case OcvPoint p ->
			"SOC " + Units.formatNumber(p.getStateOfCharge()) + " → " + Units.format(p.getVoltage(), "V");
		case Protocol p ->
			join(nameOr(p, "Protocol"), p.getSteps().size() + (p.getSteps().size() == 1 ? " step" : " steps"));
		case Step s -> ProtocolText.printStep(s);
		case DurationStop d -> "for " + Units.formatNumber(d.getDuration()) + " " + d.getUnit().getLiteral();
		case CapacityStop c -> "for " + Units.format(c.getCapacity(), "mAh/cm2");
		case VoltageStop v -> "until " + Units.format(v.getVoltage(), "V");
		case Study s -> study(s);
		case SolverSettings s -> join("Solver", "grid " + Units.format(s.getGridSpacing(), "um"),
				"Δt ≤ " + Units.format(s.getTimeStep(), "s"), "width " + Units.format(s.getDomainWidth(), "um"));
		case LifeModelParameters l -> join("Life-model parameters", l.getOverrides().isEmpty()
				? null
				: l.getOverrides().size() + " overrides");
		case ParameterValue p -> nz(p.getName()) + " = " + Units.formatNumber(p.getValue())
				+ (p.getUnit() == null || p.getUnit().isBlank() || "1".equals(p.getUnit())
						? ""
						: " " + Units.display(p.getUnit()));
		case NucleationBarrierOverride b -> join("Nucleation barrier on " + nz(b.getSubstrate()),
				Units.format(b.getBarrier(), "mV"));
		case MeasuredPoint m -> measured(m);
		case Sweep w -> join(nameOr(w, "Sweep"), SweepPoints.count(w) + " points of "
				+ (w.getStudy() == null ? "?" : nameOr(w.getStudy(), "study")), w.getSampling().getLiteral());
		case SweepParameter p -> sweepParameter(p);
		default -> null;
		};
	}

	/** "host thickness · 250, 300, 350 um" or "current density · 0.25 … 1 mA/cm2, 3 linear". */
	private static String sweepParameter(SweepParameter p) {
		String unit = p.getUnit() == null || p.getUnit().isBlank() ? "" : " " + Units.display(p.getUnit());
		String values = switch (p.getSpacing()) {
		case LIST -> String.join(", ", p.getValues().stream().map(Units::formatNumber).toList()) + unit;
		case LINEAR, LOGARITHMIC -> Units.formatNumber(p.getFrom()) + " … " + Units.formatNumber(p.getTo()) + unit
				+ ", " + p.getCount() + " " + p.getSpacing().getLiteral();
		};
		return join(SweepPoints.name(p), values);
	}

	private static String cell(Cell c) {
		return join(nameOr(c, "Cell"), c.getConfiguration().getLiteral(), c.getFormat().getLiteral(),
				c.getAnode() == null ? null : c.getAnode().getOrientation().getLiteral());
	}

	/** "Li anode · inverted · 6 mAh cm⁻² pre-deposited"; a symmetric cell's second one reads "Li counter anode". */
	private static String anode(Anode a) {
		String metal = a.getMetal() == null ? "?" : capitalise(a.getMetal());
		String role = a.eContainmentFeature() == AnodynePackage.Literals.CELL__COUNTER_ANODE
				? " counter anode"
				: " anode";
		return join(metal + role, a.getOrientation().getLiteral(), a.getPreDepositLoading() > 0
				? Units.format(a.getPreDepositLoading(), "mAh/cm2") + " pre-deposited"
				: "no pre-deposit");
	}

	/** "Carbon cloth · 350 µm · ε 0.75"; a foil has no porosity to show. */
	private static String collector(CurrentCollector c) {
		String kind = capitalise(words(c.eClass().getName()));
		if (c instanceof Foil) {
			return join(kind, nz(c.getSubstrate()), Units.format(c.getThickness(), "um"));
		}
		String label = join(kind, Units.format(c.getThickness(), "um"), "ε " + Units.formatNumber(c.getPorosity()));
		if (c instanceof CarbonCloth cloth && cloth.getFibreDiameter() > 0) {
			label = join(label, "fibre Ø " + Units.format(cloth.getFibreDiameter(), "um"));
		}
		return label;
	}

	/**
	 * "Li in this electrolyte · own values, uncalibrated": values a design sets replace the life model's
	 * calibrated library values, so the label says they are no longer calibrated.
	 */
	private static String metalPair(MetalElectrolytePair m) {
		long own = m.eClass().getEAllAttributes().stream().filter(a -> a.isUnsettable() && m.eIsSet(a)).count();
		return join(nz(m.getMetal()) + " in this electrolyte",
				own == 0 ? "library values" : own + (own == 1 ? " own value" : " own values") + ", uncalibrated");
	}

	private static String electrolyte(Electrolyte e) {
		List<String> parts = new ArrayList<>();
		parts.add(nameOr(e, "Electrolyte"));
		String salt = e.getSalt() == null ? "?" : nz(e.getSalt().getName());
		parts.add(Units.formatNumber(e.getConcentration()) + " M " + salt);
		if (!e.getSolvents().isEmpty()) {
			parts.add(e.getSolvents().stream().map(s -> nz(s.getName())).collect(Collectors.joining("/")) + " "
					+ e.getSolvents().stream().map(s -> Units.formatNumber(s.getVolumeParts()))
							.collect(Collectors.joining(":")));
		}
		for (Additive a : e.getAdditives()) {
			parts.add("+ " + Units.format(a.getMassFraction(), "wt%") + " " + nz(a.getName()));
		}
		return join(parts.toArray(String[]::new));
	}

	private static String counter(CounterElectrode c) {
		if (c.getMaterial() == CounterMaterial.METAL) {
			return join(nameOr(c, "Counter electrode"), capitalise(nz(c.getMetal())) + " metal");
		}
		return join(nameOr(c, "Counter electrode"), c.getMaterial().getLiteral(),
				Units.format(c.getArealCapacity(), "mAh/cm2"));
	}

	private static String study(Study s) {
		String kind = s.getKind() == StudyKind.DEPOSITION_2D ? "2D deposition" : "cycle life";
		return join(nameOr(s, "Study"), kind, s.getCell() == null ? null : nameOr(s.getCell(), "?"));
	}

	private static String measured(MeasuredPoint m) {
		String what = capitalise(m.getQuantity().getLiteral().replace('_', ' '));
		String unit = m.getUnit() == null || m.getUnit().isBlank() || "1".equals(m.getUnit())
				? ""
				: " " + Units.display(m.getUnit());
		String when = m.isSetCycle()
				? " at cycle " + m.getCycle()
				: m.isSetHour() ? " at " + Units.format(m.getHour(), "h") : "";
		return what + " " + Units.formatNumber(m.getValue()) + unit + when;
	}

	private static String nameOr(NamedElement e, String fallback) {
		return e.getName() == null || e.getName().isBlank() ? fallback : e.getName();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String join(String... parts) {
		StringBuilder b = new StringBuilder();
		for (String part : parts) {
			if (part == null || part.isBlank()) {
				continue;
			}
			if (!b.isEmpty()) {
				b.append(SEP);
			}
			b.append(part);
		}
		return b.toString();
	}

	/** A class name as words: {@code ConductiveFabric} reads "conductive fabric". */
	public static String words(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** Whether the object is a design element these labels know (ours or a subclass from elsewhere). */
	public static boolean isDesignElement(Object object) {
		return object instanceof EObject e && text(e) != null;
	}
}
