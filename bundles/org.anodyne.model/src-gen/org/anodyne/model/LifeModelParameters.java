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
 * Physical parameters of the reduced cycle-life model. Defaults are typical literature values meant to be calibrated; they are the same for upright and inverted anodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getSeiLossCoefficient <em>Sei Loss Coefficient</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getDeadMetalFraction <em>Dead Metal Fraction</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getInactiveLayerResistivity <em>Inactive Layer Resistivity</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getSeparatorPenetrationTolerance <em>Separator Penetration Tolerance</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getOverpotentialLimit <em>Overpotential Limit</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getCathodeFadeRate <em>Cathode Fade Rate</em>}</li>
 *   <li>{@link org.anodyne.model.LifeModelParameters#getFadeAcceleration <em>Fade Acceleration</em>}</li>
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
	 * Returns the value of the '<em><b>Sei Loss Coefficient</b></em>' attribute.
	 * The default value is <code>"0.0013"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of the plated charge lost to SEI per unit of exposed metal area per geometric area, dimensionless.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sei Loss Coefficient</em>' attribute.
	 * @see #setSeiLossCoefficient(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_SeiLossCoefficient()
	 * @model default="0.0013"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getSeiLossCoefficient();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getSeiLossCoefficient <em>Sei Loss Coefficient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sei Loss Coefficient</em>' attribute.
	 * @see #getSeiLossCoefficient()
	 * @generated
	 */
	void setSeiLossCoefficient(double value);

	/**
	 * Returns the value of the '<em><b>Dead Metal Fraction</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of the lost charge that ends as electrically isolated (dead) metal rather than SEI, dimensionless, in [0,1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dead Metal Fraction</em>' attribute.
	 * @see #setDeadMetalFraction(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_DeadMetalFraction()
	 * @model default="0.5"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getDeadMetalFraction();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getDeadMetalFraction <em>Dead Metal Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dead Metal Fraction</em>' attribute.
	 * @see #getDeadMetalFraction()
	 * @generated
	 */
	void setDeadMetalFraction(double value);

	/**
	 * Returns the value of the '<em><b>Inactive Layer Porosity</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Porosity of the inactive layer (dead metal + SEI), dimensionless, in [0,1).
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
	 * Returns the value of the '<em><b>Inactive Layer Resistivity</b></em>' attribute.
	 * The default value is <code>"400.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ionic resistivity of the electrolyte-filled inactive layer in ohm m.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inactive Layer Resistivity</em>' attribute.
	 * @see #setInactiveLayerResistivity(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_InactiveLayerResistivity()
	 * @model default="400.0"
	 *        annotation="http://anodyne.org/model/unit unit='ohm m'"
	 * @generated
	 */
	double getInactiveLayerResistivity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getInactiveLayerResistivity <em>Inactive Layer Resistivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inactive Layer Resistivity</em>' attribute.
	 * @see #getInactiveLayerResistivity()
	 * @generated
	 */
	void setInactiveLayerResistivity(double value);

	/**
	 * Returns the value of the '<em><b>Separator Penetration Tolerance</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the rough or inactive layer may grow into the separator before the cell shorts, in um.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Separator Penetration Tolerance</em>' attribute.
	 * @see #setSeparatorPenetrationTolerance(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_SeparatorPenetrationTolerance()
	 * @model default="5.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 * @generated
	 */
	double getSeparatorPenetrationTolerance();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getSeparatorPenetrationTolerance <em>Separator Penetration Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Separator Penetration Tolerance</em>' attribute.
	 * @see #getSeparatorPenetrationTolerance()
	 * @generated
	 */
	void setSeparatorPenetrationTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Overpotential Limit</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overpotential above which a cell has failed, in mV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overpotential Limit</em>' attribute.
	 * @see #setOverpotentialLimit(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_OverpotentialLimit()
	 * @model default="100.0"
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
	 * Returns the value of the '<em><b>Cathode Fade Rate</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity fade of the cathode per cycle in % per cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cathode Fade Rate</em>' attribute.
	 * @see #setCathodeFadeRate(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_CathodeFadeRate()
	 * @model default="0.01"
	 *        annotation="http://anodyne.org/model/unit unit='%'"
	 * @generated
	 */
	double getCathodeFadeRate();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getCathodeFadeRate <em>Cathode Fade Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cathode Fade Rate</em>' attribute.
	 * @see #getCathodeFadeRate()
	 * @generated
	 */
	void setCathodeFadeRate(double value);

	/**
	 * Returns the value of the '<em><b>Fade Acceleration</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the accelerating fade term (electrolyte consumption, inactive layer), dimensionless; 0 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fade Acceleration</em>' attribute.
	 * @see #setFadeAcceleration(double)
	 * @see org.anodyne.model.AnodynePackage#getLifeModelParameters_FadeAcceleration()
	 * @model default="0.0"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	double getFadeAcceleration();

	/**
	 * Sets the value of the '{@link org.anodyne.model.LifeModelParameters#getFadeAcceleration <em>Fade Acceleration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fade Acceleration</em>' attribute.
	 * @see #getFadeAcceleration()
	 * @generated
	 */
	void setFadeAcceleration(double value);

	/**
	 * Returns the value of the '<em><b>End Of Life Retention</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention at which a full cell has reached end of life, dimensionless.
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
