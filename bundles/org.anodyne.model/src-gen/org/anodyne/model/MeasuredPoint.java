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
 * A representation of the model object '<em><b>Measured Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurement to calibrate against, e.g. retention 0.937 at cycle 300.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getCycle <em>Cycle</em>}</li>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getHour <em>Hour</em>}</li>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getValue <em>Value</em>}</li>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.anodyne.model.MeasuredPoint#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint()
 * @model
 * @generated
 */
public interface MeasuredPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The default value is <code>"retention"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.MeasuredQuantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was measured: retention, hours or cycles to failure, first-cycle overpotential or Coulombic efficiency. Unit: none (choice). Typical: retention at a cycle for full cells, hours to failure for symmetric cells. Source: the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see org.anodyne.model.MeasuredQuantity
	 * @see #setQuantity(MeasuredQuantity)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Quantity()
	 * @model default="retention"
	 * @generated
	 */
	MeasuredQuantity getQuantity();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see org.anodyne.model.MeasuredQuantity
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(MeasuredQuantity value);

	/**
	 * Returns the value of the '<em><b>Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycle number at which the measurement was taken (unset when the time is given instead). Unit: 1 (count). Typical: 1-1000. Source: the experiment (Li et al. 2022: retention at cycles 300 and 750).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycle</em>' attribute.
	 * @see #isSetCycle()
	 * @see #unsetCycle()
	 * @see #setCycle(int)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Cycle()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='1'"
	 * @generated
	 */
	int getCycle();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getCycle <em>Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycle</em>' attribute.
	 * @see #isSetCycle()
	 * @see #unsetCycle()
	 * @see #getCycle()
	 * @generated
	 */
	void setCycle(int value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MeasuredPoint#getCycle <em>Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCycle()
	 * @see #getCycle()
	 * @see #setCycle(int)
	 * @generated
	 */
	void unsetCycle();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MeasuredPoint#getCycle <em>Cycle</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cycle</em>' attribute is set.
	 * @see #unsetCycle()
	 * @see #getCycle()
	 * @see #setCycle(int)
	 * @generated
	 */
	boolean isSetCycle();

	/**
	 * Returns the value of the '<em><b>Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time at which the measurement was taken (unset when the cycle is given instead). Unit: h. Typical: 1-2000 h. Source: the experiment (Li et al. 2022: upright symmetric cell fails after about 1100 h).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hour</em>' attribute.
	 * @see #isSetHour()
	 * @see #unsetHour()
	 * @see #setHour(double)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Hour()
	 * @model unsettable="true"
	 *        annotation="http://anodyne.org/model/unit unit='h'"
	 * @generated
	 */
	double getHour();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getHour <em>Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hour</em>' attribute.
	 * @see #isSetHour()
	 * @see #unsetHour()
	 * @see #getHour()
	 * @generated
	 */
	void setHour(double value);

	/**
	 * Unsets the value of the '{@link org.anodyne.model.MeasuredPoint#getHour <em>Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHour()
	 * @see #getHour()
	 * @see #setHour(double)
	 * @generated
	 */
	void unsetHour();

	/**
	 * Returns whether the value of the '{@link org.anodyne.model.MeasuredPoint#getHour <em>Hour</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hour</em>' attribute is set.
	 * @see #unsetHour()
	 * @see #getHour()
	 * @see #setHour(double)
	 * @generated
	 */
	boolean isSetHour();

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measured value, in the unit beside it. Unit: the given unit. Typical: 0.937 (retention), 17 (mV), 98.76 (% efficiency). Source: the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the measured value. Unit: none (text: '1' or '%' for ratios, 'mV' or 'V', 'h', 'cycles'). Typical: '1' for retention, 'mV' for overpotential. Source: the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the measurement comes from. Unit: none (free text). Typical: 'Li et al., Adv. Energy Mater. 2022, 2200584, Fig. 4'. Source: the designer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.anodyne.model.AnodynePackage#getMeasuredPoint_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.anodyne.model.MeasuredPoint#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // MeasuredPoint
