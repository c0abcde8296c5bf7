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
 * A representation of the literals of the enumeration '<em><b>Output Quantity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A result a study can write.
 * <!-- end-model-doc -->
 * @see org.anodyne.model.AnodynePackage#getOutputQuantity()
 * @model
 * @generated
 */
public enum OutputQuantity implements Enumerator {
	/**
	 * The '<em><b>CONCENTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCENTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONCENTRATION(0, "CONCENTRATION", "concentration"),

	/**
	 * The '<em><b>ELECTROLYTE POTENTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTROLYTE_POTENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTROLYTE_POTENTIAL(1, "ELECTROLYTE_POTENTIAL", "electrolyte_potential"),

	/**
	 * The '<em><b>SURFACE CURRENT DENSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_CURRENT_DENSITY_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE_CURRENT_DENSITY(2, "SURFACE_CURRENT_DENSITY", "surface_current_density"),

	/**
	 * The '<em><b>DEPOSIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPOSIT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPOSIT(3, "DEPOSIT", "deposit"),

	/**
	 * The '<em><b>VOLTAGE TRACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLTAGE_TRACE_VALUE
	 * @generated
	 * @ordered
	 */
	VOLTAGE_TRACE(4, "VOLTAGE_TRACE", "voltage_trace"),

	/**
	 * The '<em><b>CYCLE RECORDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLE_RECORDS_VALUE
	 * @generated
	 * @ordered
	 */
	CYCLE_RECORDS(5, "CYCLE_RECORDS", "cycle_records"),

	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(6, "RETENTION", "retention"),

	/**
	 * The '<em><b>COULOMBIC EFFICIENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULOMBIC_EFFICIENCY_VALUE
	 * @generated
	 * @ordered
	 */
	COULOMBIC_EFFICIENCY(7, "COULOMBIC_EFFICIENCY", "coulombic_efficiency"),

	/**
	 * The '<em><b>DESIGN NUMBERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN_NUMBERS_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGN_NUMBERS(8, "DESIGN_NUMBERS", "design_numbers");

	/**
	 * The '<em><b>CONCENTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCENTRATION
	 * @model literal="concentration"
	 * @generated
	 * @ordered
	 */
	public static final int CONCENTRATION_VALUE = 0;

	/**
	 * The '<em><b>ELECTROLYTE POTENTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTROLYTE_POTENTIAL
	 * @model literal="electrolyte_potential"
	 * @generated
	 * @ordered
	 */
	public static final int ELECTROLYTE_POTENTIAL_VALUE = 1;

	/**
	 * The '<em><b>SURFACE CURRENT DENSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURFACE_CURRENT_DENSITY
	 * @model literal="surface_current_density"
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_CURRENT_DENSITY_VALUE = 2;

	/**
	 * The '<em><b>DEPOSIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPOSIT
	 * @model literal="deposit"
	 * @generated
	 * @ordered
	 */
	public static final int DEPOSIT_VALUE = 3;

	/**
	 * The '<em><b>VOLTAGE TRACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLTAGE_TRACE
	 * @model literal="voltage_trace"
	 * @generated
	 * @ordered
	 */
	public static final int VOLTAGE_TRACE_VALUE = 4;

	/**
	 * The '<em><b>CYCLE RECORDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYCLE_RECORDS
	 * @model literal="cycle_records"
	 * @generated
	 * @ordered
	 */
	public static final int CYCLE_RECORDS_VALUE = 5;

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION
	 * @model literal="retention"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 6;

	/**
	 * The '<em><b>COULOMBIC EFFICIENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COULOMBIC_EFFICIENCY
	 * @model literal="coulombic_efficiency"
	 * @generated
	 * @ordered
	 */
	public static final int COULOMBIC_EFFICIENCY_VALUE = 7;

	/**
	 * The '<em><b>DESIGN NUMBERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGN_NUMBERS
	 * @model literal="design_numbers"
	 * @generated
	 * @ordered
	 */
	public static final int DESIGN_NUMBERS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Output Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OutputQuantity[] VALUES_ARRAY =
		new OutputQuantity[] {
			CONCENTRATION,
			ELECTROLYTE_POTENTIAL,
			SURFACE_CURRENT_DENSITY,
			DEPOSIT,
			VOLTAGE_TRACE,
			CYCLE_RECORDS,
			RETENTION,
			COULOMBIC_EFFICIENCY,
			DESIGN_NUMBERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Output Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OutputQuantity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Output Quantity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputQuantity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputQuantity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Quantity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputQuantity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutputQuantity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Output Quantity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutputQuantity get(int value) {
		switch (value) {
			case CONCENTRATION_VALUE: return CONCENTRATION;
			case ELECTROLYTE_POTENTIAL_VALUE: return ELECTROLYTE_POTENTIAL;
			case SURFACE_CURRENT_DENSITY_VALUE: return SURFACE_CURRENT_DENSITY;
			case DEPOSIT_VALUE: return DEPOSIT;
			case VOLTAGE_TRACE_VALUE: return VOLTAGE_TRACE;
			case CYCLE_RECORDS_VALUE: return CYCLE_RECORDS;
			case RETENTION_VALUE: return RETENTION;
			case COULOMBIC_EFFICIENCY_VALUE: return COULOMBIC_EFFICIENCY;
			case DESIGN_NUMBERS_VALUE: return DESIGN_NUMBERS;
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
	private OutputQuantity(int value, String name, String literal) {
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
	
} //OutputQuantity
