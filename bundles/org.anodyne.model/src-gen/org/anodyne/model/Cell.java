/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cell: anode, counter electrode (a second anode in a symmetric cell), separator and electrolyte.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.Cell#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getFormat <em>Format</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getElectrodeArea <em>Electrode Area</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getTemperature <em>Temperature</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getAnode <em>Anode</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getCounterAnode <em>Counter Anode</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getCounterElectrode <em>Counter Electrode</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getSeparator <em>Separator</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getElectrolyte <em>Electrolyte</em>}</li>
 *   <li>{@link org.anodyne.model.Cell#getElectrolyteVolume <em>Electrolyte Volume</em>}</li>
 * </ul>
 *
 * @see org.anodyne.model.AnodynePackage#getCell()
 * @model
 * @generated
 */
public interface Cell extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Configuration</b></em>' attribute.
	 * The default value is <code>"symmetric"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.CellConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the cell is built: symmetric (a metal anode on both sides of the separator), full (metal anode against a cathode such as LFP) or half (a metal counter electrode against the anode's bare host, e.g. Li||Cu to measure Coulombic efficiency). Unit: none (choice). Typical: symmetric for cycle-life screening, full for capacity retention. Source: the experiment being modelled (Li et al. 2022 use symmetric and Li||LFP full cells).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configuration</em>' attribute.
	 * @see org.anodyne.model.CellConfiguration
	 * @see #setConfiguration(CellConfiguration)
	 * @see org.anodyne.model.AnodynePackage#getCell_Configuration()
	 * @model default="symmetric"
	 * @generated
	 */
	CellConfiguration getConfiguration();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getConfiguration <em>Configuration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configuration</em>' attribute.
	 * @see org.anodyne.model.CellConfiguration
	 * @see #getConfiguration()
	 * @generated
	 */
	void setConfiguration(CellConfiguration value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"CR2025"</code>.
	 * The literals are from the enumeration {@link org.anodyne.model.CellFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell hardware the design describes; it sets nothing in the 2D model and documents the experiment. Unit: none (choice of CR2025, CR2032, pouch). Typical: CR2025 coin cells. Source: the experiment (Li et al. 2022: CR2025).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.anodyne.model.CellFormat
	 * @see #setFormat(CellFormat)
	 * @see org.anodyne.model.AnodynePackage#getCell_Format()
	 * @model default="CR2025"
	 * @generated
	 */
	CellFormat getFormat();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.anodyne.model.CellFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(CellFormat value);

	/**
	 * Returns the value of the '<em><b>Electrode Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Geometric area of the electrodes, used to turn current densities into currents and areal capacities into charges. Unit: cm2. Typical: 1.13 cm2 (12 mm disc) to 2 cm2 in coin cells, tens of cm2 in pouches. Source: cell hardware (Li et al. 2022: 12 mm electrodes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Electrode Area</em>' attribute.
	 * @see #setElectrodeArea(double)
	 * @see org.anodyne.model.AnodynePackage#getCell_ElectrodeArea()
	 * @model annotation="http://anodyne.org/model/unit unit='cm2'"
	 * @generated
	 */
	double getElectrodeArea();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getElectrodeArea <em>Electrode Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Electrode Area</em>' attribute.
	 * @see #getElectrodeArea()
	 * @generated
	 */
	void setElectrodeArea(double value);

	/**
	 * Returns the value of the '<em><b>Temperature</b></em>' attribute.
	 * The default value is <code>"298.15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cell temperature; enters every RT/F term (kinetics, diffusion potential). Unit: K. Typical: 298.15 K (25 degC), 273-333 K in tests. Source: the experiment's climate chamber; default 298.15 K.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Temperature</em>' attribute.
	 * @see #setTemperature(double)
	 * @see org.anodyne.model.AnodynePackage#getCell_Temperature()
	 * @model default="298.15"
	 *        annotation="http://anodyne.org/model/unit unit='K'"
	 * @generated
	 */
	double getTemperature();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getTemperature <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperature</em>' attribute.
	 * @see #getTemperature()
	 * @generated
	 */
	void setTemperature(double value);

	/**
	 * Returns the value of the '<em><b>Anode</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The working (metal) anode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anode</em>' containment reference.
	 * @see #setAnode(Anode)
	 * @see org.anodyne.model.AnodynePackage#getCell_Anode()
	 * @model containment="true"
	 * @generated
	 */
	Anode getAnode();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getAnode <em>Anode</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anode</em>' containment reference.
	 * @see #getAnode()
	 * @generated
	 */
	void setAnode(Anode value);

	/**
	 * Returns the value of the '<em><b>Counter Anode</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The second anode of a symmetric cell; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counter Anode</em>' containment reference.
	 * @see #setCounterAnode(Anode)
	 * @see org.anodyne.model.AnodynePackage#getCell_CounterAnode()
	 * @model containment="true"
	 * @generated
	 */
	Anode getCounterAnode();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getCounterAnode <em>Counter Anode</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter Anode</em>' containment reference.
	 * @see #getCounterAnode()
	 * @generated
	 */
	void setCounterAnode(Anode value);

	/**
	 * Returns the value of the '<em><b>Counter Electrode</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The counter electrode of a full or half cell, from the materials library.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counter Electrode</em>' reference.
	 * @see #setCounterElectrode(CounterElectrode)
	 * @see org.anodyne.model.AnodynePackage#getCell_CounterElectrode()
	 * @model
	 * @generated
	 */
	CounterElectrode getCounterElectrode();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getCounterElectrode <em>Counter Electrode</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counter Electrode</em>' reference.
	 * @see #getCounterElectrode()
	 * @generated
	 */
	void setCounterElectrode(CounterElectrode value);

	/**
	 * Returns the value of the '<em><b>Separator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The separator, from the materials library.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Separator</em>' reference.
	 * @see #setSeparator(Separator)
	 * @see org.anodyne.model.AnodynePackage#getCell_Separator()
	 * @model
	 * @generated
	 */
	Separator getSeparator();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getSeparator <em>Separator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Separator</em>' reference.
	 * @see #getSeparator()
	 * @generated
	 */
	void setSeparator(Separator value);

	/**
	 * Returns the value of the '<em><b>Electrolyte</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The electrolyte, from the materials library.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Electrolyte</em>' reference.
	 * @see #setElectrolyte(Electrolyte)
	 * @see org.anodyne.model.AnodynePackage#getCell_Electrolyte()
	 * @model
	 * @generated
	 */
	Electrolyte getElectrolyte();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getElectrolyte <em>Electrolyte</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Electrolyte</em>' reference.
	 * @see #getElectrolyte()
	 * @generated
	 */
	void setElectrolyte(Electrolyte value);

	/**
	 * Returns the value of the '<em><b>Electrolyte Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrolyte volume per geometric electrode area; the reservoir the SEI consumes over life (a full cell dries out when it runs low). Unit: uL/cm2. Typical: 20-80 uL/cm2 in coin cells, 2-5 uL/mAh in lean pouch cells. Source: cell assembly (Li et al. 2022: 40 uL/cm2 in the full cells).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Electrolyte Volume</em>' attribute.
	 * @see #setElectrolyteVolume(double)
	 * @see org.anodyne.model.AnodynePackage#getCell_ElectrolyteVolume()
	 * @model annotation="http://anodyne.org/model/unit unit='uL/cm2'"
	 * @generated
	 */
	double getElectrolyteVolume();

	/**
	 * Sets the value of the '{@link org.anodyne.model.Cell#getElectrolyteVolume <em>Electrolyte Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Electrolyte Volume</em>' attribute.
	 * @see #getElectrolyteVolume()
	 * @generated
	 */
	void setElectrolyteVolume(double value);

} // Cell
