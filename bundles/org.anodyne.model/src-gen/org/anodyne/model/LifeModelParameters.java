/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Life Model Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Cell-level parameters and end-of-life criteria of the reduced cycle-life model, the same for every collector and orientation (the Coulombic efficiency is an output, not an input). SEI and dead-metal behaviour belong to the metal-electrolyte pair (MetalElectrolytePair of the electrolyte, including the inactive layer's porosity and tortuosity and the solvent per SEI metal), the cathode's to the cathode; the three layer and solvent values here override the pair's for this study only (a what-if), and only when they differ from their defaults. A feature left at its default runs the life model's documented value. Format 1.0 also had seiLossCoefficient, deadMetalFraction, separatorPenetrationTolerance and cathodeFadeRate; loading such a file drops them with a warning naming what replaced them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getOverpotentialLimit <em>Overpotential Limit</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getEndOfLifeRetention <em>End Of Life Retention</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters()
 * @model
 * @generated
 */
public interface LifeModelParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Inactive Layer Porosity</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This study's override of the pair's inactive-layer porosity (dead metal + SEI), dimensionless, in (0,1); at its default 0.5 the pair's value (MetalElectrolytePair.inactiveLayerPorosity, library 0.5) applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Layer Porosity</em>' attribute.
	 * @see #setInactiveLayerPorosity(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_InactiveLayerPorosity()
	 * @model default="0.5"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getInactiveLayerPorosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Layer Porosity</em>' attribute.
	 * @see #getInactiveLayerPorosity()
	 * @generated
	 */
	void setInactiveLayerPorosity(double value);

	/**
	 * Returns the value of the '<em><b>Inactive Layer Tortuosity</b></em>' attribute.
	 * The default value is <code>"3.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tortuosity of the ion paths through the electrolyte-filled inactive layer, dimensionless, at least 1; the layer conducts the electrolyte's conductivity times porosity over tortuosity. At its default 3 the pair's value (MetalElectrolytePair.inactiveLayerTortuosity, library 3) applies; another value overrides it for this study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Layer Tortuosity</em>' attribute.
	 * @see #setInactiveLayerTortuosity(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_InactiveLayerTortuosity()
	 * @model default="3.0"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getInactiveLayerTortuosity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Layer Tortuosity</em>' attribute.
	 * @see #getInactiveLayerTortuosity()
	 * @generated
	 */
	void setInactiveLayerTortuosity(double value);

	/**
	 * Returns the value of the '<em><b>Overpotential Limit</b></em>' attribute.
	 * The default value is <code>"500.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Polarisation (without nucleation and depletion spikes) at which the cell counts as failed by overpotential runaway, in mV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overpotential Limit</em>' attribute.
	 * @see #setOverpotentialLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_OverpotentialLimit()
	 * @model default="500.0"
	 *        annotation="http://anodyne.org/model/unit unit='mV'"
	 * @generated
	 */
	double getOverpotentialLimit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getOverpotentialLimit <em>Overpotential Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overpotential Limit</em>' attribute.
	 * @see #getOverpotentialLimit()
	 * @generated
	 */
	void setOverpotentialLimit(double value);

	/**
	 * Returns the value of the '<em><b>Solvent Per Sei Metal</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solvent molecules reduced per metal atom bound in SEI, dimensionless, at least 0 (one carbonate per Li, as in 2 Li + 2 EC to Li2EDC + C2H4). The electrolyte the SEI consumes is what accelerates the fade late in life; 0 turns that off. At its default 1 the pair's value (MetalElectrolytePair.solventPerSeiMetal, library 1) applies; another value overrides it for this study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solvent Per Sei Metal</em>' attribute.
	 * @see #setSolventPerSeiMetal(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_SolventPerSeiMetal()
	 * @model default="1.0"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getSolventPerSeiMetal();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solvent Per Sei Metal</em>' attribute.
	 * @see #getSolventPerSeiMetal()
	 * @generated
	 */
	void setSolventPerSeiMetal(double value);

	/**
	 * Returns the value of the '<em><b>End Of Life Retention</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention at which a full cell has reached end of life, dimensionless, in (0,1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Of Life Retention</em>' attribute.
	 * @see #setEndOfLifeRetention(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_EndOfLifeRetention()
	 * @model default="0.8"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getEndOfLifeRetention();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getEndOfLifeRetention <em>End Of Life Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Of Life Retention</em>' attribute.
	 * @see #getEndOfLifeRetention()
	 * @generated
	 */
	void setEndOfLifeRetention(double value);

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.anodyne.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further named parameters the life model understands, as name, value and unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getOverrides();

} // LifeModelParameters
