/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metal Electrolyte Pair</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a metal degrades in the electrolyte that contains this element: SEI formation, deposit morphology and dead metal, keyed by metal and electrolyte. A value left unset takes the life model's library value for the metal and the electrolyte's solvent family (Li in ethers and in carbonates are calibrated on Li et al., Adv. Energy Mater. 2022; every other pair is uncalibrated and says so in its results). One set serves every collector, orientation and current.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getMetal <em>Metal</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea <em>Sei Charge Per Area</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance <em>Sei Film Resistance</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate <em>Sei Calendar Rate</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter <em>Whisker Diameter</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getMossPorosity <em>Moss Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getDendritePorosity <em>Dendrite Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getIsolationProbability <em>Isolation Probability</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}</li>
 *   <li>{@link org.anodyne.model.MetalElectrolytePair#getCoverageCharge <em>Coverage Charge</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair()
 * @model
 * @generated
 */
public interface MetalElectrolytePair extends EObject {
	/**
	 * Returns the value of the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the metal in the metal registry (e.g. li, as the lithium plug-in contributes it) whose behaviour in this electrolyte the values describe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metal</em>' attribute.
	 * @see #setMetal(String)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_Metal()
	 * @model
	 * @generated
	 */
	String getMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getMetal <em>Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metal</em>' attribute.
	 * @see #getMetal()
	 * @generated
	 */
	void setMetal(String value);

	/**
	 * Returns the value of the '<em><b>Sei Charge Per Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Charge bound in SEI that passivates one square metre of freshly exposed metal surface, in C/m2, at least 0. Typical 0.1-1; 0.5 C/m2 is 5 µmol/m2 of Li, about 0.05 nm of SEI (earlier documented as 50 nm, a unit slip), the formation charge of the fresh film, which the calendar term then grows to the 1-10 nm of Peled (1979) within minutes. Library: 0.5 for Li in ethers and in carbonates (literature-typical).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sei Charge Per Area</em>' attribute.
	 * @see #isSetSeiChargePerArea()
	 * @see #unsetSeiChargePerArea()
	 * @see #setSeiChargePerArea(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_SeiChargePerArea()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='C/m2'"
	 * @generated
	 */
	double getSeiChargePerArea();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea <em>Sei Charge Per Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sei Charge Per Area</em>' attribute.
	 * @see #isSetSeiChargePerArea()
	 * @see #unsetSeiChargePerArea()
	 * @see #getSeiChargePerArea()
	 * @generated
	 */
	void setSeiChargePerArea(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea <em>Sei Charge Per Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeiChargePerArea()
	 * @see #getSeiChargePerArea()
	 * @see #setSeiChargePerArea(double)
	 * @generated
	 */
	void unsetSeiChargePerArea();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea <em>Sei Charge Per Area</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sei Charge Per Area</em>' attribute is set.
	 * @see #unsetSeiChargePerArea()
	 * @see #getSeiChargePerArea()
	 * @see #setSeiChargePerArea(double)
	 * @generated
	 */
	boolean isSetSeiChargePerArea();

	/**
	 * Returns the value of the '<em><b>Sei Film Resistance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ionic resistance of the SEI on metal aged in the electrolyte, per area of metal surface, in ohm cm2, at least 0; the whiskers of a mossy deposit react through it. Typical 10-1000 (impedance of cycled Li). Library: 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sei Film Resistance</em>' attribute.
	 * @see #isSetSeiFilmResistance()
	 * @see #unsetSeiFilmResistance()
	 * @see #setSeiFilmResistance(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_SeiFilmResistance()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='ohm cm2'"
	 * @generated
	 */
	double getSeiFilmResistance();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance <em>Sei Film Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sei Film Resistance</em>' attribute.
	 * @see #isSetSeiFilmResistance()
	 * @see #unsetSeiFilmResistance()
	 * @see #getSeiFilmResistance()
	 * @generated
	 */
	void setSeiFilmResistance(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance <em>Sei Film Resistance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeiFilmResistance()
	 * @see #getSeiFilmResistance()
	 * @see #setSeiFilmResistance(double)
	 * @generated
	 */
	void unsetSeiFilmResistance();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance <em>Sei Film Resistance</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sei Film Resistance</em>' attribute is set.
	 * @see #unsetSeiFilmResistance()
	 * @see #getSeiFilmResistance()
	 * @see #setSeiFilmResistance(double)
	 * @generated
	 */
	boolean isSetSeiFilmResistance();

	/**
	 * Returns the value of the '<em><b>Sei Calendar Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parabolic calendar SEI growth on exposed metal, Q = k a sqrt(t), in C/m2/sqrt(s), at least 0. Typical 0.01-0.5. Library, both from Boyle et al., Nature Energy 6 (2021) 487 (2-3 % of plated Li lost in a 24 h rest, a figure not specific to either electrolyte) over the whisker surface the model gives a 1 mAh/cm2 deposit plated at 0.5 mA/cm2 on a foil: Li/ether 0.30 (10 m2 per m2 of its coarse grains), Li/carbonate 0.06 (50 m2 per m2 of its thin whiskers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sei Calendar Rate</em>' attribute.
	 * @see #isSetSeiCalendarRate()
	 * @see #unsetSeiCalendarRate()
	 * @see #setSeiCalendarRate(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_SeiCalendarRate()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='C/m2/sqrt(s)'"
	 * @generated
	 */
	double getSeiCalendarRate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate <em>Sei Calendar Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sei Calendar Rate</em>' attribute.
	 * @see #isSetSeiCalendarRate()
	 * @see #unsetSeiCalendarRate()
	 * @see #getSeiCalendarRate()
	 * @generated
	 */
	void setSeiCalendarRate(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate <em>Sei Calendar Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeiCalendarRate()
	 * @see #getSeiCalendarRate()
	 * @see #setSeiCalendarRate(double)
	 * @generated
	 */
	void unsetSeiCalendarRate();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate <em>Sei Calendar Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sei Calendar Rate</em>' attribute is set.
	 * @see #unsetSeiCalendarRate()
	 * @see #getSeiCalendarRate()
	 * @see #setSeiCalendarRate(double)
	 * @generated
	 */
	boolean isSetSeiCalendarRate();

	/**
	 * Returns the value of the '<em><b>Whisker Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diameter of the whiskers or nodules of a mossy deposit grown on metal at a local current density of 1 mA/cm2, in um, positive: it sets the deposit's surface (4/d per volume) and the length over which stripping pinches whiskers off. Grains scale with the inverse of the plating overpotential (Pei et al., Nano Lett. 2017), so they are coarser where a host spreads the current and finer on bare collector above its barrier. Typical 0.1-5; library Li/ether 1 (LiNO3 nodules), Li/carbonate 0.2 (thin whiskers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Whisker Diameter</em>' attribute.
	 * @see #isSetWhiskerDiameter()
	 * @see #unsetWhiskerDiameter()
	 * @see #setWhiskerDiameter(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_WhiskerDiameter()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getWhiskerDiameter();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter <em>Whisker Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Whisker Diameter</em>' attribute.
	 * @see #isSetWhiskerDiameter()
	 * @see #unsetWhiskerDiameter()
	 * @see #getWhiskerDiameter()
	 * @generated
	 */
	void setWhiskerDiameter(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter <em>Whisker Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWhiskerDiameter()
	 * @see #getWhiskerDiameter()
	 * @see #setWhiskerDiameter(double)
	 * @generated
	 */
	void unsetWhiskerDiameter();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter <em>Whisker Diameter</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Whisker Diameter</em>' attribute is set.
	 * @see #unsetWhiskerDiameter()
	 * @see #getWhiskerDiameter()
	 * @see #setWhiskerDiameter(double)
	 * @generated
	 */
	boolean isSetWhiskerDiameter();

	/**
	 * Returns the value of the '<em><b>Moss Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Porosity of metal plated before Sand's time (mossy, root-growing), dimensionless, in (0,1). Typical 0.3-0.7; library Li/ether 0.4, Li/carbonate 0.6.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moss Porosity</em>' attribute.
	 * @see #isSetMossPorosity()
	 * @see #unsetMossPorosity()
	 * @see #setMossPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_MossPorosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getMossPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getMossPorosity <em>Moss Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moss Porosity</em>' attribute.
	 * @see #isSetMossPorosity()
	 * @see #unsetMossPorosity()
	 * @see #getMossPorosity()
	 * @generated
	 */
	void setMossPorosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getMossPorosity <em>Moss Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMossPorosity()
	 * @see #getMossPorosity()
	 * @see #setMossPorosity(double)
	 * @generated
	 */
	void unsetMossPorosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getMossPorosity <em>Moss Porosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Moss Porosity</em>' attribute is set.
	 * @see #unsetMossPorosity()
	 * @see #getMossPorosity()
	 * @see #setMossPorosity(double)
	 * @generated
	 */
	boolean isSetMossPorosity();

	/**
	 * Returns the value of the '<em><b>Dendrite Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Porosity of metal plated after Sand's time (tip-growing dendrites), dimensionless, in (0,1). Typical 0.7-0.9 (Bai et al. 2016); library 0.8 ether, 0.85 carbonate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dendrite Porosity</em>' attribute.
	 * @see #isSetDendritePorosity()
	 * @see #unsetDendritePorosity()
	 * @see #setDendritePorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_DendritePorosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getDendritePorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getDendritePorosity <em>Dendrite Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dendrite Porosity</em>' attribute.
	 * @see #isSetDendritePorosity()
	 * @see #unsetDendritePorosity()
	 * @see #getDendritePorosity()
	 * @generated
	 */
	void setDendritePorosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getDendritePorosity <em>Dendrite Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDendritePorosity()
	 * @see #getDendritePorosity()
	 * @see #setDendritePorosity(double)
	 * @generated
	 */
	void unsetDendritePorosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getDendritePorosity <em>Dendrite Porosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dendrite Porosity</em>' attribute is set.
	 * @see #unsetDendritePorosity()
	 * @see #getDendritePorosity()
	 * @see #setDendritePorosity(double)
	 * @generated
	 */
	boolean isSetDendritePorosity();

	/**
	 * Returns the value of the '<em><b>Isolation Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of a thick deposit with no host solid near it left electronically isolated (dead) after stripping, dimensionless, in [0,1); thinner and supported deposits leave less. Library Li/ether 0.03072 (fitted: upright Li||CC failing at 1100 h at 0.25 mA/cm2), Li/carbonate 0.005 (estimated; Fang et al., Nature 2019, measure about 5 % inactive Li on bare Cu).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isolation Probability</em>' attribute.
	 * @see #isSetIsolationProbability()
	 * @see #unsetIsolationProbability()
	 * @see #setIsolationProbability(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_IsolationProbability()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getIsolationProbability();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getIsolationProbability <em>Isolation Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolation Probability</em>' attribute.
	 * @see #isSetIsolationProbability()
	 * @see #unsetIsolationProbability()
	 * @see #getIsolationProbability()
	 * @generated
	 */
	void setIsolationProbability(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getIsolationProbability <em>Isolation Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsolationProbability()
	 * @see #getIsolationProbability()
	 * @see #setIsolationProbability(double)
	 * @generated
	 */
	void unsetIsolationProbability();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getIsolationProbability <em>Isolation Probability</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Isolation Probability</em>' attribute is set.
	 * @see #unsetIsolationProbability()
	 * @see #getIsolationProbability()
	 * @see #setIsolationProbability(double)
	 * @generated
	 */
	boolean isSetIsolationProbability();

	/**
	 * Returns the value of the '<em><b>Inactive Layer Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Porosity of the inactive layer (dead metal + SEI) this metal leaves in this electrolyte, dimensionless, in (0,1): what remains of it is electrolyte the ions cross. Typical for mossy dead metal with SEI; library 0.5 for both Li pairs (a typical value, no citation confirmed). A study's own life-model value overrides it for that study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Layer Porosity</em>' attribute.
	 * @see #isSetInactiveLayerPorosity()
	 * @see #unsetInactiveLayerPorosity()
	 * @see #setInactiveLayerPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_InactiveLayerPorosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getInactiveLayerPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Layer Porosity</em>' attribute.
	 * @see #isSetInactiveLayerPorosity()
	 * @see #unsetInactiveLayerPorosity()
	 * @see #getInactiveLayerPorosity()
	 * @generated
	 */
	void setInactiveLayerPorosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInactiveLayerPorosity()
	 * @see #getInactiveLayerPorosity()
	 * @see #setInactiveLayerPorosity(double)
	 * @generated
	 */
	void unsetInactiveLayerPorosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Inactive Layer Porosity</em>' attribute is set.
	 * @see #unsetInactiveLayerPorosity()
	 * @see #getInactiveLayerPorosity()
	 * @see #setInactiveLayerPorosity(double)
	 * @generated
	 */
	boolean isSetInactiveLayerPorosity();

	/**
	 * Returns the value of the '<em><b>Inactive Layer Tortuosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tortuosity of the ion paths through this pair's electrolyte-filled inactive layer, dimensionless, at least 1; the layer conducts the electrolyte's conductivity times porosity over tortuosity. Library 3 for both Li pairs (typical, no citation confirmed). A study's own life-model value overrides it for that study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Layer Tortuosity</em>' attribute.
	 * @see #isSetInactiveLayerTortuosity()
	 * @see #unsetInactiveLayerTortuosity()
	 * @see #setInactiveLayerTortuosity(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_InactiveLayerTortuosity()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getInactiveLayerTortuosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Layer Tortuosity</em>' attribute.
	 * @see #isSetInactiveLayerTortuosity()
	 * @see #unsetInactiveLayerTortuosity()
	 * @see #getInactiveLayerTortuosity()
	 * @generated
	 */
	void setInactiveLayerTortuosity(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInactiveLayerTortuosity()
	 * @see #getInactiveLayerTortuosity()
	 * @see #setInactiveLayerTortuosity(double)
	 * @generated
	 */
	void unsetInactiveLayerTortuosity();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Inactive Layer Tortuosity</em>' attribute is set.
	 * @see #unsetInactiveLayerTortuosity()
	 * @see #getInactiveLayerTortuosity()
	 * @see #setInactiveLayerTortuosity(double)
	 * @generated
	 */
	boolean isSetInactiveLayerTortuosity();

	/**
	 * Returns the value of the '<em><b>Solvent Per Sei Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solvent molecules reduced per metal atom bound in this pair's SEI, dimensionless, at least 0. Library 1 (2 Li + 2 EC to Li2EDC + C2H4); the electrolyte the SEI consumes is what dries a cell out late in life, 0 turns that off. A study's own life-model value overrides it for that study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solvent Per Sei Metal</em>' attribute.
	 * @see #isSetSolventPerSeiMetal()
	 * @see #unsetSolventPerSeiMetal()
	 * @see #setSolventPerSeiMetal(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_SolventPerSeiMetal()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getSolventPerSeiMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solvent Per Sei Metal</em>' attribute.
	 * @see #isSetSolventPerSeiMetal()
	 * @see #unsetSolventPerSeiMetal()
	 * @see #getSolventPerSeiMetal()
	 * @generated
	 */
	void setSolventPerSeiMetal(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSolventPerSeiMetal()
	 * @see #getSolventPerSeiMetal()
	 * @see #setSolventPerSeiMetal(double)
	 * @generated
	 */
	void unsetSolventPerSeiMetal();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Solvent Per Sei Metal</em>' attribute is set.
	 * @see #unsetSolventPerSeiMetal()
	 * @see #getSolventPerSeiMetal()
	 * @see #setSolventPerSeiMetal(double)
	 * @generated
	 */
	boolean isSetSolventPerSeiMetal();

	/**
	 * Returns the value of the '<em><b>Coverage Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal charge that covers a bare substrate, in C/m2, positive: the coverage 1 - exp(-Q/Qcov) switches the nucleation barrier off and the stripping area on. Library 360 C/m2 for both Li pairs (about 50 nm of dense Li).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coverage Charge</em>' attribute.
	 * @see #isSetCoverageCharge()
	 * @see #unsetCoverageCharge()
	 * @see #setCoverageCharge(double)
	 * @see org.anodyne.model.AnodynePackage#getMetalElectrolytePair_CoverageCharge()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='C/m2'"
	 * @generated
	 */
	double getCoverageCharge();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getCoverageCharge <em>Coverage Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coverage Charge</em>' attribute.
	 * @see #isSetCoverageCharge()
	 * @see #unsetCoverageCharge()
	 * @see #getCoverageCharge()
	 * @generated
	 */
	void setCoverageCharge(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MetalElectrolytePair#getCoverageCharge <em>Coverage Charge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCoverageCharge()
	 * @see #getCoverageCharge()
	 * @see #setCoverageCharge(double)
	 * @generated
	 */
	void unsetCoverageCharge();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MetalElectrolytePair#getCoverageCharge <em>Coverage Charge</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Coverage Charge</em>' attribute is set.
	 * @see #unsetCoverageCharge()
	 * @see #getCoverageCharge()
	 * @see #setCoverageCharge(double)
	 * @generated
	 */
	boolean isSetCoverageCharge();

} // MetalElectrolytePair
