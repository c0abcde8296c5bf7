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
 * A representation of the literals of the enumeration '<em><b>Counter Material</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Counter-electrode active material.
 * <!-- end-model-doc -->
 * @see org.anodyne.model.AnodynePackage#getCounterMaterial()
 * @model
 * @generated
 */
public enum CounterMaterial implements Enumerator {
	/**
	 * The '<em><b>LFP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LFP_VALUE
	 * @generated
	 * @ordered
	 */
	LFP(0, "LFP", "LFP"),

	/**
	 * The '<em><b>LTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LTO_VALUE
	 * @generated
	 * @ordered
	 */
	LTO(1, "LTO", "LTO"),

	/**
	 * The '<em><b>NMC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NMC_VALUE
	 * @generated
	 * @ordered
	 */
	NMC(2, "NMC", "NMC"),

	/**
	 * The '<em><b>LCO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LCO_VALUE
	 * @generated
	 * @ordered
	 */
	LCO(3, "LCO", "LCO"),

	/**
	 * The '<em><b>METAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METAL_VALUE
	 * @generated
	 * @ordered
	 */
	METAL(4, "METAL", "metal");

	/**
	 * The '<em><b>LFP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LFP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LFP_VALUE = 0;

	/**
	 * The '<em><b>LTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LTO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LTO_VALUE = 1;

	/**
	 * The '<em><b>NMC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NMC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NMC_VALUE = 2;

	/**
	 * The '<em><b>LCO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LCO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LCO_VALUE = 3;

	/**
	 * The '<em><b>METAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METAL
	 * @model literal="metal"
	 * @generated
	 * @ordered
	 */
	public static final int METAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Counter Material</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CounterMaterial[] VALUES_ARRAY =
		new CounterMaterial[] {
			LFP,
			LTO,
			NMC,
			LCO,
			METAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Counter Material</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CounterMaterial> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Counter Material</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CounterMaterial get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CounterMaterial result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Counter Material</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CounterMaterial getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CounterMaterial result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Counter Material</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CounterMaterial get(int value) {
		switch (value) {
			case LFP_VALUE: return LFP;
			case LTO_VALUE: return LTO;
			case NMC_VALUE: return NMC;
			case LCO_VALUE: return LCO;
			case METAL_VALUE: return METAL;
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
	private CounterMaterial(int value, String name, String literal) {
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
	
} //CounterMaterial
