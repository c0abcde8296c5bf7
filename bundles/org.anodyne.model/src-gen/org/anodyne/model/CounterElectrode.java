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
 * A representation of the model object '<em><b>Counter Electrode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The counter electrode of a full cell (a cathode such as LFP) or half cell (a metal).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.CounterElectrode#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getArealCapacity <em>Areal Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getSpecificCapacity <em>Specific Capacity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getLoading <em>Loading</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getLowerVoltageLimit <em>Lower Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getUpperVoltageLimit <em>Upper Voltage Limit</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getParticleRadius <em>Particle Radius</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getSolidDiffusivity <em>Solid Diffusivity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getMaximumConcentration <em>Maximum Concentration</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getCoatingThickness <em>Coating Thickness</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getCoatingPorosity <em>Coating Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}</li>
 *   <li>{@link org.anodyne.model.CounterElectrode#getOcv <em>Ocv</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCounterElectrode()
 * @model
 * @generated
 */
public interface CounterElectrode extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * The default value is <code>"LFP"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.CounterMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active material of the counter electrode: a cathode (LFP, NMC, LCO), LTO, or a metal for half cells. Unit: none (choice). Typical: LFP for full cells, LTO for Coulombic-efficiency tests. Source: the experiment (Li et al. 2022: LiFePO4 and LTO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see org.anodyne.model.CounterMaterial
	 * @see #setMaterial(CounterMaterial)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Material()
	 * @model default="LFP"
	 * @generated
	 */
	CounterMaterial getMaterial();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see org.anodyne.model.CounterMaterial
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(CounterMaterial value);

	/**
	 * Returns the value of the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal id of a metal counter electrode (material = metal); unused otherwise. Unit: none (registry id). Typical: 'li'. Source: the metal registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metal</em>' attribute.
	 * @see #setMetal(String)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Metal()
	 * @model
	 * @generated
	 */
	String getMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getMetal <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metal</em>' attribute.
	 * @see #getMetal()
	 * @generated
	 */
	void setMetal(String value);

	/**
	 * Returns the value of the '<em><b>Areal Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity of the counter electrode per geometric area; 1 C is this capacity per hour. Unit: mAh/cm2. Typical: 1-4 mAh/cm2. Source: cathode loading times specific capacity (the examples' LFP: 1.5 mAh/cm2, SCIENCE.md section 3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areal Capacity</em>' attribute.
	 * @see #setArealCapacity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_ArealCapacity()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/cm2'"
	 * @generated
	 */
	double getArealCapacity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getArealCapacity <em>Areal Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areal Capacity</em>' attribute.
	 * @see #getArealCapacity()
	 * @generated
	 */
	void setArealCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Specific Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity of the active material per gram. Unit: mAh/g (0 = not given). Typical: 150-160 mAh/g LFP, 175 mAh/g LTO, 180-200 mAh/g NMC. Source: supplier data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specific Capacity</em>' attribute.
	 * @see #setSpecificCapacity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_SpecificCapacity()
	 * @model annotation="http://anodyne.org/model/unit unit='mAh/g'"
	 * @generated
	 */
	double getSpecificCapacity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getSpecificCapacity <em>Specific Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specific Capacity</em>' attribute.
	 * @see #getSpecificCapacity()
	 * @generated
	 */
	void setSpecificCapacity(double value);

	/**
	 * Returns the value of the '<em><b>Loading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass of active material per geometric area. Unit: mg/cm2 (0 = not given). Typical: 5-25 mg/cm2. Source: electrode fabrication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loading</em>' attribute.
	 * @see #setLoading(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Loading()
	 * @model annotation="http://anodyne.org/model/unit unit='mg/cm2'"
	 * @generated
	 */
	double getLoading();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getLoading <em>Loading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loading</em>' attribute.
	 * @see #getLoading()
	 * @generated
	 */
	void setLoading(double value);

	/**
	 * Returns the value of the '<em><b>Lower Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower cut-off voltage of the cell on discharge; a step ends when the cell reaches it. Unit: V (0 = not given). Typical: 2.5 V for Li||LFP, 1.0 V for Li||LTO. Source: the cycling protocol of the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Voltage Limit</em>' attribute.
	 * @see #setLowerVoltageLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_LowerVoltageLimit()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getLowerVoltageLimit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getLowerVoltageLimit <em>Lower Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Voltage Limit</em>' attribute.
	 * @see #getLowerVoltageLimit()
	 * @generated
	 */
	void setLowerVoltageLimit(double value);

	/**
	 * Returns the value of the '<em><b>Upper Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper cut-off voltage of the cell on charge; a step ends when the cell reaches it. Unit: V (0 = not given). Typical: 3.8-4.2 V for Li||LFP, 2.5 V for Li||LTO. Source: the cycling protocol of the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper Voltage Limit</em>' attribute.
	 * @see #setUpperVoltageLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_UpperVoltageLimit()
	 * @model annotation="http://anodyne.org/model/unit unit='V'"
	 * @generated
	 */
	double getUpperVoltageLimit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getUpperVoltageLimit <em>Upper Voltage Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Voltage Limit</em>' attribute.
	 * @see #getUpperVoltageLimit()
	 * @generated
	 */
	void setUpperVoltageLimit(double value);

	/**
	 * Returns the value of the '<em><b>Particle Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Radius of the active-material particles of a cathode; solid-state diffusion over it limits the capacity at high rate (single-particle model: the surface leads the mean state of charge by J R^2/(15 Ds C)). Unit: nm, positive; unset = 52 nm (LiFePO4). Typical: 20-200 nm for carbon-coated LiFePO4 primary particles, 2-8 um for NMC secondary particles. Source: Srinivasan and Newman, J. Electrochem. Soc. 151 (2004) A1517 (LiFePO4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Particle Radius</em>' attribute.
	 * @see #isSetParticleRadius()
	 * @see #unsetParticleRadius()
	 * @see #setParticleRadius(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_ParticleRadius()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='nm'"
	 *        annotation="http://anodyne.org/model/label label='Particle Radius'"
	 * @generated
	 */
	double getParticleRadius();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getParticleRadius <em>Particle Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Particle Radius</em>' attribute.
	 * @see #isSetParticleRadius()
	 * @see #unsetParticleRadius()
	 * @see #getParticleRadius()
	 * @generated
	 */
	void setParticleRadius(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getParticleRadius <em>Particle Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetParticleRadius()
	 * @see #getParticleRadius()
	 * @see #setParticleRadius(double)
	 * @generated
	 */
	void unsetParticleRadius();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getParticleRadius <em>Particle Radius</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Particle Radius</em>' attribute is set.
	 * @see #unsetParticleRadius()
	 * @see #getParticleRadius()
	 * @see #setParticleRadius(double)
	 * @generated
	 */
	boolean isSetParticleRadius();

	/**
	 * Returns the value of the '<em><b>Solid Diffusivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effective diffusivity of lithium in the cathode particles. Unit: cm2/s, positive; unset = 8e-14 cm2/s (LiFePO4). Typical: 1e-16 to 1e-12 cm2/s for LiFePO4 (it depends strongly on the method), 1e-11 to 1e-10 cm2/s for NMC. Source: Srinivasan and Newman, J. Electrochem. Soc. 151 (2004) A1517.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solid Diffusivity</em>' attribute.
	 * @see #isSetSolidDiffusivity()
	 * @see #unsetSolidDiffusivity()
	 * @see #setSolidDiffusivity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_SolidDiffusivity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='cm2/s'"
	 *        annotation="http://anodyne.org/model/label label='Solid Diffusivity'"
	 * @generated
	 */
	double getSolidDiffusivity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getSolidDiffusivity <em>Solid Diffusivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solid Diffusivity</em>' attribute.
	 * @see #isSetSolidDiffusivity()
	 * @see #unsetSolidDiffusivity()
	 * @see #getSolidDiffusivity()
	 * @generated
	 */
	void setSolidDiffusivity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getSolidDiffusivity <em>Solid Diffusivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSolidDiffusivity()
	 * @see #getSolidDiffusivity()
	 * @see #setSolidDiffusivity(double)
	 * @generated
	 */
	void unsetSolidDiffusivity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getSolidDiffusivity <em>Solid Diffusivity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Solid Diffusivity</em>' attribute is set.
	 * @see #unsetSolidDiffusivity()
	 * @see #getSolidDiffusivity()
	 * @see #setSolidDiffusivity(double)
	 * @generated
	 */
	boolean isSetSolidDiffusivity();

	/**
	 * Returns the value of the '<em><b>Particle Exchange Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exchange current density of the insertion reaction per area of particle surface (Butler-Volmer, alpha = 0.5). Unit: mA/cm2, positive; unset = 0.005 mA/cm2 (LiFePO4). Typical: 0.001-0.1 mA/cm2 of particle surface. Source: typical of porous-electrode fits of LiFePO4 (Srinivasan and Newman 2004 use a rate constant of this order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Particle Exchange Current Density</em>' attribute.
	 * @see #isSetParticleExchangeCurrentDensity()
	 * @see #unsetParticleExchangeCurrentDensity()
	 * @see #setParticleExchangeCurrentDensity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_ParticleExchangeCurrentDensity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='mA/cm2'"
	 *        annotation="http://anodyne.org/model/label label='Particle Exchange Current Density'"
	 * @generated
	 */
	double getParticleExchangeCurrentDensity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Particle Exchange Current Density</em>' attribute.
	 * @see #isSetParticleExchangeCurrentDensity()
	 * @see #unsetParticleExchangeCurrentDensity()
	 * @see #getParticleExchangeCurrentDensity()
	 * @generated
	 */
	void setParticleExchangeCurrentDensity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetParticleExchangeCurrentDensity()
	 * @see #getParticleExchangeCurrentDensity()
	 * @see #setParticleExchangeCurrentDensity(double)
	 * @generated
	 */
	void unsetParticleExchangeCurrentDensity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Particle Exchange Current Density</em>' attribute is set.
	 * @see #unsetParticleExchangeCurrentDensity()
	 * @see #getParticleExchangeCurrentDensity()
	 * @see #setParticleExchangeCurrentDensity(double)
	 * @generated
	 */
	boolean isSetParticleExchangeCurrentDensity();

	/**
	 * Returns the value of the '<em><b>Maximum Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concentration of lithium sites in the active material (fully lithiated); with the particle radius it sets the particle surface per geometric area, 3C/(R cmax F). Unit: mol/L, positive; unset = 22.8 mol/L (LiFePO4: 3.6 g/cm3 over 157.8 g/mol). Typical: 20-50 mol/L. Source: computed from the material's density and molar mass.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Concentration</em>' attribute.
	 * @see #isSetMaximumConcentration()
	 * @see #unsetMaximumConcentration()
	 * @see #setMaximumConcentration(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_MaximumConcentration()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='mol/L'"
	 *        annotation="http://anodyne.org/model/label label='Maximum Concentration'"
	 * @generated
	 */
	double getMaximumConcentration();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getMaximumConcentration <em>Maximum Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Concentration</em>' attribute.
	 * @see #isSetMaximumConcentration()
	 * @see #unsetMaximumConcentration()
	 * @see #getMaximumConcentration()
	 * @generated
	 */
	void setMaximumConcentration(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getMaximumConcentration <em>Maximum Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaximumConcentration()
	 * @see #getMaximumConcentration()
	 * @see #setMaximumConcentration(double)
	 * @generated
	 */
	void unsetMaximumConcentration();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getMaximumConcentration <em>Maximum Concentration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Maximum Concentration</em>' attribute is set.
	 * @see #unsetMaximumConcentration()
	 * @see #getMaximumConcentration()
	 * @see #setMaximumConcentration(double)
	 * @generated
	 */
	boolean isSetMaximumConcentration();

	/**
	 * Returns the value of the '<em><b>Coating Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the cathode coating; the electrolyte in its pores carries the current (ohmic L/(3 kappa eps^1.5)) and sets half the salt diffusion path of the cell. Unit: um, positive; unset = 50 um. Typical: 30-120 um for 1-4 mAh/cm2. Source: loading over coating density (1.5 mAh/cm2 LiFePO4 at about 60 % active volume).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coating Thickness</em>' attribute.
	 * @see #isSetCoatingThickness()
	 * @see #unsetCoatingThickness()
	 * @see #setCoatingThickness(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_CoatingThickness()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Coating Thickness'"
	 * @generated
	 */
	double getCoatingThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingThickness <em>Coating Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coating Thickness</em>' attribute.
	 * @see #isSetCoatingThickness()
	 * @see #unsetCoatingThickness()
	 * @see #getCoatingThickness()
	 * @generated
	 */
	void setCoatingThickness(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingThickness <em>Coating Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCoatingThickness()
	 * @see #getCoatingThickness()
	 * @see #setCoatingThickness(double)
	 * @generated
	 */
	void unsetCoatingThickness();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingThickness <em>Coating Thickness</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Coating Thickness</em>' attribute is set.
	 * @see #unsetCoatingThickness()
	 * @see #getCoatingThickness()
	 * @see #setCoatingThickness(double)
	 * @generated
	 */
	boolean isSetCoatingThickness();

	/**
	 * Returns the value of the '<em><b>Coating Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrolyte-filled volume fraction of the cathode coating (Bruggeman transport eps^1.5). Unit: 1, in (0, 1); unset = 0.35. Typical: 0.25-0.45. Source: typical calendered electrodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coating Porosity</em>' attribute.
	 * @see #isSetCoatingPorosity()
	 * @see #unsetCoatingPorosity()
	 * @see #setCoatingPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_CoatingPorosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 *        annotation="http://anodyne.org/model/label label='Coating Porosity'"
	 * @generated
	 */
	double getCoatingPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingPorosity <em>Coating Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coating Porosity</em>' attribute.
	 * @see #isSetCoatingPorosity()
	 * @see #unsetCoatingPorosity()
	 * @see #getCoatingPorosity()
	 * @generated
	 */
	void setCoatingPorosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingPorosity <em>Coating Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCoatingPorosity()
	 * @see #getCoatingPorosity()
	 * @see #setCoatingPorosity(double)
	 * @generated
	 */
	void unsetCoatingPorosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getCoatingPorosity <em>Coating Porosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Coating Porosity</em>' attribute is set.
	 * @see #unsetCoatingPorosity()
	 * @see #getCoatingPorosity()
	 * @see #setCoatingPorosity(double)
	 * @generated
	 */
	boolean isSetCoatingPorosity();

	/**
	 * Returns the value of the '<em><b>Capacity Loss Per Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of the cathode's capacity lost per full cycle of throughput in fresh electrolyte: the cathode side's own fade, independent of the anode (loss of active material by particle isolation or iron dissolution in LiPF6, resistive surface films from electrolyte oxidation); it accelerates as the anode's SEI consumes the electrolyte. Unit: 1 per cycle, in [0, 1); unset = 2.01e-4 (LiFePO4 in LiPF6 EC/DMC, 0.020 % per cycle). Typical: 1e-4 to 5e-4. Source: fitted to the paper's inverted Li||LFP cell, 93.7 % at cycle 300 (Li et al. 2022); LiFePO4's lattice itself hardly degrades (Kim et al., J. Power Sources 229 (2013) 190), so the value lumps what fades the cathode side in that cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity Loss Per Cycle</em>' attribute.
	 * @see #isSetCapacityLossPerCycle()
	 * @see #unsetCapacityLossPerCycle()
	 * @see #setCapacityLossPerCycle(double)
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_CapacityLossPerCycle()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 *        annotation="http://anodyne.org/model/label label='Capacity Loss per Cycle'"
	 * @generated
	 */
	double getCapacityLossPerCycle();

	/**
	 * Sets the value of the '{@link org.anodyne.model.CounterElectrode#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity Loss Per Cycle</em>' attribute.
	 * @see #isSetCapacityLossPerCycle()
	 * @see #unsetCapacityLossPerCycle()
	 * @see #getCapacityLossPerCycle()
	 * @generated
	 */
	void setCapacityLossPerCycle(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.CounterElectrode#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCapacityLossPerCycle()
	 * @see #getCapacityLossPerCycle()
	 * @see #setCapacityLossPerCycle(double)
	 * @generated
	 */
	void unsetCapacityLossPerCycle();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.CounterElectrode#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Capacity Loss Per Cycle</em>' attribute is set.
	 * @see #unsetCapacityLossPerCycle()
	 * @see #getCapacityLossPerCycle()
	 * @see #setCapacityLossPerCycle(double)
	 * @generated
	 */
	boolean isSetCapacityLossPerCycle();

	/**
	 * Returns the value of the '<em><b>Ocv</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.OcvPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open-circuit voltage against state of charge, ascending in state of charge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ocv</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getCounterElectrode_Ocv()
	 * @model containment="true"
	 *        annotation="http://anodyne.org/model/label label='Open-Circuit Voltage Curve'"
	 * @generated
	 */
	EList<OcvPoint> getOcv();

} // CounterElectrode
