/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.metals;

import java.util.List;
import java.util.Map;

import org.anodyne.model.Additive;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.Salt;
import org.anodyne.model.SolventComponent;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A ready-made electrolyte as contributed to the extension point {@code org.anodyne.electrolytePresets}
 * (schema {@code schema/electrolytePresets.exsd}): the recipe and the transport and kinetic numbers
 * of one salt of a metal, in the model's units, and optionally the life-model values of that metal in
 * it ({@link MetalElectrolytePair} attributes by name, in the attribute's model unit). A preset with
 * pair values makes the life model treat the pair as uncalibrated for that metal.
 *
 * @param id                     stable id, also the id of the electrolyte it creates
 * @param name                   display name
 * @param description            recipe and where the numbers come from
 * @param metal                  metal id of the salt's cation (metal registry)
 * @param cationCharge           charge number z of the cation (z:z salts only)
 * @param salt                   salt formula, e.g. {@code NaPF6}
 * @param anion                  anion name, e.g. {@code PF6}
 * @param concentration          salt concentration [mol/L]
 * @param solvents               solvents, mixed in equal parts by volume
 * @param additives              additive name → mass fraction [wt%]
 * @param diffusionCoefficient   salt diffusion coefficient [m²/s]
 * @param transferenceNumber     cation transference number t₊ [1]
 * @param conductivity           ionic conductivity κ [S/m]
 * @param exchangeCurrentDensity exchange current density of the metal in it [mA/cm²]
 * @param pairValues             {@link MetalElectrolytePair} attribute name → value in its model unit
 * @param source                 literature the numbers come from
 * @param contributor            symbolic name of the contributing bundle
 */
public record ElectrolytePreset(String id, String name, String description, String metal, int cationCharge,
		String salt, String anion, double concentration, List<String> solvents, Map<String, Double> additives,
		double diffusionCoefficient, double transferenceNumber, double conductivity, double exchangeCurrentDensity,
		Map<String, Double> pairValues, String source, String contributor) {

	public ElectrolytePreset {
		solvents = List.copyOf(solvents);
		additives = Map.copyOf(additives);
		pairValues = Map.copyOf(pairValues);
	}

	/** The {@link MetalElectrolytePair} attribute with this name, if there is one a preset may set. */
	public static EAttribute pairAttribute(String name) {
		EStructuralFeature feature = AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR.getEStructuralFeature(name);
		return feature instanceof EAttribute attribute && attribute.isUnsettable() ? attribute : null;
	}

	/** A new model electrolyte with this preset's recipe and numbers; its id is the preset's. */
	public Electrolyte create() {
		AnodyneFactory f = AnodyneFactory.eINSTANCE;
		Electrolyte electrolyte = f.createElectrolyte();
		electrolyte.setId(id);
		electrolyte.setName(name);
		electrolyte.setDescription(description);
		Salt s = f.createSalt();
		s.setName(salt);
		s.setCation(metal);
		s.setCationCharge(cationCharge);
		s.setAnion(anion);
		s.setAnionCharge(cationCharge);
		electrolyte.setSalt(s);
		electrolyte.setConcentration(concentration);
		for (String solventName : solvents) {
			SolventComponent solvent = f.createSolventComponent();
			solvent.setName(solventName);
			electrolyte.getSolvents().add(solvent);
		}
		additives.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			Additive additive = f.createAdditive();
			additive.setName(entry.getKey());
			additive.setMassFraction(entry.getValue());
			electrolyte.getAdditives().add(additive);
		});
		electrolyte.setDiffusionCoefficient(diffusionCoefficient);
		electrolyte.setTransferenceNumber(transferenceNumber);
		electrolyte.setConductivity(conductivity);
		electrolyte.setExchangeCurrentDensity(exchangeCurrentDensity);
		if (!pairValues.isEmpty()) {
			MetalElectrolytePair pair = f.createMetalElectrolytePair();
			pair.setMetal(metal);
			pairValues.entrySet().stream().sorted(Map.Entry.comparingByKey())
					.forEach(entry -> pair.eSet(pairAttribute(entry.getKey()), entry.getValue()));
			electrolyte.getMetalPairs().add(pair);
		}
		return electrolyte;
	}
}
