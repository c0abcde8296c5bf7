/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Anodyne cell-design metamodel. Units are those battery engineers use and are recorded on every quantity in an annotation with source http://anodyne.org/model/unit (key 'unit'); org.anodyne.model.units.Units converts them to SI.
 * <!-- end-model-doc -->
 * @see org.anodyne.model.AnodyneFactory
 * @model kind="package"
 * @generated
 */
public interface AnodynePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://anodyne.org/model/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "anodyne";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.anodyne.model.design";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AnodynePackage eINSTANCE = org.anodyne.model.impl.AnodynePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.NamedElementImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CellDesignImpl <em>Cell Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CellDesignImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellDesign()
	 * @generated
	 */
	int CELL_DESIGN = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Library</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__LIBRARY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__CELLS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__PROTOCOLS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__STUDIES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sweeps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN__SWEEPS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Cell Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Cell Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_DESIGN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.MaterialLibraryImpl <em>Material Library</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.MaterialLibraryImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getMaterialLibrary()
	 * @generated
	 */
	int MATERIAL_LIBRARY = 2;

	/**
	 * The feature id for the '<em><b>Electrolytes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIBRARY__ELECTROLYTES = 0;

	/**
	 * The feature id for the '<em><b>Separators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIBRARY__SEPARATORS = 1;

	/**
	 * The feature id for the '<em><b>Counter Electrodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIBRARY__COUNTER_ELECTRODES = 2;

	/**
	 * The number of structural features of the '<em>Material Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIBRARY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Material Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIBRARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CellImpl <em>Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CellImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCell()
	 * @generated
	 */
	int CELL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Configuration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__CONFIGURATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Electrode Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ELECTRODE_AREA = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Temperature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__TEMPERATURE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Anode</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ANODE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Counter Anode</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__COUNTER_ANODE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Counter Electrode</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__COUNTER_ELECTRODE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Separator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__SEPARATOR = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Electrolyte</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ELECTROLYTE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Electrolyte Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ELECTROLYTE_VOLUME = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.AnodeImpl <em>Anode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.AnodeImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getAnode()
	 * @generated
	 */
	int ANODE = 4;

	/**
	 * The feature id for the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__METAL = 0;

	/**
	 * The feature id for the '<em><b>Collector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__COLLECTOR = 1;

	/**
	 * The feature id for the '<em><b>Pre Deposit Loading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__PRE_DEPOSIT_LOADING = 2;

	/**
	 * The feature id for the '<em><b>Pre Deposit Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__PRE_DEPOSIT_CURRENT_DENSITY = 3;

	/**
	 * The feature id for the '<em><b>Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__ORIENTATION = 4;

	/**
	 * The feature id for the '<em><b>Surface Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE__SURFACE_LAYER = 5;

	/**
	 * The number of structural features of the '<em>Anode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Anode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SurfaceLayerImpl <em>Surface Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SurfaceLayerImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSurfaceLayer()
	 * @generated
	 */
	int SURFACE_LAYER = 5;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_LAYER__SUBSTRATE = 0;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_LAYER__THICKNESS = 1;

	/**
	 * The number of structural features of the '<em>Surface Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_LAYER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Surface Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CurrentCollectorImpl <em>Current Collector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CurrentCollectorImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCurrentCollector()
	 * @generated
	 */
	int CURRENT_COLLECTOR = 6;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR__THICKNESS = 0;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR__POROSITY = 1;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR__AREAL_MASS = 2;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR__SUBSTRATE = 3;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY = 4;

	/**
	 * The number of structural features of the '<em>Current Collector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Current Collector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_COLLECTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CarbonClothImpl <em>Carbon Cloth</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CarbonClothImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCarbonCloth()
	 * @generated
	 */
	int CARBON_CLOTH = 7;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__THICKNESS = CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__POROSITY = CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__AREAL_MASS = CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__SUBSTRATE = CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__ELECTRONIC_CONDUCTIVITY = CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The feature id for the '<em><b>Fibre Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__FIBRE_DIAMETER = CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH__LAYOUT = CURRENT_COLLECTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Carbon Cloth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH_FEATURE_COUNT = CURRENT_COLLECTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Carbon Cloth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARBON_CLOTH_OPERATION_COUNT = CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.FibreLayoutImpl <em>Fibre Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.FibreLayoutImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getFibreLayout()
	 * @generated
	 */
	int FIBRE_LAYOUT = 8;

	/**
	 * The number of structural features of the '<em>Fibre Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIBRE_LAYOUT_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Fibre Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIBRE_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.WovenTowsImpl <em>Woven Tows</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.WovenTowsImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getWovenTows()
	 * @generated
	 */
	int WOVEN_TOWS = 9;

	/**
	 * The feature id for the '<em><b>Fibres Per Tow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WOVEN_TOWS__FIBRES_PER_TOW = FIBRE_LAYOUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tow Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WOVEN_TOWS__TOW_PITCH = FIBRE_LAYOUT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Woven Tows</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WOVEN_TOWS_FEATURE_COUNT = FIBRE_LAYOUT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Woven Tows</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WOVEN_TOWS_OPERATION_COUNT = FIBRE_LAYOUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.StaggeredLatticeImpl <em>Staggered Lattice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.StaggeredLatticeImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStaggeredLattice()
	 * @generated
	 */
	int STAGGERED_LATTICE = 10;

	/**
	 * The feature id for the '<em><b>XPitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGGERED_LATTICE__XPITCH = FIBRE_LAYOUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Row Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGGERED_LATTICE__ROW_PITCH = FIBRE_LAYOUT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Staggered Lattice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGGERED_LATTICE_FEATURE_COUNT = FIBRE_LAYOUT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Staggered Lattice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGGERED_LATTICE_OPERATION_COUNT = FIBRE_LAYOUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.MetalFoamImpl <em>Metal Foam</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.MetalFoamImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getMetalFoam()
	 * @generated
	 */
	int METAL_FOAM = 11;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__THICKNESS = CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__POROSITY = CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__AREAL_MASS = CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__SUBSTRATE = CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__ELECTRONIC_CONDUCTIVITY = CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The feature id for the '<em><b>Pore Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__PORE_SIZE = CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ligament Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM__LIGAMENT_DIAMETER = CURRENT_COLLECTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Metal Foam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM_FEATURE_COUNT = CURRENT_COLLECTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Metal Foam</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_FOAM_OPERATION_COUNT = CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ConductiveFabricImpl <em>Conductive Fabric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ConductiveFabricImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getConductiveFabric()
	 * @generated
	 */
	int CONDUCTIVE_FABRIC = 12;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__THICKNESS = CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__POROSITY = CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__AREAL_MASS = CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__SUBSTRATE = CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__ELECTRONIC_CONDUCTIVITY = CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The feature id for the '<em><b>Substrate Fibre</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE = CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fibre Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__FIBRE_DIAMETER = CURRENT_COLLECTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Coating Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__COATING_METAL = CURRENT_COLLECTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Coating Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC__COATING_THICKNESS = CURRENT_COLLECTOR_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Conductive Fabric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC_FEATURE_COUNT = CURRENT_COLLECTOR_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Conductive Fabric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTIVE_FABRIC_OPERATION_COUNT = CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.FoilImpl <em>Foil</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.FoilImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getFoil()
	 * @generated
	 */
	int FOIL = 13;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL__THICKNESS = CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL__POROSITY = CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL__AREAL_MASS = CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL__SUBSTRATE = CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL__ELECTRONIC_CONDUCTIVITY = CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The number of structural features of the '<em>Foil</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL_FEATURE_COUNT = CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Foil</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOIL_OPERATION_COUNT = CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ElectrolyteImpl <em>Electrolyte</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ElectrolyteImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getElectrolyte()
	 * @generated
	 */
	int ELECTROLYTE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Salt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__SALT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__CONCENTRATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Solvents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__SOLVENTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Additives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__ADDITIVES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Diffusion Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__DIFFUSION_COEFFICIENT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Transference Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__TRANSFERENCE_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__CONDUCTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Exchange Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__EXCHANGE_CURRENT_DENSITY = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cathodic Transfer Coefficient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Solvent Molar Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__SOLVENT_MOLAR_VOLUME = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Metal Pairs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE__METAL_PAIRS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Electrolyte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Electrolyte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELECTROLYTE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.MetalElectrolytePairImpl <em>Metal Electrolyte Pair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.MetalElectrolytePairImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getMetalElectrolytePair()
	 * @generated
	 */
	int METAL_ELECTROLYTE_PAIR = 15;

	/**
	 * The feature id for the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__METAL = 0;

	/**
	 * The feature id for the '<em><b>Sei Charge Per Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA = 1;

	/**
	 * The feature id for the '<em><b>Sei Film Resistance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE = 2;

	/**
	 * The feature id for the '<em><b>Sei Calendar Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE = 3;

	/**
	 * The feature id for the '<em><b>Whisker Diameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER = 4;

	/**
	 * The feature id for the '<em><b>Moss Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__MOSS_POROSITY = 5;

	/**
	 * The feature id for the '<em><b>Dendrite Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY = 6;

	/**
	 * The feature id for the '<em><b>Isolation Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY = 7;

	/**
	 * The feature id for the '<em><b>Inactive Layer Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY = 8;

	/**
	 * The feature id for the '<em><b>Inactive Layer Tortuosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY = 9;

	/**
	 * The feature id for the '<em><b>Solvent Per Sei Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL = 10;

	/**
	 * The feature id for the '<em><b>Coverage Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE = 11;

	/**
	 * The number of structural features of the '<em>Metal Electrolyte Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Metal Electrolyte Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METAL_ELECTROLYTE_PAIR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SaltImpl <em>Salt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SaltImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSalt()
	 * @generated
	 */
	int SALT = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Cation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT__CATION = 1;

	/**
	 * The feature id for the '<em><b>Cation Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT__CATION_CHARGE = 2;

	/**
	 * The feature id for the '<em><b>Anion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT__ANION = 3;

	/**
	 * The feature id for the '<em><b>Anion Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT__ANION_CHARGE = 4;

	/**
	 * The number of structural features of the '<em>Salt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Salt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SolventComponentImpl <em>Solvent Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SolventComponentImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSolventComponent()
	 * @generated
	 */
	int SOLVENT_COMPONENT = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVENT_COMPONENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Volume Parts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVENT_COMPONENT__VOLUME_PARTS = 1;

	/**
	 * The number of structural features of the '<em>Solvent Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVENT_COMPONENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Solvent Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVENT_COMPONENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.AdditiveImpl <em>Additive</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.AdditiveImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getAdditive()
	 * @generated
	 */
	int ADDITIVE = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIVE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Mass Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIVE__MASS_FRACTION = 1;

	/**
	 * The number of structural features of the '<em>Additive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIVE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Additive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SeparatorImpl <em>Separator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SeparatorImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSeparator()
	 * @generated
	 */
	int SEPARATOR = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__THICKNESS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__POROSITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tortuosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR__TORTUOSITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Separator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Separator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEPARATOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CounterElectrodeImpl <em>Counter Electrode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CounterElectrodeImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCounterElectrode()
	 * @generated
	 */
	int COUNTER_ELECTRODE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__MATERIAL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__METAL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Areal Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__AREAL_CAPACITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Specific Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__SPECIFIC_CAPACITY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Loading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__LOADING = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lower Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Upper Voltage Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Particle Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__PARTICLE_RADIUS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Solid Diffusivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__SOLID_DIFFUSIVITY = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Particle Exchange Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Maximum Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Coating Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__COATING_THICKNESS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Coating Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__COATING_POROSITY = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Capacity Loss Per Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Ocv</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE__OCV = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Counter Electrode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Counter Electrode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_ELECTRODE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.OcvPointImpl <em>Ocv Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.OcvPointImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getOcvPoint()
	 * @generated
	 */
	int OCV_POINT = 21;

	/**
	 * The feature id for the '<em><b>State Of Charge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT__STATE_OF_CHARGE = 0;

	/**
	 * The feature id for the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT__VOLTAGE = 1;

	/**
	 * The number of structural features of the '<em>Ocv Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ocv Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCV_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ProtocolImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.StepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStep()
	 * @generated
	 */
	int STEP = 23;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ConditionedStepImpl <em>Conditioned Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ConditionedStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getConditionedStep()
	 * @generated
	 */
	int CONDITIONED_STEP = 24;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONED_STEP__STOP = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Conditioned Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONED_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Conditioned Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONED_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.GalvanostaticStepImpl <em>Galvanostatic Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.GalvanostaticStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getGalvanostaticStep()
	 * @generated
	 */
	int GALVANOSTATIC_STEP = 25;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GALVANOSTATIC_STEP__STOP = CONDITIONED_STEP__STOP;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GALVANOSTATIC_STEP__CURRENT_DENSITY = CONDITIONED_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Galvanostatic Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GALVANOSTATIC_STEP_FEATURE_COUNT = CONDITIONED_STEP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Galvanostatic Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GALVANOSTATIC_STEP_OPERATION_COUNT = CONDITIONED_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.PlatingStepImpl <em>Plating Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.PlatingStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getPlatingStep()
	 * @generated
	 */
	int PLATING_STEP = 26;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATING_STEP__STOP = GALVANOSTATIC_STEP__STOP;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATING_STEP__CURRENT_DENSITY = GALVANOSTATIC_STEP__CURRENT_DENSITY;

	/**
	 * The number of structural features of the '<em>Plating Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATING_STEP_FEATURE_COUNT = GALVANOSTATIC_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Plating Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLATING_STEP_OPERATION_COUNT = GALVANOSTATIC_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.StrippingStepImpl <em>Stripping Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.StrippingStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStrippingStep()
	 * @generated
	 */
	int STRIPPING_STEP = 27;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIPPING_STEP__STOP = GALVANOSTATIC_STEP__STOP;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIPPING_STEP__CURRENT_DENSITY = GALVANOSTATIC_STEP__CURRENT_DENSITY;

	/**
	 * The number of structural features of the '<em>Stripping Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIPPING_STEP_FEATURE_COUNT = GALVANOSTATIC_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Stripping Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIPPING_STEP_OPERATION_COUNT = GALVANOSTATIC_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CellCurrentStepImpl <em>Cell Current Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CellCurrentStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellCurrentStep()
	 * @generated
	 */
	int CELL_CURRENT_STEP = 28;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CURRENT_STEP__STOP = CONDITIONED_STEP__STOP;

	/**
	 * The feature id for the '<em><b>CRate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CURRENT_STEP__CRATE = CONDITIONED_STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CURRENT_STEP__CURRENT_DENSITY = CONDITIONED_STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cell Current Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CURRENT_STEP_FEATURE_COUNT = CONDITIONED_STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cell Current Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CURRENT_STEP_OPERATION_COUNT = CONDITIONED_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ChargeStepImpl <em>Charge Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ChargeStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getChargeStep()
	 * @generated
	 */
	int CHARGE_STEP = 29;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_STEP__STOP = CELL_CURRENT_STEP__STOP;

	/**
	 * The feature id for the '<em><b>CRate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_STEP__CRATE = CELL_CURRENT_STEP__CRATE;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_STEP__CURRENT_DENSITY = CELL_CURRENT_STEP__CURRENT_DENSITY;

	/**
	 * The number of structural features of the '<em>Charge Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_STEP_FEATURE_COUNT = CELL_CURRENT_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Charge Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_STEP_OPERATION_COUNT = CELL_CURRENT_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.DischargeStepImpl <em>Discharge Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.DischargeStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getDischargeStep()
	 * @generated
	 */
	int DISCHARGE_STEP = 30;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_STEP__STOP = CELL_CURRENT_STEP__STOP;

	/**
	 * The feature id for the '<em><b>CRate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_STEP__CRATE = CELL_CURRENT_STEP__CRATE;

	/**
	 * The feature id for the '<em><b>Current Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_STEP__CURRENT_DENSITY = CELL_CURRENT_STEP__CURRENT_DENSITY;

	/**
	 * The number of structural features of the '<em>Discharge Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_STEP_FEATURE_COUNT = CELL_CURRENT_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Discharge Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISCHARGE_STEP_OPERATION_COUNT = CELL_CURRENT_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.RestStepImpl <em>Rest Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.RestStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getRestStep()
	 * @generated
	 */
	int REST_STEP = 31;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REST_STEP__STOP = CONDITIONED_STEP__STOP;

	/**
	 * The number of structural features of the '<em>Rest Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REST_STEP_FEATURE_COUNT = CONDITIONED_STEP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Rest Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REST_STEP_OPERATION_COUNT = CONDITIONED_STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.RepeatStepImpl <em>Repeat Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.RepeatStepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getRepeatStep()
	 * @generated
	 */
	int REPEAT_STEP = 32;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEAT_STEP__COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEAT_STEP__STEPS = STEP_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Repeat Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEAT_STEP_FEATURE_COUNT = STEP_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Repeat Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEAT_STEP_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.StopConditionImpl <em>Stop Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.StopConditionImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStopCondition()
	 * @generated
	 */
	int STOP_CONDITION = 33;

	/**
	 * The number of structural features of the '<em>Stop Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOP_CONDITION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Stop Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOP_CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.DurationStopImpl <em>Duration Stop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.DurationStopImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getDurationStop()
	 * @generated
	 */
	int DURATION_STOP = 34;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_STOP__DURATION = STOP_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_STOP__UNIT = STOP_CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Duration Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_STOP_FEATURE_COUNT = STOP_CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Duration Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_STOP_OPERATION_COUNT = STOP_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.CapacityStopImpl <em>Capacity Stop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.CapacityStopImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCapacityStop()
	 * @generated
	 */
	int CAPACITY_STOP = 35;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_STOP__CAPACITY = STOP_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Capacity Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_STOP_FEATURE_COUNT = STOP_CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Capacity Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_STOP_OPERATION_COUNT = STOP_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.VoltageStopImpl <em>Voltage Stop</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.VoltageStopImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getVoltageStop()
	 * @generated
	 */
	int VOLTAGE_STOP = 36;

	/**
	 * The feature id for the '<em><b>Voltage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_STOP__VOLTAGE = STOP_CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Voltage Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_STOP_FEATURE_COUNT = STOP_CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Voltage Stop</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOLTAGE_STOP_OPERATION_COUNT = STOP_CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.StudyImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CELL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PROTOCOL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Solver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SOLVER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__OUTPUTS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Life Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__LIFE_MODEL = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Nucleation Barriers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NUCLEATION_BARRIERS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Calibrated Parameters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CALIBRATED_PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measured Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MEASURED_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SolverSettingsImpl <em>Solver Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SolverSettingsImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSolverSettings()
	 * @generated
	 */
	int SOLVER_SETTINGS = 38;

	/**
	 * The feature id for the '<em><b>Grid Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__GRID_SPACING = 0;

	/**
	 * The feature id for the '<em><b>Time Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__TIME_STEP = 1;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__TOLERANCE = 2;

	/**
	 * The feature id for the '<em><b>Domain Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__DOMAIN_WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Max Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__MAX_CYCLES = 4;

	/**
	 * The feature id for the '<em><b>Counter Electrode Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL = 5;

	/**
	 * The number of structural features of the '<em>Solver Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Solver Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLVER_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.LifeModelParametersImpl <em>Life Model Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.LifeModelParametersImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getLifeModelParameters()
	 * @generated
	 */
	int LIFE_MODEL_PARAMETERS = 39;

	/**
	 * The feature id for the '<em><b>Inactive Layer Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY = 0;

	/**
	 * The feature id for the '<em><b>Inactive Layer Tortuosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY = 1;

	/**
	 * The feature id for the '<em><b>Overpotential Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT = 2;

	/**
	 * The feature id for the '<em><b>Solvent Per Sei Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL = 3;

	/**
	 * The feature id for the '<em><b>End Of Life Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION = 4;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS__OVERRIDES = 5;

	/**
	 * The number of structural features of the '<em>Life Model Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Life Model Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFE_MODEL_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ParameterValueImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 40;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.NucleationBarrierOverrideImpl <em>Nucleation Barrier Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.NucleationBarrierOverrideImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getNucleationBarrierOverride()
	 * @generated
	 */
	int NUCLEATION_BARRIER_OVERRIDE = 41;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE = 0;

	/**
	 * The feature id for the '<em><b>Barrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUCLEATION_BARRIER_OVERRIDE__BARRIER = 1;

	/**
	 * The number of structural features of the '<em>Nucleation Barrier Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUCLEATION_BARRIER_OVERRIDE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Nucleation Barrier Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUCLEATION_BARRIER_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.MeasuredPointImpl <em>Measured Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.MeasuredPointImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getMeasuredPoint()
	 * @generated
	 */
	int MEASURED_POINT = 42;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__QUANTITY = 0;

	/**
	 * The feature id for the '<em><b>Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__CYCLE = 1;

	/**
	 * The feature id for the '<em><b>Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__HOUR = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT__NOTE = 5;

	/**
	 * The number of structural features of the '<em>Measured Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Measured Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURED_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ExplicitFibresImpl <em>Explicit Fibres</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ExplicitFibresImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getExplicitFibres()
	 * @generated
	 */
	int EXPLICIT_FIBRES = 43;

	/**
	 * The feature id for the '<em><b>Thickness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__THICKNESS = CURRENT_COLLECTOR__THICKNESS;

	/**
	 * The feature id for the '<em><b>Porosity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__POROSITY = CURRENT_COLLECTOR__POROSITY;

	/**
	 * The feature id for the '<em><b>Areal Mass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__AREAL_MASS = CURRENT_COLLECTOR__AREAL_MASS;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__SUBSTRATE = CURRENT_COLLECTOR__SUBSTRATE;

	/**
	 * The feature id for the '<em><b>Electronic Conductivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__ELECTRONIC_CONDUCTIVITY = CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY;

	/**
	 * The feature id for the '<em><b>Periodic Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__PERIODIC_WIDTH = CURRENT_COLLECTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fibre File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__FIBRE_FILE = CURRENT_COLLECTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fibres</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES__FIBRES = CURRENT_COLLECTOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Explicit Fibres</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES_FEATURE_COUNT = CURRENT_COLLECTOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Explicit Fibres</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRES_OPERATION_COUNT = CURRENT_COLLECTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.ExplicitFibreImpl <em>Explicit Fibre</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.ExplicitFibreImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getExplicitFibre()
	 * @generated
	 */
	int EXPLICIT_FIBRE = 44;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE__Y = 1;

	/**
	 * The feature id for the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE__RADIUS = 2;

	/**
	 * The feature id for the '<em><b>Substrate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE__SUBSTRATE = 3;

	/**
	 * The feature id for the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE__COVERED = 4;

	/**
	 * The number of structural features of the '<em>Explicit Fibre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Explicit Fibre</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_FIBRE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SweepImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 45;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__STUDY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sampling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SAMPLING = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sample Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SAMPLE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SEED = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__MAX_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__OUTPUTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.impl.SweepParameterImpl
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepParameter()
	 * @generated
	 */
	int SWEEP_PARAMETER = 46;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__PATH = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__SPACING = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__FROM = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__TO = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.anodyne.model.CellConfiguration <em>Cell Configuration</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.CellConfiguration
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellConfiguration()
	 * @generated
	 */
	int CELL_CONFIGURATION = 47;

	/**
	 * The meta object id for the '{@link org.anodyne.model.CellFormat <em>Cell Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.CellFormat
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellFormat()
	 * @generated
	 */
	int CELL_FORMAT = 48;

	/**
	 * The meta object id for the '{@link org.anodyne.model.Orientation <em>Orientation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.Orientation
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getOrientation()
	 * @generated
	 */
	int ORIENTATION = 49;

	/**
	 * The meta object id for the '{@link org.anodyne.model.CounterMaterial <em>Counter Material</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.CounterMaterial
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getCounterMaterial()
	 * @generated
	 */
	int COUNTER_MATERIAL = 50;

	/**
	 * The meta object id for the '{@link org.anodyne.model.TimeUnit <em>Time Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.TimeUnit
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getTimeUnit()
	 * @generated
	 */
	int TIME_UNIT = 51;

	/**
	 * The meta object id for the '{@link org.anodyne.model.StudyKind <em>Study Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.StudyKind
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getStudyKind()
	 * @generated
	 */
	int STUDY_KIND = 52;

	/**
	 * The meta object id for the '{@link org.anodyne.model.OutputQuantity <em>Output Quantity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.OutputQuantity
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getOutputQuantity()
	 * @generated
	 */
	int OUTPUT_QUANTITY = 53;

	/**
	 * The meta object id for the '{@link org.anodyne.model.MeasuredQuantity <em>Measured Quantity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.MeasuredQuantity
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getMeasuredQuantity()
	 * @generated
	 */
	int MEASURED_QUANTITY = 54;

	/**
	 * The meta object id for the '{@link org.anodyne.model.SweepSampling <em>Sweep Sampling</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.SweepSampling
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepSampling()
	 * @generated
	 */
	int SWEEP_SAMPLING = 55;

	/**
	 * The meta object id for the '{@link org.anodyne.model.SweepSpacing <em>Sweep Spacing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.anodyne.model.SweepSpacing
	 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepSpacing()
	 * @generated
	 */
	int SWEEP_SPACING = 56;


	/**
	 * Returns the meta object for class '{@link org.anodyne.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.anodyne.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.NamedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.anodyne.model.NamedElement#getId()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.anodyne.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.anodyne.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CellDesign <em>Cell Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Design</em>'.
	 * @see org.anodyne.model.CellDesign
	 * @generated
	 */
	EClass getCellDesign();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.CellDesign#getLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Library</em>'.
	 * @see org.anodyne.model.CellDesign#getLibrary()
	 * @see #getCellDesign()
	 * @generated
	 */
	EReference getCellDesign_Library();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.CellDesign#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.anodyne.model.CellDesign#getCells()
	 * @see #getCellDesign()
	 * @generated
	 */
	EReference getCellDesign_Cells();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.CellDesign#getProtocols <em>Protocols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocols</em>'.
	 * @see org.anodyne.model.CellDesign#getProtocols()
	 * @see #getCellDesign()
	 * @generated
	 */
	EReference getCellDesign_Protocols();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.CellDesign#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see org.anodyne.model.CellDesign#getStudies()
	 * @see #getCellDesign()
	 * @generated
	 */
	EReference getCellDesign_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.CellDesign#getSweeps <em>Sweeps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sweeps</em>'.
	 * @see org.anodyne.model.CellDesign#getSweeps()
	 * @see #getCellDesign()
	 * @generated
	 */
	EReference getCellDesign_Sweeps();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.MaterialLibrary <em>Material Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material Library</em>'.
	 * @see org.anodyne.model.MaterialLibrary
	 * @generated
	 */
	EClass getMaterialLibrary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.MaterialLibrary#getElectrolytes <em>Electrolytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Electrolytes</em>'.
	 * @see org.anodyne.model.MaterialLibrary#getElectrolytes()
	 * @see #getMaterialLibrary()
	 * @generated
	 */
	EReference getMaterialLibrary_Electrolytes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.MaterialLibrary#getSeparators <em>Separators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Separators</em>'.
	 * @see org.anodyne.model.MaterialLibrary#getSeparators()
	 * @see #getMaterialLibrary()
	 * @generated
	 */
	EReference getMaterialLibrary_Separators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.MaterialLibrary#getCounterElectrodes <em>Counter Electrodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Counter Electrodes</em>'.
	 * @see org.anodyne.model.MaterialLibrary#getCounterElectrodes()
	 * @see #getMaterialLibrary()
	 * @generated
	 */
	EReference getMaterialLibrary_CounterElectrodes();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell</em>'.
	 * @see org.anodyne.model.Cell
	 * @generated
	 */
	EClass getCell();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Cell#getConfiguration <em>Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Configuration</em>'.
	 * @see org.anodyne.model.Cell#getConfiguration()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Configuration();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Cell#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.anodyne.model.Cell#getFormat()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Cell#getElectrodeArea <em>Electrode Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Electrode Area</em>'.
	 * @see org.anodyne.model.Cell#getElectrodeArea()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_ElectrodeArea();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Cell#getTemperature <em>Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Temperature</em>'.
	 * @see org.anodyne.model.Cell#getTemperature()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Temperature();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Cell#getAnode <em>Anode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Anode</em>'.
	 * @see org.anodyne.model.Cell#getAnode()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Anode();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Cell#getCounterAnode <em>Counter Anode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Counter Anode</em>'.
	 * @see org.anodyne.model.Cell#getCounterAnode()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_CounterAnode();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Cell#getCounterElectrode <em>Counter Electrode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counter Electrode</em>'.
	 * @see org.anodyne.model.Cell#getCounterElectrode()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_CounterElectrode();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Cell#getSeparator <em>Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Separator</em>'.
	 * @see org.anodyne.model.Cell#getSeparator()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Separator();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Cell#getElectrolyte <em>Electrolyte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Electrolyte</em>'.
	 * @see org.anodyne.model.Cell#getElectrolyte()
	 * @see #getCell()
	 * @generated
	 */
	EReference getCell_Electrolyte();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Cell#getElectrolyteVolume <em>Electrolyte Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Electrolyte Volume</em>'.
	 * @see org.anodyne.model.Cell#getElectrolyteVolume()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_ElectrolyteVolume();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Anode <em>Anode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anode</em>'.
	 * @see org.anodyne.model.Anode
	 * @generated
	 */
	EClass getAnode();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Anode#getMetal <em>Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metal</em>'.
	 * @see org.anodyne.model.Anode#getMetal()
	 * @see #getAnode()
	 * @generated
	 */
	EAttribute getAnode_Metal();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Anode#getCollector <em>Collector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Collector</em>'.
	 * @see org.anodyne.model.Anode#getCollector()
	 * @see #getAnode()
	 * @generated
	 */
	EReference getAnode_Collector();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Anode#getPreDepositLoading <em>Pre Deposit Loading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Deposit Loading</em>'.
	 * @see org.anodyne.model.Anode#getPreDepositLoading()
	 * @see #getAnode()
	 * @generated
	 */
	EAttribute getAnode_PreDepositLoading();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Anode#getPreDepositCurrentDensity <em>Pre Deposit Current Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Deposit Current Density</em>'.
	 * @see org.anodyne.model.Anode#getPreDepositCurrentDensity()
	 * @see #getAnode()
	 * @generated
	 */
	EAttribute getAnode_PreDepositCurrentDensity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Anode#getOrientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orientation</em>'.
	 * @see org.anodyne.model.Anode#getOrientation()
	 * @see #getAnode()
	 * @generated
	 */
	EAttribute getAnode_Orientation();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Anode#getSurfaceLayer <em>Surface Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Surface Layer</em>'.
	 * @see org.anodyne.model.Anode#getSurfaceLayer()
	 * @see #getAnode()
	 * @generated
	 */
	EReference getAnode_SurfaceLayer();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.SurfaceLayer <em>Surface Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Surface Layer</em>'.
	 * @see org.anodyne.model.SurfaceLayer
	 * @generated
	 */
	EClass getSurfaceLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SurfaceLayer#getSubstrate <em>Substrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substrate</em>'.
	 * @see org.anodyne.model.SurfaceLayer#getSubstrate()
	 * @see #getSurfaceLayer()
	 * @generated
	 */
	EAttribute getSurfaceLayer_Substrate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SurfaceLayer#getThickness <em>Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thickness</em>'.
	 * @see org.anodyne.model.SurfaceLayer#getThickness()
	 * @see #getSurfaceLayer()
	 * @generated
	 */
	EAttribute getSurfaceLayer_Thickness();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CurrentCollector <em>Current Collector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Current Collector</em>'.
	 * @see org.anodyne.model.CurrentCollector
	 * @generated
	 */
	EClass getCurrentCollector();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CurrentCollector#getThickness <em>Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thickness</em>'.
	 * @see org.anodyne.model.CurrentCollector#getThickness()
	 * @see #getCurrentCollector()
	 * @generated
	 */
	EAttribute getCurrentCollector_Thickness();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CurrentCollector#getPorosity <em>Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Porosity</em>'.
	 * @see org.anodyne.model.CurrentCollector#getPorosity()
	 * @see #getCurrentCollector()
	 * @generated
	 */
	EAttribute getCurrentCollector_Porosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CurrentCollector#getArealMass <em>Areal Mass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areal Mass</em>'.
	 * @see org.anodyne.model.CurrentCollector#getArealMass()
	 * @see #getCurrentCollector()
	 * @generated
	 */
	EAttribute getCurrentCollector_ArealMass();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CurrentCollector#getSubstrate <em>Substrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substrate</em>'.
	 * @see org.anodyne.model.CurrentCollector#getSubstrate()
	 * @see #getCurrentCollector()
	 * @generated
	 */
	EAttribute getCurrentCollector_Substrate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CurrentCollector#getElectronicConductivity <em>Electronic Conductivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Electronic Conductivity</em>'.
	 * @see org.anodyne.model.CurrentCollector#getElectronicConductivity()
	 * @see #getCurrentCollector()
	 * @generated
	 */
	EAttribute getCurrentCollector_ElectronicConductivity();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CarbonCloth <em>Carbon Cloth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Carbon Cloth</em>'.
	 * @see org.anodyne.model.CarbonCloth
	 * @generated
	 */
	EClass getCarbonCloth();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CarbonCloth#getFibreDiameter <em>Fibre Diameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fibre Diameter</em>'.
	 * @see org.anodyne.model.CarbonCloth#getFibreDiameter()
	 * @see #getCarbonCloth()
	 * @generated
	 */
	EAttribute getCarbonCloth_FibreDiameter();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.CarbonCloth#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see org.anodyne.model.CarbonCloth#getLayout()
	 * @see #getCarbonCloth()
	 * @generated
	 */
	EReference getCarbonCloth_Layout();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.FibreLayout <em>Fibre Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fibre Layout</em>'.
	 * @see org.anodyne.model.FibreLayout
	 * @generated
	 */
	EClass getFibreLayout();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.WovenTows <em>Woven Tows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Woven Tows</em>'.
	 * @see org.anodyne.model.WovenTows
	 * @generated
	 */
	EClass getWovenTows();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.WovenTows#getFibresPerTow <em>Fibres Per Tow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fibres Per Tow</em>'.
	 * @see org.anodyne.model.WovenTows#getFibresPerTow()
	 * @see #getWovenTows()
	 * @generated
	 */
	EAttribute getWovenTows_FibresPerTow();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.WovenTows#getTowPitch <em>Tow Pitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tow Pitch</em>'.
	 * @see org.anodyne.model.WovenTows#getTowPitch()
	 * @see #getWovenTows()
	 * @generated
	 */
	EAttribute getWovenTows_TowPitch();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.StaggeredLattice <em>Staggered Lattice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staggered Lattice</em>'.
	 * @see org.anodyne.model.StaggeredLattice
	 * @generated
	 */
	EClass getStaggeredLattice();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.StaggeredLattice#getXPitch <em>XPitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XPitch</em>'.
	 * @see org.anodyne.model.StaggeredLattice#getXPitch()
	 * @see #getStaggeredLattice()
	 * @generated
	 */
	EAttribute getStaggeredLattice_XPitch();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.StaggeredLattice#getRowPitch <em>Row Pitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Pitch</em>'.
	 * @see org.anodyne.model.StaggeredLattice#getRowPitch()
	 * @see #getStaggeredLattice()
	 * @generated
	 */
	EAttribute getStaggeredLattice_RowPitch();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.MetalFoam <em>Metal Foam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metal Foam</em>'.
	 * @see org.anodyne.model.MetalFoam
	 * @generated
	 */
	EClass getMetalFoam();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalFoam#getPoreSize <em>Pore Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pore Size</em>'.
	 * @see org.anodyne.model.MetalFoam#getPoreSize()
	 * @see #getMetalFoam()
	 * @generated
	 */
	EAttribute getMetalFoam_PoreSize();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalFoam#getLigamentDiameter <em>Ligament Diameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ligament Diameter</em>'.
	 * @see org.anodyne.model.MetalFoam#getLigamentDiameter()
	 * @see #getMetalFoam()
	 * @generated
	 */
	EAttribute getMetalFoam_LigamentDiameter();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ConductiveFabric <em>Conductive Fabric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conductive Fabric</em>'.
	 * @see org.anodyne.model.ConductiveFabric
	 * @generated
	 */
	EClass getConductiveFabric();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ConductiveFabric#getSubstrateFibre <em>Substrate Fibre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substrate Fibre</em>'.
	 * @see org.anodyne.model.ConductiveFabric#getSubstrateFibre()
	 * @see #getConductiveFabric()
	 * @generated
	 */
	EAttribute getConductiveFabric_SubstrateFibre();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ConductiveFabric#getFibreDiameter <em>Fibre Diameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fibre Diameter</em>'.
	 * @see org.anodyne.model.ConductiveFabric#getFibreDiameter()
	 * @see #getConductiveFabric()
	 * @generated
	 */
	EAttribute getConductiveFabric_FibreDiameter();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ConductiveFabric#getCoatingMetal <em>Coating Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coating Metal</em>'.
	 * @see org.anodyne.model.ConductiveFabric#getCoatingMetal()
	 * @see #getConductiveFabric()
	 * @generated
	 */
	EAttribute getConductiveFabric_CoatingMetal();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ConductiveFabric#getCoatingThickness <em>Coating Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coating Thickness</em>'.
	 * @see org.anodyne.model.ConductiveFabric#getCoatingThickness()
	 * @see #getConductiveFabric()
	 * @generated
	 */
	EAttribute getConductiveFabric_CoatingThickness();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Foil <em>Foil</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Foil</em>'.
	 * @see org.anodyne.model.Foil
	 * @generated
	 */
	EClass getFoil();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Electrolyte <em>Electrolyte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Electrolyte</em>'.
	 * @see org.anodyne.model.Electrolyte
	 * @generated
	 */
	EClass getElectrolyte();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Electrolyte#getSalt <em>Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Salt</em>'.
	 * @see org.anodyne.model.Electrolyte#getSalt()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EReference getElectrolyte_Salt();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getConcentration <em>Concentration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concentration</em>'.
	 * @see org.anodyne.model.Electrolyte#getConcentration()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_Concentration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Electrolyte#getSolvents <em>Solvents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Solvents</em>'.
	 * @see org.anodyne.model.Electrolyte#getSolvents()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EReference getElectrolyte_Solvents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Electrolyte#getAdditives <em>Additives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Additives</em>'.
	 * @see org.anodyne.model.Electrolyte#getAdditives()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EReference getElectrolyte_Additives();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getDiffusionCoefficient <em>Diffusion Coefficient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diffusion Coefficient</em>'.
	 * @see org.anodyne.model.Electrolyte#getDiffusionCoefficient()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_DiffusionCoefficient();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getTransferenceNumber <em>Transference Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transference Number</em>'.
	 * @see org.anodyne.model.Electrolyte#getTransferenceNumber()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_TransferenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getConductivity <em>Conductivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conductivity</em>'.
	 * @see org.anodyne.model.Electrolyte#getConductivity()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_Conductivity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getExchangeCurrentDensity <em>Exchange Current Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exchange Current Density</em>'.
	 * @see org.anodyne.model.Electrolyte#getExchangeCurrentDensity()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_ExchangeCurrentDensity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getCathodicTransferCoefficient <em>Cathodic Transfer Coefficient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cathodic Transfer Coefficient</em>'.
	 * @see org.anodyne.model.Electrolyte#getCathodicTransferCoefficient()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_CathodicTransferCoefficient();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Electrolyte#getSolventMolarVolume <em>Solvent Molar Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solvent Molar Volume</em>'.
	 * @see org.anodyne.model.Electrolyte#getSolventMolarVolume()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EAttribute getElectrolyte_SolventMolarVolume();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Electrolyte#getMetalPairs <em>Metal Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metal Pairs</em>'.
	 * @see org.anodyne.model.Electrolyte#getMetalPairs()
	 * @see #getElectrolyte()
	 * @generated
	 */
	EReference getElectrolyte_MetalPairs();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.MetalElectrolytePair <em>Metal Electrolyte Pair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metal Electrolyte Pair</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair
	 * @generated
	 */
	EClass getMetalElectrolytePair();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getMetal <em>Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metal</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getMetal()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_Metal();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea <em>Sei Charge Per Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sei Charge Per Area</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getSeiChargePerArea()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_SeiChargePerArea();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance <em>Sei Film Resistance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sei Film Resistance</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getSeiFilmResistance()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_SeiFilmResistance();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate <em>Sei Calendar Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sei Calendar Rate</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getSeiCalendarRate()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_SeiCalendarRate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter <em>Whisker Diameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Whisker Diameter</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getWhiskerDiameter()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_WhiskerDiameter();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getMossPorosity <em>Moss Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moss Porosity</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getMossPorosity()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_MossPorosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getDendritePorosity <em>Dendrite Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dendrite Porosity</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getDendritePorosity()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_DendritePorosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getIsolationProbability <em>Isolation Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolation Probability</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getIsolationProbability()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_IsolationProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Layer Porosity</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getInactiveLayerPorosity()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_InactiveLayerPorosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Layer Tortuosity</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getInactiveLayerTortuosity()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_InactiveLayerTortuosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solvent Per Sei Metal</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getSolventPerSeiMetal()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_SolventPerSeiMetal();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MetalElectrolytePair#getCoverageCharge <em>Coverage Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coverage Charge</em>'.
	 * @see org.anodyne.model.MetalElectrolytePair#getCoverageCharge()
	 * @see #getMetalElectrolytePair()
	 * @generated
	 */
	EAttribute getMetalElectrolytePair_CoverageCharge();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Salt <em>Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Salt</em>'.
	 * @see org.anodyne.model.Salt
	 * @generated
	 */
	EClass getSalt();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Salt#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.anodyne.model.Salt#getName()
	 * @see #getSalt()
	 * @generated
	 */
	EAttribute getSalt_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Salt#getCation <em>Cation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cation</em>'.
	 * @see org.anodyne.model.Salt#getCation()
	 * @see #getSalt()
	 * @generated
	 */
	EAttribute getSalt_Cation();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Salt#getCationCharge <em>Cation Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cation Charge</em>'.
	 * @see org.anodyne.model.Salt#getCationCharge()
	 * @see #getSalt()
	 * @generated
	 */
	EAttribute getSalt_CationCharge();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Salt#getAnion <em>Anion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anion</em>'.
	 * @see org.anodyne.model.Salt#getAnion()
	 * @see #getSalt()
	 * @generated
	 */
	EAttribute getSalt_Anion();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Salt#getAnionCharge <em>Anion Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anion Charge</em>'.
	 * @see org.anodyne.model.Salt#getAnionCharge()
	 * @see #getSalt()
	 * @generated
	 */
	EAttribute getSalt_AnionCharge();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.SolventComponent <em>Solvent Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solvent Component</em>'.
	 * @see org.anodyne.model.SolventComponent
	 * @generated
	 */
	EClass getSolventComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolventComponent#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.anodyne.model.SolventComponent#getName()
	 * @see #getSolventComponent()
	 * @generated
	 */
	EAttribute getSolventComponent_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolventComponent#getVolumeParts <em>Volume Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Parts</em>'.
	 * @see org.anodyne.model.SolventComponent#getVolumeParts()
	 * @see #getSolventComponent()
	 * @generated
	 */
	EAttribute getSolventComponent_VolumeParts();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Additive <em>Additive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Additive</em>'.
	 * @see org.anodyne.model.Additive
	 * @generated
	 */
	EClass getAdditive();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Additive#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.anodyne.model.Additive#getName()
	 * @see #getAdditive()
	 * @generated
	 */
	EAttribute getAdditive_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Additive#getMassFraction <em>Mass Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mass Fraction</em>'.
	 * @see org.anodyne.model.Additive#getMassFraction()
	 * @see #getAdditive()
	 * @generated
	 */
	EAttribute getAdditive_MassFraction();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Separator <em>Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Separator</em>'.
	 * @see org.anodyne.model.Separator
	 * @generated
	 */
	EClass getSeparator();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Separator#getThickness <em>Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thickness</em>'.
	 * @see org.anodyne.model.Separator#getThickness()
	 * @see #getSeparator()
	 * @generated
	 */
	EAttribute getSeparator_Thickness();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Separator#getPorosity <em>Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Porosity</em>'.
	 * @see org.anodyne.model.Separator#getPorosity()
	 * @see #getSeparator()
	 * @generated
	 */
	EAttribute getSeparator_Porosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Separator#getTortuosity <em>Tortuosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tortuosity</em>'.
	 * @see org.anodyne.model.Separator#getTortuosity()
	 * @see #getSeparator()
	 * @generated
	 */
	EAttribute getSeparator_Tortuosity();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CounterElectrode <em>Counter Electrode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter Electrode</em>'.
	 * @see org.anodyne.model.CounterElectrode
	 * @generated
	 */
	EClass getCounterElectrode();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Material</em>'.
	 * @see org.anodyne.model.CounterElectrode#getMaterial()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_Material();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getMetal <em>Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metal</em>'.
	 * @see org.anodyne.model.CounterElectrode#getMetal()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_Metal();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getArealCapacity <em>Areal Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areal Capacity</em>'.
	 * @see org.anodyne.model.CounterElectrode#getArealCapacity()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_ArealCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getSpecificCapacity <em>Specific Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specific Capacity</em>'.
	 * @see org.anodyne.model.CounterElectrode#getSpecificCapacity()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_SpecificCapacity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getLoading <em>Loading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loading</em>'.
	 * @see org.anodyne.model.CounterElectrode#getLoading()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_Loading();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getLowerVoltageLimit <em>Lower Voltage Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Voltage Limit</em>'.
	 * @see org.anodyne.model.CounterElectrode#getLowerVoltageLimit()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_LowerVoltageLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getUpperVoltageLimit <em>Upper Voltage Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Voltage Limit</em>'.
	 * @see org.anodyne.model.CounterElectrode#getUpperVoltageLimit()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_UpperVoltageLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getParticleRadius <em>Particle Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Particle Radius</em>'.
	 * @see org.anodyne.model.CounterElectrode#getParticleRadius()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_ParticleRadius();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getSolidDiffusivity <em>Solid Diffusivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solid Diffusivity</em>'.
	 * @see org.anodyne.model.CounterElectrode#getSolidDiffusivity()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_SolidDiffusivity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity <em>Particle Exchange Current Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Particle Exchange Current Density</em>'.
	 * @see org.anodyne.model.CounterElectrode#getParticleExchangeCurrentDensity()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_ParticleExchangeCurrentDensity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getMaximumConcentration <em>Maximum Concentration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Concentration</em>'.
	 * @see org.anodyne.model.CounterElectrode#getMaximumConcentration()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_MaximumConcentration();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getCoatingThickness <em>Coating Thickness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coating Thickness</em>'.
	 * @see org.anodyne.model.CounterElectrode#getCoatingThickness()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_CoatingThickness();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getCoatingPorosity <em>Coating Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coating Porosity</em>'.
	 * @see org.anodyne.model.CounterElectrode#getCoatingPorosity()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_CoatingPorosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CounterElectrode#getCapacityLossPerCycle <em>Capacity Loss Per Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity Loss Per Cycle</em>'.
	 * @see org.anodyne.model.CounterElectrode#getCapacityLossPerCycle()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EAttribute getCounterElectrode_CapacityLossPerCycle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.CounterElectrode#getOcv <em>Ocv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ocv</em>'.
	 * @see org.anodyne.model.CounterElectrode#getOcv()
	 * @see #getCounterElectrode()
	 * @generated
	 */
	EReference getCounterElectrode_Ocv();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.OcvPoint <em>Ocv Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ocv Point</em>'.
	 * @see org.anodyne.model.OcvPoint
	 * @generated
	 */
	EClass getOcvPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.OcvPoint#getStateOfCharge <em>State Of Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Of Charge</em>'.
	 * @see org.anodyne.model.OcvPoint#getStateOfCharge()
	 * @see #getOcvPoint()
	 * @generated
	 */
	EAttribute getOcvPoint_StateOfCharge();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.OcvPoint#getVoltage <em>Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voltage</em>'.
	 * @see org.anodyne.model.OcvPoint#getVoltage()
	 * @see #getOcvPoint()
	 * @generated
	 */
	EAttribute getOcvPoint_Voltage();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see org.anodyne.model.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Protocol#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.anodyne.model.Protocol#getSteps()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Steps();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.anodyne.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ConditionedStep <em>Conditioned Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditioned Step</em>'.
	 * @see org.anodyne.model.ConditionedStep
	 * @generated
	 */
	EClass getConditionedStep();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.ConditionedStep#getStop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Stop</em>'.
	 * @see org.anodyne.model.ConditionedStep#getStop()
	 * @see #getConditionedStep()
	 * @generated
	 */
	EReference getConditionedStep_Stop();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.GalvanostaticStep <em>Galvanostatic Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Galvanostatic Step</em>'.
	 * @see org.anodyne.model.GalvanostaticStep
	 * @generated
	 */
	EClass getGalvanostaticStep();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.GalvanostaticStep#getCurrentDensity <em>Current Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Density</em>'.
	 * @see org.anodyne.model.GalvanostaticStep#getCurrentDensity()
	 * @see #getGalvanostaticStep()
	 * @generated
	 */
	EAttribute getGalvanostaticStep_CurrentDensity();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.PlatingStep <em>Plating Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plating Step</em>'.
	 * @see org.anodyne.model.PlatingStep
	 * @generated
	 */
	EClass getPlatingStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.StrippingStep <em>Stripping Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stripping Step</em>'.
	 * @see org.anodyne.model.StrippingStep
	 * @generated
	 */
	EClass getStrippingStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CellCurrentStep <em>Cell Current Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Current Step</em>'.
	 * @see org.anodyne.model.CellCurrentStep
	 * @generated
	 */
	EClass getCellCurrentStep();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CellCurrentStep#getCRate <em>CRate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>CRate</em>'.
	 * @see org.anodyne.model.CellCurrentStep#getCRate()
	 * @see #getCellCurrentStep()
	 * @generated
	 */
	EAttribute getCellCurrentStep_CRate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CellCurrentStep#getCurrentDensity <em>Current Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Density</em>'.
	 * @see org.anodyne.model.CellCurrentStep#getCurrentDensity()
	 * @see #getCellCurrentStep()
	 * @generated
	 */
	EAttribute getCellCurrentStep_CurrentDensity();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ChargeStep <em>Charge Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Charge Step</em>'.
	 * @see org.anodyne.model.ChargeStep
	 * @generated
	 */
	EClass getChargeStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.DischargeStep <em>Discharge Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Discharge Step</em>'.
	 * @see org.anodyne.model.DischargeStep
	 * @generated
	 */
	EClass getDischargeStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.RestStep <em>Rest Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rest Step</em>'.
	 * @see org.anodyne.model.RestStep
	 * @generated
	 */
	EClass getRestStep();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.RepeatStep <em>Repeat Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repeat Step</em>'.
	 * @see org.anodyne.model.RepeatStep
	 * @generated
	 */
	EClass getRepeatStep();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.RepeatStep#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.anodyne.model.RepeatStep#getCount()
	 * @see #getRepeatStep()
	 * @generated
	 */
	EAttribute getRepeatStep_Count();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.RepeatStep#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.anodyne.model.RepeatStep#getSteps()
	 * @see #getRepeatStep()
	 * @generated
	 */
	EReference getRepeatStep_Steps();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.StopCondition <em>Stop Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stop Condition</em>'.
	 * @see org.anodyne.model.StopCondition
	 * @generated
	 */
	EClass getStopCondition();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.DurationStop <em>Duration Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duration Stop</em>'.
	 * @see org.anodyne.model.DurationStop
	 * @generated
	 */
	EClass getDurationStop();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.DurationStop#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.anodyne.model.DurationStop#getDuration()
	 * @see #getDurationStop()
	 * @generated
	 */
	EAttribute getDurationStop_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.DurationStop#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.anodyne.model.DurationStop#getUnit()
	 * @see #getDurationStop()
	 * @generated
	 */
	EAttribute getDurationStop_Unit();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.CapacityStop <em>Capacity Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity Stop</em>'.
	 * @see org.anodyne.model.CapacityStop
	 * @generated
	 */
	EClass getCapacityStop();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.CapacityStop#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.anodyne.model.CapacityStop#getCapacity()
	 * @see #getCapacityStop()
	 * @generated
	 */
	EAttribute getCapacityStop_Capacity();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.VoltageStop <em>Voltage Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Voltage Stop</em>'.
	 * @see org.anodyne.model.VoltageStop
	 * @generated
	 */
	EClass getVoltageStop();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.VoltageStop#getVoltage <em>Voltage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voltage</em>'.
	 * @see org.anodyne.model.VoltageStop#getVoltage()
	 * @see #getVoltageStop()
	 * @generated
	 */
	EAttribute getVoltageStop_Voltage();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.anodyne.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Study#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.anodyne.model.Study#getKind()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Study#getCell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cell</em>'.
	 * @see org.anodyne.model.Study#getCell()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Cell();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Study#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Protocol</em>'.
	 * @see org.anodyne.model.Study#getProtocol()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Protocol();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Study#getSolver <em>Solver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Solver</em>'.
	 * @see org.anodyne.model.Study#getSolver()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Solver();

	/**
	 * Returns the meta object for the attribute list '{@link org.anodyne.model.Study#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Outputs</em>'.
	 * @see org.anodyne.model.Study#getOutputs()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Outputs();

	/**
	 * Returns the meta object for the containment reference '{@link org.anodyne.model.Study#getLifeModel <em>Life Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Life Model</em>'.
	 * @see org.anodyne.model.Study#getLifeModel()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_LifeModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Study#getNucleationBarriers <em>Nucleation Barriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nucleation Barriers</em>'.
	 * @see org.anodyne.model.Study#getNucleationBarriers()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_NucleationBarriers();

	/**
	 * Returns the meta object for the attribute list '{@link org.anodyne.model.Study#getCalibratedParameters <em>Calibrated Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Calibrated Parameters</em>'.
	 * @see org.anodyne.model.Study#getCalibratedParameters()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_CalibratedParameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Study#getMeasuredPoints <em>Measured Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measured Points</em>'.
	 * @see org.anodyne.model.Study#getMeasuredPoints()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_MeasuredPoints();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.SolverSettings <em>Solver Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solver Settings</em>'.
	 * @see org.anodyne.model.SolverSettings
	 * @generated
	 */
	EClass getSolverSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getGridSpacing <em>Grid Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grid Spacing</em>'.
	 * @see org.anodyne.model.SolverSettings#getGridSpacing()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_GridSpacing();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getTimeStep <em>Time Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Step</em>'.
	 * @see org.anodyne.model.SolverSettings#getTimeStep()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_TimeStep();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.anodyne.model.SolverSettings#getTolerance()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getDomainWidth <em>Domain Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Width</em>'.
	 * @see org.anodyne.model.SolverSettings#getDomainWidth()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_DomainWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getMaxCycles <em>Max Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Cycles</em>'.
	 * @see org.anodyne.model.SolverSettings#getMaxCycles()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_MaxCycles();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SolverSettings#getCounterElectrodePotential <em>Counter Electrode Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counter Electrode Potential</em>'.
	 * @see org.anodyne.model.SolverSettings#getCounterElectrodePotential()
	 * @see #getSolverSettings()
	 * @generated
	 */
	EAttribute getSolverSettings_CounterElectrodePotential();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.LifeModelParameters <em>Life Model Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Life Model Parameters</em>'.
	 * @see org.anodyne.model.LifeModelParameters
	 * @generated
	 */
	EClass getLifeModelParameters();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.LifeModelParameters#getInactiveLayerPorosity <em>Inactive Layer Porosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Layer Porosity</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getInactiveLayerPorosity()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EAttribute getLifeModelParameters_InactiveLayerPorosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.LifeModelParameters#getInactiveLayerTortuosity <em>Inactive Layer Tortuosity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inactive Layer Tortuosity</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getInactiveLayerTortuosity()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EAttribute getLifeModelParameters_InactiveLayerTortuosity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.LifeModelParameters#getOverpotentialLimit <em>Overpotential Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overpotential Limit</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getOverpotentialLimit()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EAttribute getLifeModelParameters_OverpotentialLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.LifeModelParameters#getSolventPerSeiMetal <em>Solvent Per Sei Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solvent Per Sei Metal</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getSolventPerSeiMetal()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EAttribute getLifeModelParameters_SolventPerSeiMetal();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.LifeModelParameters#getEndOfLifeRetention <em>End Of Life Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Of Life Retention</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getEndOfLifeRetention()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EAttribute getLifeModelParameters_EndOfLifeRetention();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.LifeModelParameters#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see org.anodyne.model.LifeModelParameters#getOverrides()
	 * @see #getLifeModelParameters()
	 * @generated
	 */
	EReference getLifeModelParameters_Overrides();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.anodyne.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.anodyne.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.anodyne.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ParameterValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.anodyne.model.ParameterValue#getUnit()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Unit();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.NucleationBarrierOverride <em>Nucleation Barrier Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nucleation Barrier Override</em>'.
	 * @see org.anodyne.model.NucleationBarrierOverride
	 * @generated
	 */
	EClass getNucleationBarrierOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.NucleationBarrierOverride#getSubstrate <em>Substrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substrate</em>'.
	 * @see org.anodyne.model.NucleationBarrierOverride#getSubstrate()
	 * @see #getNucleationBarrierOverride()
	 * @generated
	 */
	EAttribute getNucleationBarrierOverride_Substrate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.NucleationBarrierOverride#getBarrier <em>Barrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Barrier</em>'.
	 * @see org.anodyne.model.NucleationBarrierOverride#getBarrier()
	 * @see #getNucleationBarrierOverride()
	 * @generated
	 */
	EAttribute getNucleationBarrierOverride_Barrier();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.MeasuredPoint <em>Measured Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measured Point</em>'.
	 * @see org.anodyne.model.MeasuredPoint
	 * @generated
	 */
	EClass getMeasuredPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getQuantity()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getCycle <em>Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cycle</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getCycle()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Cycle();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getHour <em>Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hour</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getHour()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Hour();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getValue()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getUnit()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.MeasuredPoint#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.anodyne.model.MeasuredPoint#getNote()
	 * @see #getMeasuredPoint()
	 * @generated
	 */
	EAttribute getMeasuredPoint_Note();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ExplicitFibres <em>Explicit Fibres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit Fibres</em>'.
	 * @see org.anodyne.model.ExplicitFibres
	 * @generated
	 */
	EClass getExplicitFibres();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibres#getPeriodicWidth <em>Periodic Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periodic Width</em>'.
	 * @see org.anodyne.model.ExplicitFibres#getPeriodicWidth()
	 * @see #getExplicitFibres()
	 * @generated
	 */
	EAttribute getExplicitFibres_PeriodicWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibres#getFibreFile <em>Fibre File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fibre File</em>'.
	 * @see org.anodyne.model.ExplicitFibres#getFibreFile()
	 * @see #getExplicitFibres()
	 * @generated
	 */
	EAttribute getExplicitFibres_FibreFile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.ExplicitFibres#getFibres <em>Fibres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fibres</em>'.
	 * @see org.anodyne.model.ExplicitFibres#getFibres()
	 * @see #getExplicitFibres()
	 * @generated
	 */
	EReference getExplicitFibres_Fibres();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.ExplicitFibre <em>Explicit Fibre</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit Fibre</em>'.
	 * @see org.anodyne.model.ExplicitFibre
	 * @generated
	 */
	EClass getExplicitFibre();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibre#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.anodyne.model.ExplicitFibre#getX()
	 * @see #getExplicitFibre()
	 * @generated
	 */
	EAttribute getExplicitFibre_X();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibre#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.anodyne.model.ExplicitFibre#getY()
	 * @see #getExplicitFibre()
	 * @generated
	 */
	EAttribute getExplicitFibre_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibre#getRadius <em>Radius</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radius</em>'.
	 * @see org.anodyne.model.ExplicitFibre#getRadius()
	 * @see #getExplicitFibre()
	 * @generated
	 */
	EAttribute getExplicitFibre_Radius();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibre#getSubstrate <em>Substrate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Substrate</em>'.
	 * @see org.anodyne.model.ExplicitFibre#getSubstrate()
	 * @see #getExplicitFibre()
	 * @generated
	 */
	EAttribute getExplicitFibre_Substrate();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.ExplicitFibre#isCovered <em>Covered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered</em>'.
	 * @see org.anodyne.model.ExplicitFibre#isCovered()
	 * @see #getExplicitFibre()
	 * @generated
	 */
	EAttribute getExplicitFibre_Covered();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.anodyne.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the reference '{@link org.anodyne.model.Sweep#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Study</em>'.
	 * @see org.anodyne.model.Sweep#getStudy()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Study();

	/**
	 * Returns the meta object for the containment reference list '{@link org.anodyne.model.Sweep#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.anodyne.model.Sweep#getParameters()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Sweep#getSampling <em>Sampling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling</em>'.
	 * @see org.anodyne.model.Sweep#getSampling()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Sampling();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Sweep#getSampleCount <em>Sample Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Count</em>'.
	 * @see org.anodyne.model.Sweep#getSampleCount()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_SampleCount();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Sweep#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.anodyne.model.Sweep#getSeed()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.Sweep#getMaxPoints <em>Max Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Points</em>'.
	 * @see org.anodyne.model.Sweep#getMaxPoints()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_MaxPoints();

	/**
	 * Returns the meta object for the attribute list '{@link org.anodyne.model.Sweep#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Outputs</em>'.
	 * @see org.anodyne.model.Sweep#getOutputs()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Outputs();

	/**
	 * Returns the meta object for class '{@link org.anodyne.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Parameter</em>'.
	 * @see org.anodyne.model.SweepParameter
	 * @generated
	 */
	EClass getSweepParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.anodyne.model.SweepParameter#getPath()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.anodyne.model.SweepParameter#getUnit()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getSpacing <em>Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing</em>'.
	 * @see org.anodyne.model.SweepParameter#getSpacing()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Spacing();

	/**
	 * Returns the meta object for the attribute list '{@link org.anodyne.model.SweepParameter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.anodyne.model.SweepParameter#getValues()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.anodyne.model.SweepParameter#getFrom()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_From();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.anodyne.model.SweepParameter#getTo()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_To();

	/**
	 * Returns the meta object for the attribute '{@link org.anodyne.model.SweepParameter#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.anodyne.model.SweepParameter#getCount()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Count();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.CellConfiguration <em>Cell Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Configuration</em>'.
	 * @see org.anodyne.model.CellConfiguration
	 * @generated
	 */
	EEnum getCellConfiguration();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.CellFormat <em>Cell Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cell Format</em>'.
	 * @see org.anodyne.model.CellFormat
	 * @generated
	 */
	EEnum getCellFormat();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.Orientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Orientation</em>'.
	 * @see org.anodyne.model.Orientation
	 * @generated
	 */
	EEnum getOrientation();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.CounterMaterial <em>Counter Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Counter Material</em>'.
	 * @see org.anodyne.model.CounterMaterial
	 * @generated
	 */
	EEnum getCounterMaterial();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.TimeUnit <em>Time Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Unit</em>'.
	 * @see org.anodyne.model.TimeUnit
	 * @generated
	 */
	EEnum getTimeUnit();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.StudyKind <em>Study Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Kind</em>'.
	 * @see org.anodyne.model.StudyKind
	 * @generated
	 */
	EEnum getStudyKind();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.OutputQuantity <em>Output Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Quantity</em>'.
	 * @see org.anodyne.model.OutputQuantity
	 * @generated
	 */
	EEnum getOutputQuantity();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.MeasuredQuantity <em>Measured Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measured Quantity</em>'.
	 * @see org.anodyne.model.MeasuredQuantity
	 * @generated
	 */
	EEnum getMeasuredQuantity();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.SweepSampling <em>Sweep Sampling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sweep Sampling</em>'.
	 * @see org.anodyne.model.SweepSampling
	 * @generated
	 */
	EEnum getSweepSampling();

	/**
	 * Returns the meta object for enum '{@link org.anodyne.model.SweepSpacing <em>Sweep Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sweep Spacing</em>'.
	 * @see org.anodyne.model.SweepSpacing
	 * @generated
	 */
	EEnum getSweepSpacing();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AnodyneFactory getAnodyneFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.NamedElementImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ID = eINSTANCE.getNamedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CellDesignImpl <em>Cell Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CellDesignImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellDesign()
		 * @generated
		 */
		EClass CELL_DESIGN = eINSTANCE.getCellDesign();

		/**
		 * The meta object literal for the '<em><b>Library</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_DESIGN__LIBRARY = eINSTANCE.getCellDesign_Library();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_DESIGN__CELLS = eINSTANCE.getCellDesign_Cells();

		/**
		 * The meta object literal for the '<em><b>Protocols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_DESIGN__PROTOCOLS = eINSTANCE.getCellDesign_Protocols();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_DESIGN__STUDIES = eINSTANCE.getCellDesign_Studies();

		/**
		 * The meta object literal for the '<em><b>Sweeps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL_DESIGN__SWEEPS = eINSTANCE.getCellDesign_Sweeps();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.MaterialLibraryImpl <em>Material Library</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.MaterialLibraryImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getMaterialLibrary()
		 * @generated
		 */
		EClass MATERIAL_LIBRARY = eINSTANCE.getMaterialLibrary();

		/**
		 * The meta object literal for the '<em><b>Electrolytes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIBRARY__ELECTROLYTES = eINSTANCE.getMaterialLibrary_Electrolytes();

		/**
		 * The meta object literal for the '<em><b>Separators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIBRARY__SEPARATORS = eINSTANCE.getMaterialLibrary_Separators();

		/**
		 * The meta object literal for the '<em><b>Counter Electrodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIBRARY__COUNTER_ELECTRODES = eINSTANCE.getMaterialLibrary_CounterElectrodes();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CellImpl <em>Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CellImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCell()
		 * @generated
		 */
		EClass CELL = eINSTANCE.getCell();

		/**
		 * The meta object literal for the '<em><b>Configuration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__CONFIGURATION = eINSTANCE.getCell_Configuration();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__FORMAT = eINSTANCE.getCell_Format();

		/**
		 * The meta object literal for the '<em><b>Electrode Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__ELECTRODE_AREA = eINSTANCE.getCell_ElectrodeArea();

		/**
		 * The meta object literal for the '<em><b>Temperature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__TEMPERATURE = eINSTANCE.getCell_Temperature();

		/**
		 * The meta object literal for the '<em><b>Anode</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__ANODE = eINSTANCE.getCell_Anode();

		/**
		 * The meta object literal for the '<em><b>Counter Anode</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__COUNTER_ANODE = eINSTANCE.getCell_CounterAnode();

		/**
		 * The meta object literal for the '<em><b>Counter Electrode</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__COUNTER_ELECTRODE = eINSTANCE.getCell_CounterElectrode();

		/**
		 * The meta object literal for the '<em><b>Separator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__SEPARATOR = eINSTANCE.getCell_Separator();

		/**
		 * The meta object literal for the '<em><b>Electrolyte</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CELL__ELECTROLYTE = eINSTANCE.getCell_Electrolyte();

		/**
		 * The meta object literal for the '<em><b>Electrolyte Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__ELECTROLYTE_VOLUME = eINSTANCE.getCell_ElectrolyteVolume();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.AnodeImpl <em>Anode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.AnodeImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getAnode()
		 * @generated
		 */
		EClass ANODE = eINSTANCE.getAnode();

		/**
		 * The meta object literal for the '<em><b>Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANODE__METAL = eINSTANCE.getAnode_Metal();

		/**
		 * The meta object literal for the '<em><b>Collector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANODE__COLLECTOR = eINSTANCE.getAnode_Collector();

		/**
		 * The meta object literal for the '<em><b>Pre Deposit Loading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANODE__PRE_DEPOSIT_LOADING = eINSTANCE.getAnode_PreDepositLoading();

		/**
		 * The meta object literal for the '<em><b>Pre Deposit Current Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANODE__PRE_DEPOSIT_CURRENT_DENSITY = eINSTANCE.getAnode_PreDepositCurrentDensity();

		/**
		 * The meta object literal for the '<em><b>Orientation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANODE__ORIENTATION = eINSTANCE.getAnode_Orientation();

		/**
		 * The meta object literal for the '<em><b>Surface Layer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANODE__SURFACE_LAYER = eINSTANCE.getAnode_SurfaceLayer();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SurfaceLayerImpl <em>Surface Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SurfaceLayerImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSurfaceLayer()
		 * @generated
		 */
		EClass SURFACE_LAYER = eINSTANCE.getSurfaceLayer();

		/**
		 * The meta object literal for the '<em><b>Substrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_LAYER__SUBSTRATE = eINSTANCE.getSurfaceLayer_Substrate();

		/**
		 * The meta object literal for the '<em><b>Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_LAYER__THICKNESS = eINSTANCE.getSurfaceLayer_Thickness();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CurrentCollectorImpl <em>Current Collector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CurrentCollectorImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCurrentCollector()
		 * @generated
		 */
		EClass CURRENT_COLLECTOR = eINSTANCE.getCurrentCollector();

		/**
		 * The meta object literal for the '<em><b>Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_COLLECTOR__THICKNESS = eINSTANCE.getCurrentCollector_Thickness();

		/**
		 * The meta object literal for the '<em><b>Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_COLLECTOR__POROSITY = eINSTANCE.getCurrentCollector_Porosity();

		/**
		 * The meta object literal for the '<em><b>Areal Mass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_COLLECTOR__AREAL_MASS = eINSTANCE.getCurrentCollector_ArealMass();

		/**
		 * The meta object literal for the '<em><b>Substrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_COLLECTOR__SUBSTRATE = eINSTANCE.getCurrentCollector_Substrate();

		/**
		 * The meta object literal for the '<em><b>Electronic Conductivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY = eINSTANCE.getCurrentCollector_ElectronicConductivity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CarbonClothImpl <em>Carbon Cloth</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CarbonClothImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCarbonCloth()
		 * @generated
		 */
		EClass CARBON_CLOTH = eINSTANCE.getCarbonCloth();

		/**
		 * The meta object literal for the '<em><b>Fibre Diameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARBON_CLOTH__FIBRE_DIAMETER = eINSTANCE.getCarbonCloth_FibreDiameter();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CARBON_CLOTH__LAYOUT = eINSTANCE.getCarbonCloth_Layout();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.FibreLayoutImpl <em>Fibre Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.FibreLayoutImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getFibreLayout()
		 * @generated
		 */
		EClass FIBRE_LAYOUT = eINSTANCE.getFibreLayout();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.WovenTowsImpl <em>Woven Tows</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.WovenTowsImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getWovenTows()
		 * @generated
		 */
		EClass WOVEN_TOWS = eINSTANCE.getWovenTows();

		/**
		 * The meta object literal for the '<em><b>Fibres Per Tow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WOVEN_TOWS__FIBRES_PER_TOW = eINSTANCE.getWovenTows_FibresPerTow();

		/**
		 * The meta object literal for the '<em><b>Tow Pitch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WOVEN_TOWS__TOW_PITCH = eINSTANCE.getWovenTows_TowPitch();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.StaggeredLatticeImpl <em>Staggered Lattice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.StaggeredLatticeImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStaggeredLattice()
		 * @generated
		 */
		EClass STAGGERED_LATTICE = eINSTANCE.getStaggeredLattice();

		/**
		 * The meta object literal for the '<em><b>XPitch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGGERED_LATTICE__XPITCH = eINSTANCE.getStaggeredLattice_XPitch();

		/**
		 * The meta object literal for the '<em><b>Row Pitch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGGERED_LATTICE__ROW_PITCH = eINSTANCE.getStaggeredLattice_RowPitch();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.MetalFoamImpl <em>Metal Foam</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.MetalFoamImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getMetalFoam()
		 * @generated
		 */
		EClass METAL_FOAM = eINSTANCE.getMetalFoam();

		/**
		 * The meta object literal for the '<em><b>Pore Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_FOAM__PORE_SIZE = eINSTANCE.getMetalFoam_PoreSize();

		/**
		 * The meta object literal for the '<em><b>Ligament Diameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_FOAM__LIGAMENT_DIAMETER = eINSTANCE.getMetalFoam_LigamentDiameter();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ConductiveFabricImpl <em>Conductive Fabric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ConductiveFabricImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getConductiveFabric()
		 * @generated
		 */
		EClass CONDUCTIVE_FABRIC = eINSTANCE.getConductiveFabric();

		/**
		 * The meta object literal for the '<em><b>Substrate Fibre</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE = eINSTANCE.getConductiveFabric_SubstrateFibre();

		/**
		 * The meta object literal for the '<em><b>Fibre Diameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTIVE_FABRIC__FIBRE_DIAMETER = eINSTANCE.getConductiveFabric_FibreDiameter();

		/**
		 * The meta object literal for the '<em><b>Coating Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTIVE_FABRIC__COATING_METAL = eINSTANCE.getConductiveFabric_CoatingMetal();

		/**
		 * The meta object literal for the '<em><b>Coating Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTIVE_FABRIC__COATING_THICKNESS = eINSTANCE.getConductiveFabric_CoatingThickness();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.FoilImpl <em>Foil</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.FoilImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getFoil()
		 * @generated
		 */
		EClass FOIL = eINSTANCE.getFoil();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ElectrolyteImpl <em>Electrolyte</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ElectrolyteImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getElectrolyte()
		 * @generated
		 */
		EClass ELECTROLYTE = eINSTANCE.getElectrolyte();

		/**
		 * The meta object literal for the '<em><b>Salt</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTROLYTE__SALT = eINSTANCE.getElectrolyte_Salt();

		/**
		 * The meta object literal for the '<em><b>Concentration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__CONCENTRATION = eINSTANCE.getElectrolyte_Concentration();

		/**
		 * The meta object literal for the '<em><b>Solvents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTROLYTE__SOLVENTS = eINSTANCE.getElectrolyte_Solvents();

		/**
		 * The meta object literal for the '<em><b>Additives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTROLYTE__ADDITIVES = eINSTANCE.getElectrolyte_Additives();

		/**
		 * The meta object literal for the '<em><b>Diffusion Coefficient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__DIFFUSION_COEFFICIENT = eINSTANCE.getElectrolyte_DiffusionCoefficient();

		/**
		 * The meta object literal for the '<em><b>Transference Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__TRANSFERENCE_NUMBER = eINSTANCE.getElectrolyte_TransferenceNumber();

		/**
		 * The meta object literal for the '<em><b>Conductivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__CONDUCTIVITY = eINSTANCE.getElectrolyte_Conductivity();

		/**
		 * The meta object literal for the '<em><b>Exchange Current Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__EXCHANGE_CURRENT_DENSITY = eINSTANCE.getElectrolyte_ExchangeCurrentDensity();

		/**
		 * The meta object literal for the '<em><b>Cathodic Transfer Coefficient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT = eINSTANCE.getElectrolyte_CathodicTransferCoefficient();

		/**
		 * The meta object literal for the '<em><b>Solvent Molar Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELECTROLYTE__SOLVENT_MOLAR_VOLUME = eINSTANCE.getElectrolyte_SolventMolarVolume();

		/**
		 * The meta object literal for the '<em><b>Metal Pairs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELECTROLYTE__METAL_PAIRS = eINSTANCE.getElectrolyte_MetalPairs();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.MetalElectrolytePairImpl <em>Metal Electrolyte Pair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.MetalElectrolytePairImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getMetalElectrolytePair()
		 * @generated
		 */
		EClass METAL_ELECTROLYTE_PAIR = eINSTANCE.getMetalElectrolytePair();

		/**
		 * The meta object literal for the '<em><b>Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__METAL = eINSTANCE.getMetalElectrolytePair_Metal();

		/**
		 * The meta object literal for the '<em><b>Sei Charge Per Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA = eINSTANCE.getMetalElectrolytePair_SeiChargePerArea();

		/**
		 * The meta object literal for the '<em><b>Sei Film Resistance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE = eINSTANCE.getMetalElectrolytePair_SeiFilmResistance();

		/**
		 * The meta object literal for the '<em><b>Sei Calendar Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE = eINSTANCE.getMetalElectrolytePair_SeiCalendarRate();

		/**
		 * The meta object literal for the '<em><b>Whisker Diameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER = eINSTANCE.getMetalElectrolytePair_WhiskerDiameter();

		/**
		 * The meta object literal for the '<em><b>Moss Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__MOSS_POROSITY = eINSTANCE.getMetalElectrolytePair_MossPorosity();

		/**
		 * The meta object literal for the '<em><b>Dendrite Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY = eINSTANCE.getMetalElectrolytePair_DendritePorosity();

		/**
		 * The meta object literal for the '<em><b>Isolation Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY = eINSTANCE.getMetalElectrolytePair_IsolationProbability();

		/**
		 * The meta object literal for the '<em><b>Inactive Layer Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY = eINSTANCE.getMetalElectrolytePair_InactiveLayerPorosity();

		/**
		 * The meta object literal for the '<em><b>Inactive Layer Tortuosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY = eINSTANCE.getMetalElectrolytePair_InactiveLayerTortuosity();

		/**
		 * The meta object literal for the '<em><b>Solvent Per Sei Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL = eINSTANCE.getMetalElectrolytePair_SolventPerSeiMetal();

		/**
		 * The meta object literal for the '<em><b>Coverage Charge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE = eINSTANCE.getMetalElectrolytePair_CoverageCharge();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SaltImpl <em>Salt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SaltImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSalt()
		 * @generated
		 */
		EClass SALT = eINSTANCE.getSalt();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALT__NAME = eINSTANCE.getSalt_Name();

		/**
		 * The meta object literal for the '<em><b>Cation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALT__CATION = eINSTANCE.getSalt_Cation();

		/**
		 * The meta object literal for the '<em><b>Cation Charge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALT__CATION_CHARGE = eINSTANCE.getSalt_CationCharge();

		/**
		 * The meta object literal for the '<em><b>Anion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALT__ANION = eINSTANCE.getSalt_Anion();

		/**
		 * The meta object literal for the '<em><b>Anion Charge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALT__ANION_CHARGE = eINSTANCE.getSalt_AnionCharge();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SolventComponentImpl <em>Solvent Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SolventComponentImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSolventComponent()
		 * @generated
		 */
		EClass SOLVENT_COMPONENT = eINSTANCE.getSolventComponent();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVENT_COMPONENT__NAME = eINSTANCE.getSolventComponent_Name();

		/**
		 * The meta object literal for the '<em><b>Volume Parts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVENT_COMPONENT__VOLUME_PARTS = eINSTANCE.getSolventComponent_VolumeParts();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.AdditiveImpl <em>Additive</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.AdditiveImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getAdditive()
		 * @generated
		 */
		EClass ADDITIVE = eINSTANCE.getAdditive();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDITIVE__NAME = eINSTANCE.getAdditive_Name();

		/**
		 * The meta object literal for the '<em><b>Mass Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDITIVE__MASS_FRACTION = eINSTANCE.getAdditive_MassFraction();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SeparatorImpl <em>Separator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SeparatorImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSeparator()
		 * @generated
		 */
		EClass SEPARATOR = eINSTANCE.getSeparator();

		/**
		 * The meta object literal for the '<em><b>Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEPARATOR__THICKNESS = eINSTANCE.getSeparator_Thickness();

		/**
		 * The meta object literal for the '<em><b>Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEPARATOR__POROSITY = eINSTANCE.getSeparator_Porosity();

		/**
		 * The meta object literal for the '<em><b>Tortuosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEPARATOR__TORTUOSITY = eINSTANCE.getSeparator_Tortuosity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CounterElectrodeImpl <em>Counter Electrode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CounterElectrodeImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCounterElectrode()
		 * @generated
		 */
		EClass COUNTER_ELECTRODE = eINSTANCE.getCounterElectrode();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__MATERIAL = eINSTANCE.getCounterElectrode_Material();

		/**
		 * The meta object literal for the '<em><b>Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__METAL = eINSTANCE.getCounterElectrode_Metal();

		/**
		 * The meta object literal for the '<em><b>Areal Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__AREAL_CAPACITY = eINSTANCE.getCounterElectrode_ArealCapacity();

		/**
		 * The meta object literal for the '<em><b>Specific Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__SPECIFIC_CAPACITY = eINSTANCE.getCounterElectrode_SpecificCapacity();

		/**
		 * The meta object literal for the '<em><b>Loading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__LOADING = eINSTANCE.getCounterElectrode_Loading();

		/**
		 * The meta object literal for the '<em><b>Lower Voltage Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT = eINSTANCE.getCounterElectrode_LowerVoltageLimit();

		/**
		 * The meta object literal for the '<em><b>Upper Voltage Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT = eINSTANCE.getCounterElectrode_UpperVoltageLimit();

		/**
		 * The meta object literal for the '<em><b>Particle Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__PARTICLE_RADIUS = eINSTANCE.getCounterElectrode_ParticleRadius();

		/**
		 * The meta object literal for the '<em><b>Solid Diffusivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__SOLID_DIFFUSIVITY = eINSTANCE.getCounterElectrode_SolidDiffusivity();

		/**
		 * The meta object literal for the '<em><b>Particle Exchange Current Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY = eINSTANCE.getCounterElectrode_ParticleExchangeCurrentDensity();

		/**
		 * The meta object literal for the '<em><b>Maximum Concentration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION = eINSTANCE.getCounterElectrode_MaximumConcentration();

		/**
		 * The meta object literal for the '<em><b>Coating Thickness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__COATING_THICKNESS = eINSTANCE.getCounterElectrode_CoatingThickness();

		/**
		 * The meta object literal for the '<em><b>Coating Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__COATING_POROSITY = eINSTANCE.getCounterElectrode_CoatingPorosity();

		/**
		 * The meta object literal for the '<em><b>Capacity Loss Per Cycle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE = eINSTANCE.getCounterElectrode_CapacityLossPerCycle();

		/**
		 * The meta object literal for the '<em><b>Ocv</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER_ELECTRODE__OCV = eINSTANCE.getCounterElectrode_Ocv();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.OcvPointImpl <em>Ocv Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.OcvPointImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getOcvPoint()
		 * @generated
		 */
		EClass OCV_POINT = eINSTANCE.getOcvPoint();

		/**
		 * The meta object literal for the '<em><b>State Of Charge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCV_POINT__STATE_OF_CHARGE = eINSTANCE.getOcvPoint_StateOfCharge();

		/**
		 * The meta object literal for the '<em><b>Voltage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCV_POINT__VOLTAGE = eINSTANCE.getOcvPoint_Voltage();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ProtocolImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__STEPS = eINSTANCE.getProtocol_Steps();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.StepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ConditionedStepImpl <em>Conditioned Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ConditionedStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getConditionedStep()
		 * @generated
		 */
		EClass CONDITIONED_STEP = eINSTANCE.getConditionedStep();

		/**
		 * The meta object literal for the '<em><b>Stop</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONED_STEP__STOP = eINSTANCE.getConditionedStep_Stop();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.GalvanostaticStepImpl <em>Galvanostatic Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.GalvanostaticStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getGalvanostaticStep()
		 * @generated
		 */
		EClass GALVANOSTATIC_STEP = eINSTANCE.getGalvanostaticStep();

		/**
		 * The meta object literal for the '<em><b>Current Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GALVANOSTATIC_STEP__CURRENT_DENSITY = eINSTANCE.getGalvanostaticStep_CurrentDensity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.PlatingStepImpl <em>Plating Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.PlatingStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getPlatingStep()
		 * @generated
		 */
		EClass PLATING_STEP = eINSTANCE.getPlatingStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.StrippingStepImpl <em>Stripping Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.StrippingStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStrippingStep()
		 * @generated
		 */
		EClass STRIPPING_STEP = eINSTANCE.getStrippingStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CellCurrentStepImpl <em>Cell Current Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CellCurrentStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellCurrentStep()
		 * @generated
		 */
		EClass CELL_CURRENT_STEP = eINSTANCE.getCellCurrentStep();

		/**
		 * The meta object literal for the '<em><b>CRate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_CURRENT_STEP__CRATE = eINSTANCE.getCellCurrentStep_CRate();

		/**
		 * The meta object literal for the '<em><b>Current Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_CURRENT_STEP__CURRENT_DENSITY = eINSTANCE.getCellCurrentStep_CurrentDensity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ChargeStepImpl <em>Charge Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ChargeStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getChargeStep()
		 * @generated
		 */
		EClass CHARGE_STEP = eINSTANCE.getChargeStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.DischargeStepImpl <em>Discharge Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.DischargeStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getDischargeStep()
		 * @generated
		 */
		EClass DISCHARGE_STEP = eINSTANCE.getDischargeStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.RestStepImpl <em>Rest Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.RestStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getRestStep()
		 * @generated
		 */
		EClass REST_STEP = eINSTANCE.getRestStep();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.RepeatStepImpl <em>Repeat Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.RepeatStepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getRepeatStep()
		 * @generated
		 */
		EClass REPEAT_STEP = eINSTANCE.getRepeatStep();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPEAT_STEP__COUNT = eINSTANCE.getRepeatStep_Count();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPEAT_STEP__STEPS = eINSTANCE.getRepeatStep_Steps();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.StopConditionImpl <em>Stop Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.StopConditionImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStopCondition()
		 * @generated
		 */
		EClass STOP_CONDITION = eINSTANCE.getStopCondition();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.DurationStopImpl <em>Duration Stop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.DurationStopImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getDurationStop()
		 * @generated
		 */
		EClass DURATION_STOP = eINSTANCE.getDurationStop();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DURATION_STOP__DURATION = eINSTANCE.getDurationStop_Duration();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DURATION_STOP__UNIT = eINSTANCE.getDurationStop_Unit();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.CapacityStopImpl <em>Capacity Stop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.CapacityStopImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCapacityStop()
		 * @generated
		 */
		EClass CAPACITY_STOP = eINSTANCE.getCapacityStop();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY_STOP__CAPACITY = eINSTANCE.getCapacityStop_Capacity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.VoltageStopImpl <em>Voltage Stop</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.VoltageStopImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getVoltageStop()
		 * @generated
		 */
		EClass VOLTAGE_STOP = eINSTANCE.getVoltageStop();

		/**
		 * The meta object literal for the '<em><b>Voltage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOLTAGE_STOP__VOLTAGE = eINSTANCE.getVoltageStop_Voltage();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.StudyImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__KIND = eINSTANCE.getStudy_Kind();

		/**
		 * The meta object literal for the '<em><b>Cell</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CELL = eINSTANCE.getStudy_Cell();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PROTOCOL = eINSTANCE.getStudy_Protocol();

		/**
		 * The meta object literal for the '<em><b>Solver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__SOLVER = eINSTANCE.getStudy_Solver();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__OUTPUTS = eINSTANCE.getStudy_Outputs();

		/**
		 * The meta object literal for the '<em><b>Life Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__LIFE_MODEL = eINSTANCE.getStudy_LifeModel();

		/**
		 * The meta object literal for the '<em><b>Nucleation Barriers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__NUCLEATION_BARRIERS = eINSTANCE.getStudy_NucleationBarriers();

		/**
		 * The meta object literal for the '<em><b>Calibrated Parameters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__CALIBRATED_PARAMETERS = eINSTANCE.getStudy_CalibratedParameters();

		/**
		 * The meta object literal for the '<em><b>Measured Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__MEASURED_POINTS = eINSTANCE.getStudy_MeasuredPoints();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SolverSettingsImpl <em>Solver Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SolverSettingsImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSolverSettings()
		 * @generated
		 */
		EClass SOLVER_SETTINGS = eINSTANCE.getSolverSettings();

		/**
		 * The meta object literal for the '<em><b>Grid Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__GRID_SPACING = eINSTANCE.getSolverSettings_GridSpacing();

		/**
		 * The meta object literal for the '<em><b>Time Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__TIME_STEP = eINSTANCE.getSolverSettings_TimeStep();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__TOLERANCE = eINSTANCE.getSolverSettings_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Domain Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__DOMAIN_WIDTH = eINSTANCE.getSolverSettings_DomainWidth();

		/**
		 * The meta object literal for the '<em><b>Max Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__MAX_CYCLES = eINSTANCE.getSolverSettings_MaxCycles();

		/**
		 * The meta object literal for the '<em><b>Counter Electrode Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL = eINSTANCE.getSolverSettings_CounterElectrodePotential();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.LifeModelParametersImpl <em>Life Model Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.LifeModelParametersImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getLifeModelParameters()
		 * @generated
		 */
		EClass LIFE_MODEL_PARAMETERS = eINSTANCE.getLifeModelParameters();

		/**
		 * The meta object literal for the '<em><b>Inactive Layer Porosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY = eINSTANCE.getLifeModelParameters_InactiveLayerPorosity();

		/**
		 * The meta object literal for the '<em><b>Inactive Layer Tortuosity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY = eINSTANCE.getLifeModelParameters_InactiveLayerTortuosity();

		/**
		 * The meta object literal for the '<em><b>Overpotential Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT = eINSTANCE.getLifeModelParameters_OverpotentialLimit();

		/**
		 * The meta object literal for the '<em><b>Solvent Per Sei Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL = eINSTANCE.getLifeModelParameters_SolventPerSeiMetal();

		/**
		 * The meta object literal for the '<em><b>End Of Life Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION = eINSTANCE.getLifeModelParameters_EndOfLifeRetention();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFE_MODEL_PARAMETERS__OVERRIDES = eINSTANCE.getLifeModelParameters_Overrides();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ParameterValueImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__UNIT = eINSTANCE.getParameterValue_Unit();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.NucleationBarrierOverrideImpl <em>Nucleation Barrier Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.NucleationBarrierOverrideImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getNucleationBarrierOverride()
		 * @generated
		 */
		EClass NUCLEATION_BARRIER_OVERRIDE = eINSTANCE.getNucleationBarrierOverride();

		/**
		 * The meta object literal for the '<em><b>Substrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE = eINSTANCE.getNucleationBarrierOverride_Substrate();

		/**
		 * The meta object literal for the '<em><b>Barrier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUCLEATION_BARRIER_OVERRIDE__BARRIER = eINSTANCE.getNucleationBarrierOverride_Barrier();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.MeasuredPointImpl <em>Measured Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.MeasuredPointImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getMeasuredPoint()
		 * @generated
		 */
		EClass MEASURED_POINT = eINSTANCE.getMeasuredPoint();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__QUANTITY = eINSTANCE.getMeasuredPoint_Quantity();

		/**
		 * The meta object literal for the '<em><b>Cycle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__CYCLE = eINSTANCE.getMeasuredPoint_Cycle();

		/**
		 * The meta object literal for the '<em><b>Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__HOUR = eINSTANCE.getMeasuredPoint_Hour();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__VALUE = eINSTANCE.getMeasuredPoint_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__UNIT = eINSTANCE.getMeasuredPoint_Unit();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURED_POINT__NOTE = eINSTANCE.getMeasuredPoint_Note();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ExplicitFibresImpl <em>Explicit Fibres</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ExplicitFibresImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getExplicitFibres()
		 * @generated
		 */
		EClass EXPLICIT_FIBRES = eINSTANCE.getExplicitFibres();

		/**
		 * The meta object literal for the '<em><b>Periodic Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRES__PERIODIC_WIDTH = eINSTANCE.getExplicitFibres_PeriodicWidth();

		/**
		 * The meta object literal for the '<em><b>Fibre File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRES__FIBRE_FILE = eINSTANCE.getExplicitFibres_FibreFile();

		/**
		 * The meta object literal for the '<em><b>Fibres</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLICIT_FIBRES__FIBRES = eINSTANCE.getExplicitFibres_Fibres();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.ExplicitFibreImpl <em>Explicit Fibre</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.ExplicitFibreImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getExplicitFibre()
		 * @generated
		 */
		EClass EXPLICIT_FIBRE = eINSTANCE.getExplicitFibre();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRE__X = eINSTANCE.getExplicitFibre_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRE__Y = eINSTANCE.getExplicitFibre_Y();

		/**
		 * The meta object literal for the '<em><b>Radius</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRE__RADIUS = eINSTANCE.getExplicitFibre_Radius();

		/**
		 * The meta object literal for the '<em><b>Substrate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRE__SUBSTRATE = eINSTANCE.getExplicitFibre_Substrate();

		/**
		 * The meta object literal for the '<em><b>Covered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_FIBRE__COVERED = eINSTANCE.getExplicitFibre_Covered();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SweepImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__STUDY = eINSTANCE.getSweep_Study();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__PARAMETERS = eINSTANCE.getSweep_Parameters();

		/**
		 * The meta object literal for the '<em><b>Sampling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SAMPLING = eINSTANCE.getSweep_Sampling();

		/**
		 * The meta object literal for the '<em><b>Sample Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SAMPLE_COUNT = eINSTANCE.getSweep_SampleCount();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SEED = eINSTANCE.getSweep_Seed();

		/**
		 * The meta object literal for the '<em><b>Max Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__MAX_POINTS = eINSTANCE.getSweep_MaxPoints();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__OUTPUTS = eINSTANCE.getSweep_Outputs();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.impl.SweepParameterImpl
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepParameter()
		 * @generated
		 */
		EClass SWEEP_PARAMETER = eINSTANCE.getSweepParameter();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__PATH = eINSTANCE.getSweepParameter_Path();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__UNIT = eINSTANCE.getSweepParameter_Unit();

		/**
		 * The meta object literal for the '<em><b>Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__SPACING = eINSTANCE.getSweepParameter_Spacing();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__VALUES = eINSTANCE.getSweepParameter_Values();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__FROM = eINSTANCE.getSweepParameter_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__TO = eINSTANCE.getSweepParameter_To();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__COUNT = eINSTANCE.getSweepParameter_Count();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.CellConfiguration <em>Cell Configuration</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.CellConfiguration
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellConfiguration()
		 * @generated
		 */
		EEnum CELL_CONFIGURATION = eINSTANCE.getCellConfiguration();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.CellFormat <em>Cell Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.CellFormat
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCellFormat()
		 * @generated
		 */
		EEnum CELL_FORMAT = eINSTANCE.getCellFormat();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.Orientation <em>Orientation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.Orientation
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getOrientation()
		 * @generated
		 */
		EEnum ORIENTATION = eINSTANCE.getOrientation();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.CounterMaterial <em>Counter Material</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.CounterMaterial
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getCounterMaterial()
		 * @generated
		 */
		EEnum COUNTER_MATERIAL = eINSTANCE.getCounterMaterial();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.TimeUnit <em>Time Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.TimeUnit
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getTimeUnit()
		 * @generated
		 */
		EEnum TIME_UNIT = eINSTANCE.getTimeUnit();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.StudyKind <em>Study Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.StudyKind
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getStudyKind()
		 * @generated
		 */
		EEnum STUDY_KIND = eINSTANCE.getStudyKind();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.OutputQuantity <em>Output Quantity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.OutputQuantity
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getOutputQuantity()
		 * @generated
		 */
		EEnum OUTPUT_QUANTITY = eINSTANCE.getOutputQuantity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.MeasuredQuantity <em>Measured Quantity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.MeasuredQuantity
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getMeasuredQuantity()
		 * @generated
		 */
		EEnum MEASURED_QUANTITY = eINSTANCE.getMeasuredQuantity();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.SweepSampling <em>Sweep Sampling</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.SweepSampling
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepSampling()
		 * @generated
		 */
		EEnum SWEEP_SAMPLING = eINSTANCE.getSweepSampling();

		/**
		 * The meta object literal for the '{@link org.anodyne.model.SweepSpacing <em>Sweep Spacing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.anodyne.model.SweepSpacing
		 * @see org.anodyne.model.impl.AnodynePackageImpl#getSweepSpacing()
		 * @generated
		 */
		EEnum SWEEP_SPACING = eINSTANCE.getSweepSpacing();

	}

} //AnodynePackage
