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
 * A representation of the literals of the enumeration '<em><b>Cell Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Cell hardware.
 * <!-- end-model-doc -->
 * @see org.anodyne.model.AnodynePackage#getCellFormat()
 * @model
 * @generated
 */
public enum CellFormat implements Enumerator {
	/**
	 * The '<em><b>COIN CR2025</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COIN_CR2025_VALUE
	 * @generated
	 * @ordered
	 */
	COIN_CR2025(0, "COIN_CR2025", "CR2025"),

	/**
	 * The '<em><b>COIN CR2032</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COIN_CR2032_VALUE
	 * @generated
	 * @ordered
	 */
	COIN_CR2032(1, "COIN_CR2032", "CR2032"),

	/**
	 * The '<em><b>POUCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POUCH_VALUE
	 * @generated
	 * @ordered
	 */
	POUCH(2, "POUCH", "pouch");

	/**
	 * The '<em><b>COIN CR2025</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COIN_CR2025
	 * @model literal="CR2025"
	 * @generated
	 * @ordered
	 */
	public static final int COIN_CR2025_VALUE = 0;

	/**
	 * The '<em><b>COIN CR2032</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COIN_CR2032
	 * @model literal="CR2032"
	 * @generated
	 * @ordered
	 */
	public static final int COIN_CR2032_VALUE = 1;

	/**
	 * The '<em><b>POUCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POUCH
	 * @model literal="pouch"
	 * @generated
	 * @ordered
	 */
	public static final int POUCH_VALUE = 2;

	/**
	 * An array of all the '<em><b>Cell Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CellFormat[] VALUES_ARRAY =
		new CellFormat[] {
			COIN_CR2025,
			COIN_CR2032,
			POUCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Cell Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CellFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cell Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CellFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cell Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CellFormat get(int value) {
		switch (value) {
			case COIN_CR2025_VALUE: return COIN_CR2025;
			case COIN_CR2032_VALUE: return COIN_CR2032;
			case POUCH_VALUE: return POUCH;
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
	private CellFormat(int value, String name, String literal) {
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
	
} //CellFormat
