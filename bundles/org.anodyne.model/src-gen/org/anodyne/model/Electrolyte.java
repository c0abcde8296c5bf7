/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Electrolyte</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A binary z:z liquid electrolyte.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Electrolyte#getSalt <em>Salt</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getConcentration <em>Concentration</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getSolvents <em>Solvents</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getAdditives <em>Additives</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getDiffusionCoefficient <em>Diffusion Coefficient</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getTransferenceNumber <em>Transference Number</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getConductivity <em>Conductivity</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getExchangeCurrentDensity <em>Exchange Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getSolventMolarVolume <em>Solvent Molar Volume</em>}</li>
 *   <li>{@link org.anodyne.model.Electrolyte#getMetalPairs <em>Metal Pairs</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getElectrolyte()
 * @model
 * @generated
 */
public interface Electrolyte extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Salt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The conducting salt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Salt</em>' containment reference.
	 * @see #setSalt(Salt)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_Salt()
	 * @model containment="true"
	 * @generated
	 */
	Salt getSalt();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getSalt <em>Salt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Salt</em>' containment reference.
	 * @see #getSalt()
	 * @generated
	 */
	void setSalt(Salt value);

	/**
	 * Returns the value of the '<em><b>Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Salt concentration c0 of the fresh electrolyte; with D and t+ it sets the limiting current and Sand's time. Unit: mol/L. Typical: 1 mol/L (0.5-4 mol/L). Source: the recipe (Li et al. 2022: 1 M).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concentration</em>' attribute.
	 * @see #setConcentration(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_Concentration()
	 * @model annotation="http://anodyne.org/model/unit unit='mol/L'"
	 * @generated
	 */
	double getConcentration();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getConcentration <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concentration</em>' attribute.
	 * @see #getConcentration()
	 * @generated
	 */
	void setConcentration(double value);

	/**
	 * Returns the value of the '<em><b>Solvents</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.SolventComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solvents and their volume ratio.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solvents</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_Solvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<SolventComponent> getSolvents();

	/**
	 * Returns the value of the '<em><b>Additives</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.Additive}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Additives, e.g. 2 wt% LiNO3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additives</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_Additives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Additive> getAdditives();

	/**
	 * Returns the value of the '<em><b>Diffusion Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Salt (ambipolar) diffusion coefficient D. Unit: m2/s. Typical: 2-4e-10 m2/s at 1 M. Source: Li et al. 2022: 2.93e-10 m2/s (ether); 3.2e-10 m2/s for 1 M LiPF6 EC/DMC, typical (SCIENCE.md section 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diffusion Coefficient</em>' attribute.
	 * @see #setDiffusionCoefficient(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_DiffusionCoefficient()
	 * @model annotation="http://anodyne.org/model/unit unit='m2/s'"
	 * @generated
	 */
	double getDiffusionCoefficient();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getDiffusionCoefficient <em>Diffusion Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diffusion Coefficient</em>' attribute.
	 * @see #getDiffusionCoefficient()
	 * @generated
	 */
	void setDiffusionCoefficient(double value);

	/**
	 * Returns the value of the '<em><b>Transference Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cation transference number t+: the share of the ionic current the cation carries; the anion's share (1 - t+) is what depletes salt at a plating surface. Unit: 1 (dimensionless, in (0,1)). Typical: 0.26-0.38 carbonate LiPF6, 0.4-0.5 ether LiTFSI. Source: typical (SCIENCE.md section 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transference Number</em>' attribute.
	 * @see #setTransferenceNumber(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_TransferenceNumber()
	 * @model annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getTransferenceNumber();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getTransferenceNumber <em>Transference Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transference Number</em>' attribute.
	 * @see #getTransferenceNumber()
	 * @generated
	 */
	void setTransferenceNumber(double value);

	/**
	 * Returns the value of the '<em><b>Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ionic conductivity kappa of the bulk electrolyte; in a porous medium it is reduced by porosity over tortuosity. Unit: S/m (1 S/m = 10 mS/cm). Typical: 1.0-1.2 S/m for 1 M Li electrolytes. Source: typical (SCIENCE.md section 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conductivity</em>' attribute.
	 * @see #setConductivity(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_Conductivity()
	 * @model annotation="http://anodyne.org/model/unit unit='S/m'"
	 * @generated
	 */
	double getConductivity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getConductivity <em>Conductivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conductivity</em>' attribute.
	 * @see #getConductivity()
	 * @generated
	 */
	void setConductivity(double value);

	/**
	 * Returns the value of the '<em><b>Exchange Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exchange current density i0 of the metal's plating/stripping reaction in this electrolyte, per real surface area, including the SEI; sets the charge-transfer overpotential (about RT/F times J/i0 when small). Unit: mA/cm2. Typical: 1-7 mA/cm2 for Li; 0.8-1.2 mA/cm2 effective in the paper's cells. Source: typical (SCIENCE.md section 5); the examples' 0.7873 mA/cm2 (ether) is calibrated on the paper's first-cycle overpotentials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exchange Current Density</em>' attribute.
	 * @see #setExchangeCurrentDensity(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_ExchangeCurrentDensity()
	 * @model annotation="http://anodyne.org/model/unit unit='mA/cm2'"
	 * @generated
	 */
	double getExchangeCurrentDensity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getExchangeCurrentDensity <em>Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exchange Current Density</em>' attribute.
	 * @see #getExchangeCurrentDensity()
	 * @generated
	 */
	void setExchangeCurrentDensity(double value);

	/**
	 * Returns the value of the '<em><b>Cathodic Transfer Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cathodic transfer coefficient of the metal's plating reaction in this electrolyte (the anodic one is the charge number minus it), dimensionless, in (0, z). Unset: 0.5, symmetric Butler-Volmer (the library value of every pair).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cathodic Transfer Coefficient</em>' attribute.
	 * @see #isSetCathodicTransferCoefficient()
	 * @see #unsetCathodicTransferCoefficient()
	 * @see #setCathodicTransferCoefficient(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_CathodicTransferCoefficient()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getCathodicTransferCoefficient();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cathodic Transfer Coefficient</em>' attribute.
	 * @see #isSetCathodicTransferCoefficient()
	 * @see #unsetCathodicTransferCoefficient()
	 * @see #getCathodicTransferCoefficient()
	 * @generated
	 */
	void setCathodicTransferCoefficient(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.Electrolyte#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCathodicTransferCoefficient()
	 * @see #getCathodicTransferCoefficient()
	 * @see #setCathodicTransferCoefficient(double)
	 * @generated
	 */
	void unsetCathodicTransferCoefficient();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.Electrolyte#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cathodic Transfer Coefficient</em>' attribute is set.
	 * @see #unsetCathodicTransferCoefficient()
	 * @see #getCathodicTransferCoefficient()
	 * @see #setCathodicTransferCoefficient(double)
	 * @generated
	 */
	boolean isSetCathodicTransferCoefficient();

	/**
	 * Returns the value of the '<em><b>Solvent Molar Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Molar volume of the solvent the SEI consumes, in cm3/mol, positive: the electrolyte volume one mole of reduced solvent removes. Unset: the solvent family's library value, 87 (DOL/DME, the equimolar mean of 69.9 and 103.8) or 75 (EC/DMC, of 66.7 and 84.2), computed from the solvents' molar masses and densities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solvent Molar Volume</em>' attribute.
	 * @see #isSetSolventMolarVolume()
	 * @see #unsetSolventMolarVolume()
	 * @see #setSolventMolarVolume(double)
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_SolventMolarVolume()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='cm3/mol'"
	 * @generated
	 */
	double getSolventMolarVolume();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Electrolyte#getSolventMolarVolume <em>Solvent Molar Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solvent Molar Volume</em>' attribute.
	 * @see #isSetSolventMolarVolume()
	 * @see #unsetSolventMolarVolume()
	 * @see #getSolventMolarVolume()
	 * @generated
	 */
	void setSolventMolarVolume(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.Electrolyte#getSolventMolarVolume <em>Solvent Molar Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSolventMolarVolume()
	 * @see #getSolventMolarVolume()
	 * @see #setSolventMolarVolume(double)
	 * @generated
	 */
	void unsetSolventMolarVolume();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.Electrolyte#getSolventMolarVolume <em>Solvent Molar Volume</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Solvent Molar Volume</em>' attribute is set.
	 * @see #unsetSolventMolarVolume()
	 * @see #getSolventMolarVolume()
	 * @see #setSolventMolarVolume(double)
	 * @generated
	 */
	boolean isSetSolventMolarVolume();

	/**
	 * Returns the value of the '<em><b>Metal Pairs</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.MetalElectrolytePair}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degradation behaviour of metals in this electrolyte (SEI, morphology, dead metal), at most one per metal; a metal without one uses the life model's library values for its solvent family.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metal Pairs</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getElectrolyte_MetalPairs()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetalElectrolytePair> getMetalPairs();

} // Electrolyte
