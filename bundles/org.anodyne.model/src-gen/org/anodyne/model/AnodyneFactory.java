/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.anodyne.model.AnodynePackage
 * @generated
 */
public interface AnodyneFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AnodyneFactory eINSTANCE = org.anodyne.model.impl.AnodyneFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cell Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cell Design</em>'.
	 * @generated
	 */
	CellDesign createCellDesign();

	/**
	 * Returns a new object of class '<em>Material Library</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Material Library</em>'.
	 * @generated
	 */
	MaterialLibrary createMaterialLibrary();

	/**
	 * Returns a new object of class '<em>Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cell</em>'.
	 * @generated
	 */
	Cell createCell();

	/**
	 * Returns a new object of class '<em>Anode</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Anode</em>'.
	 * @generated
	 */
	Anode createAnode();

	/**
	 * Returns a new object of class '<em>Surface Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Surface Layer</em>'.
	 * @generated
	 */
	SurfaceLayer createSurfaceLayer();

	/**
	 * Returns a new object of class '<em>Carbon Cloth</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Carbon Cloth</em>'.
	 * @generated
	 */
	CarbonCloth createCarbonCloth();

	/**
	 * Returns a new object of class '<em>Woven Tows</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Woven Tows</em>'.
	 * @generated
	 */
	WovenTows createWovenTows();

	/**
	 * Returns a new object of class '<em>Staggered Lattice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Staggered Lattice</em>'.
	 * @generated
	 */
	StaggeredLattice createStaggeredLattice();

	/**
	 * Returns a new object of class '<em>Metal Foam</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metal Foam</em>'.
	 * @generated
	 */
	MetalFoam createMetalFoam();

	/**
	 * Returns a new object of class '<em>Conductive Fabric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conductive Fabric</em>'.
	 * @generated
	 */
	ConductiveFabric createConductiveFabric();

	/**
	 * Returns a new object of class '<em>Foil</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Foil</em>'.
	 * @generated
	 */
	Foil createFoil();

	/**
	 * Returns a new object of class '<em>Electrolyte</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Electrolyte</em>'.
	 * @generated
	 */
	Electrolyte createElectrolyte();

	/**
	 * Returns a new object of class '<em>Metal Electrolyte Pair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metal Electrolyte Pair</em>'.
	 * @generated
	 */
	MetalElectrolytePair createMetalElectrolytePair();

	/**
	 * Returns a new object of class '<em>Salt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Salt</em>'.
	 * @generated
	 */
	Salt createSalt();

	/**
	 * Returns a new object of class '<em>Solvent Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Solvent Component</em>'.
	 * @generated
	 */
	SolventComponent createSolventComponent();

	/**
	 * Returns a new object of class '<em>Additive</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Additive</em>'.
	 * @generated
	 */
	Additive createAdditive();

	/**
	 * Returns a new object of class '<em>Separator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Separator</em>'.
	 * @generated
	 */
	Separator createSeparator();

	/**
	 * Returns a new object of class '<em>Counter Electrode</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter Electrode</em>'.
	 * @generated
	 */
	CounterElectrode createCounterElectrode();

	/**
	 * Returns a new object of class '<em>Ocv Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ocv Point</em>'.
	 * @generated
	 */
	OcvPoint createOcvPoint();

	/**
	 * Returns a new object of class '<em>Protocol</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Protocol</em>'.
	 * @generated
	 */
	Protocol createProtocol();

	/**
	 * Returns a new object of class '<em>Plating Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plating Step</em>'.
	 * @generated
	 */
	PlatingStep createPlatingStep();

	/**
	 * Returns a new object of class '<em>Stripping Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stripping Step</em>'.
	 * @generated
	 */
	StrippingStep createStrippingStep();

	/**
	 * Returns a new object of class '<em>Charge Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Charge Step</em>'.
	 * @generated
	 */
	ChargeStep createChargeStep();

	/**
	 * Returns a new object of class '<em>Discharge Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Discharge Step</em>'.
	 * @generated
	 */
	DischargeStep createDischargeStep();

	/**
	 * Returns a new object of class '<em>Rest Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rest Step</em>'.
	 * @generated
	 */
	RestStep createRestStep();

	/**
	 * Returns a new object of class '<em>Repeat Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Repeat Step</em>'.
	 * @generated
	 */
	RepeatStep createRepeatStep();

	/**
	 * Returns a new object of class '<em>Duration Stop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duration Stop</em>'.
	 * @generated
	 */
	DurationStop createDurationStop();

	/**
	 * Returns a new object of class '<em>Capacity Stop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Capacity Stop</em>'.
	 * @generated
	 */
	CapacityStop createCapacityStop();

	/**
	 * Returns a new object of class '<em>Voltage Stop</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Voltage Stop</em>'.
	 * @generated
	 */
	VoltageStop createVoltageStop();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Solver Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Solver Settings</em>'.
	 * @generated
	 */
	SolverSettings createSolverSettings();

	/**
	 * Returns a new object of class '<em>Life Model Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Life Model Parameters</em>'.
	 * @generated
	 */
	LifeModelParameters createLifeModelParameters();

	/**
	 * Returns a new object of class '<em>Parameter Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Value</em>'.
	 * @generated
	 */
	ParameterValue createParameterValue();

	/**
	 * Returns a new object of class '<em>Nucleation Barrier Override</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Nucleation Barrier Override</em>'.
	 * @generated
	 */
	NucleationBarrierOverride createNucleationBarrierOverride();

	/**
	 * Returns a new object of class '<em>Measured Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Measured Point</em>'.
	 * @generated
	 */
	MeasuredPoint createMeasuredPoint();

	/**
	 * Returns a new object of class '<em>Explicit Fibres</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit Fibres</em>'.
	 * @generated
	 */
	ExplicitFibres createExplicitFibres();

	/**
	 * Returns a new object of class '<em>Explicit Fibre</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit Fibre</em>'.
	 * @generated
	 */
	ExplicitFibre createExplicitFibre();

	/**
	 * Returns a new object of class '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep</em>'.
	 * @generated
	 */
	Sweep createSweep();

	/**
	 * Returns a new object of class '<em>Sweep Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Parameter</em>'.
	 * @generated
	 */
	SweepParameter createSweepParameter();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AnodynePackage getAnodynePackage();

} //AnodyneFactory
