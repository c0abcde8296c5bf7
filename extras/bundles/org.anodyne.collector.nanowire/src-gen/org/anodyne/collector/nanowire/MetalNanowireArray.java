/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.collector.nanowire;

import java.util.Map;

import org.anodyne.model.CurrentCollector;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metal Nanowire Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Vertical metal wires standing on a thin base foil of the same metal, on a square lattice. The base lies on the cell's current-collector side; the wires point towards the separator, so metal pre-deposited at the base (inverted) fills the forest bottom-up. The inherited thickness is the whole host (base, wires and any room above them); the inherited porosity should be that of the wire layer, 1 - pi d^2 / (4 s^2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireDiameter <em>Wire Diameter</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireSpacing <em>Wire Spacing</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireHeight <em>Wire Height</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.MetalNanowireArray#getBaseThickness <em>Base Thickness</em>}</li>
 *   <li>{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireMaterial <em>Wire Material</em>}</li>
 * </ul>
 *
 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray()
 * @model
 * @generated
 */
public interface MetalNanowireArray extends CurrentCollector {
	/**
	 * Returns the value of the '<em><b>Wire Diameter</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diameter d of one wire, the surface metal plates on. Unit: um. Default: 1 um (the example's). Typical: 0.05-2 um (template-grown Cu nanowires 0.2-0.4 um; the solver's grid must be finer than d to see the wires). Source: micrographs; Cu nanowire hosts for Li, e.g. Lu et al., Nano Lett. 2016, 16, 4431 (about 0.2-0.3 um).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Diameter</em>' attribute.
	 * @see #setWireDiameter(double)
	 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray_WireDiameter()
	 * @model default="1.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Wire Diameter'"
	 * @generated
	 */
	double getWireDiameter();

	/**
	 * Sets the value of the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireDiameter <em>Wire Diameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Diameter</em>' attribute.
	 * @see #getWireDiameter()
	 * @generated
	 */
	void setWireDiameter(double value);

	/**
	 * Returns the value of the '<em><b>Wire Spacing</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre-to-centre distance s of neighbouring wires on the square lattice; the areal density is 1/s^2 and the wire layer's porosity 1 - pi d^2 / (4 s^2). Must exceed the diameter. Unit: um. Default: 4 um (the example's). Typical: 0.5-5 um (2-4 diameters). Source: micrographs or the template's pore density (e.g. anodic alumina, 10^8-10^9 pores per cm2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Spacing</em>' attribute.
	 * @see #setWireSpacing(double)
	 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray_WireSpacing()
	 * @model default="4.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Wire Spacing'"
	 * @generated
	 */
	double getWireSpacing();

	/**
	 * Sets the value of the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireSpacing <em>Wire Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Spacing</em>' attribute.
	 * @see #getWireSpacing()
	 * @generated
	 */
	void setWireSpacing(double value);

	/**
	 * Returns the value of the '<em><b>Wire Height</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the wires above the base, the depth of the forest new metal can fill. Base thickness + wire height must not exceed the host thickness. Unit: um. Default: 20 um (the example's). Typical: 5-50 um (template thickness). Source: micrographs or the template (anodic alumina membranes, 20-60 um).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Height</em>' attribute.
	 * @see #setWireHeight(double)
	 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray_WireHeight()
	 * @model default="20.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Wire Height'"
	 * @generated
	 */
	double getWireHeight();

	/**
	 * Sets the value of the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireHeight <em>Wire Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Height</em>' attribute.
	 * @see #getWireHeight()
	 * @generated
	 */
	void setWireHeight(double value);

	/**
	 * Returns the value of the '<em><b>Base Thickness</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thickness of the dense base foil the wires stand on (self-supporting arrays have a thin base grown with the wires). Unit: um. Default: 5 um (the example's). Typical: 2-20 um. Source: fabrication (electroplated base on the template's back, or the foil the wires grow from).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Thickness</em>' attribute.
	 * @see #setBaseThickness(double)
	 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray_BaseThickness()
	 * @model default="5.0"
	 *        annotation="http://anodyne.org/model/unit unit='um'"
	 *        annotation="http://anodyne.org/model/label label='Base Foil Thickness'"
	 * @generated
	 */
	double getBaseThickness();

	/**
	 * Sets the value of the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getBaseThickness <em>Base Thickness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Thickness</em>' attribute.
	 * @see #getBaseThickness()
	 * @generated
	 */
	void setBaseThickness(double value);

	/**
	 * Returns the value of the '<em><b>Wire Material</b></em>' attribute.
	 * The default value is <code>"Cu"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metal of the wires and their base, for the record and labels; the surface the deposit nucleates on is the inherited substrate id (e.g. 'copper'). Unit: none (text). Typical: 'Cu' (also 'Ni'). Source: fabrication; the paper's outlook names metal nanowire arrays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Material</em>' attribute.
	 * @see #setWireMaterial(String)
	 * @see org.anodyne.collector.nanowire.NanowirePackage#getMetalNanowireArray_WireMaterial()
	 * @model default="Cu"
	 *        annotation="http://anodyne.org/model/label label='Wire Material'"
	 * @generated
	 */
	String getWireMaterial();

	/**
	 * Sets the value of the '{@link org.anodyne.collector.nanowire.MetalNanowireArray#getWireMaterial <em>Wire Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Material</em>' attribute.
	 * @see #getWireMaterial()
	 * @generated
	 */
	void setWireMaterial(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wire diameter, spacing and height and the base thickness are positive and finite.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean dimensionsPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Neighbouring wires do not touch: the spacing (centre to centre) exceeds the diameter.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean spacingExceedsDiameter(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base plus wires fit in the host: base thickness + wire height <= thickness.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean heightWithinThickness(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Warns when the inherited porosity differs by more than 0.02 from the wire layer's, 1 - pi d^2 / (4 s^2), which the geometry uses.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean porosityMatchesWires(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MetalNanowireArray
