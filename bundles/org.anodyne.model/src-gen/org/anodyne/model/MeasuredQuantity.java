/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measured Quantity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A measured quantity.
 * <!-- end-model-doc -->
 * @see org.anodyne.model.AnodynePackage#getMeasuredQuantity()
 * @model
 * @generated
 */
public enum MeasuredQuantity implements Enumerator {
	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(0, "RETENTION", "retention"),

	/**
	 * The '<em><b>HOURS TO FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOURS_TO_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	HOURS_TO_FAILURE(1, "HOURS_TO_FAILURE", "hours_to_failure"),

	/**
	 * The '<em><b>CYCLES TO FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLES_TO_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	CYCLES_TO_FAILURE(2, "CYCLES_TO_FAILURE", "cycles_to_failure"),

	/**
	 * The '<em><b>FIRST CYCLE OVERPOTENTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CYCLE_OVERPOTENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_CYCLE_OVERPOTENTIAL(3, "FIRST_CYCLE_OVERPOTENTIAL", "first_cycle_overpotential"),

	/**
	 * The '<em><b>COULOMBIC EFFICIENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULOMBIC_EFFICIENCY_VALUE
	 * @generated
	 * @ordered
	 */
	COULOMBIC_EFFICIENCY(4, "COULOMBIC_EFFICIENCY", "coulombic_efficiency");

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION
	 * @model literal="retention"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 0;

	/**
	 * The '<em><b>HOURS TO FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOURS_TO_FAILURE
	 * @model literal="hours_to_failure"
	 * @generated
	 * @ordered
	 */
	public static final int HOURS_TO_FAILURE_VALUE = 1;

	/**
	 * The '<em><b>CYCLES TO FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLES_TO_FAILURE
	 * @model literal="cycles_to_failure"
	 * @generated
	 * @ordered
	 */
	public static final int CYCLES_TO_FAILURE_VALUE = 2;

	/**
	 * The '<em><b>FIRST CYCLE OVERPOTENTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CYCLE_OVERPOTENTIAL
	 * @model literal="first_cycle_overpotential"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_CYCLE_OVERPOTENTIAL_VALUE = 3;

	/**
	 * The '<em><b>COULOMBIC EFFICIENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULOMBIC_EFFICIENCY
	 * @model literal="coulombic_efficiency"
	 * @generated
	 * @ordered
	 */
	public static final int COULOMBIC_EFFICIENCY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Measured Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasuredQuantity[] VALUES_ARRAY =
		new MeasuredQuantity[] {
			RETENTION,
			HOURS_TO_FAILURE,
			CYCLES_TO_FAILURE,
			FIRST_CYCLE_OVERPOTENTIAL,
			COULOMBIC_EFFICIENCY,
		};

	/**
	 * A public read-only list of all the '<em><b>Measured Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasuredQuantity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measured Quantity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasuredQuantity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasuredQuantity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measured Quantity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasuredQuantity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasuredQuantity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measured Quantity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasuredQuantity get(int value) {
		switch (value) {
			case RETENTION_VALUE: return RETENTION;
			case HOURS_TO_FAILURE_VALUE: return HOURS_TO_FAILURE;
			case CYCLES_TO_FAILURE_VALUE: return CYCLES_TO_FAILURE;
			case FIRST_CYCLE_OVERPOTENTIAL_VALUE: return FIRST_CYCLE_OVERPOTENTIAL;
			case COULOMBIC_EFFICIENCY_VALUE: return COULOMBIC_EFFICIENCY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MeasuredQuantity(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MeasuredQuantity
