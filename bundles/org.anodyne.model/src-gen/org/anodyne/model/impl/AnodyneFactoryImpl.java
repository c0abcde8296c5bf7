/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AnodyneFactoryImpl extends EFactoryImpl implements AnodyneFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AnodyneFactory init() {
		try {
			AnodyneFactory theAnodyneFactory = (AnodyneFactory)EPackage.Registry.INSTANCE.getEFactory(AnodynePackage.eNS_URI);
			if (theAnodyneFactory != null) {
				return theAnodyneFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AnodyneFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnodyneFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AnodynePackage.CELL_DESIGN: return createCellDesign();
			case AnodynePackage.MATERIAL_LIBRARY: return createMaterialLibrary();
			case AnodynePackage.CELL: return createCell();
			case AnodynePackage.ANODE: return createAnode();
			case AnodynePackage.SURFACE_LAYER: return createSurfaceLayer();
			case AnodynePackage.CARBON_CLOTH: return createCarbonCloth();
			case AnodynePackage.WOVEN_TOWS: return createWovenTows();
			case AnodynePackage.STAGGERED_LATTICE: return createStaggeredLattice();
			case AnodynePackage.METAL_FOAM: return createMetalFoam();
			case AnodynePackage.CONDUCTIVE_FABRIC: return createConductiveFabric();
			case AnodynePackage.FOIL: return createFoil();
			case AnodynePackage.ELECTROLYTE: return createElectrolyte();
			case AnodynePackage.METAL_ELECTROLYTE_PAIR: return createMetalElectrolytePair();
			case AnodynePackage.SALT: return createSalt();
			case AnodynePackage.SOLVENT_COMPONENT: return createSolventComponent();
			case AnodynePackage.ADDITIVE: return createAdditive();
			case AnodynePackage.SEPARATOR: return createSeparator();
			case AnodynePackage.COUNTER_ELECTRODE: return createCounterElectrode();
			case AnodynePackage.OCV_POINT: return createOcvPoint();
			case AnodynePackage.PROTOCOL: return createProtocol();
			case AnodynePackage.PLATING_STEP: return createPlatingStep();
			case AnodynePackage.STRIPPING_STEP: return createStrippingStep();
			case AnodynePackage.CHARGE_STEP: return createChargeStep();
			case AnodynePackage.DISCHARGE_STEP: return createDischargeStep();
			case AnodynePackage.REST_STEP: return createRestStep();
			case AnodynePackage.REPEAT_STEP: return createRepeatStep();
			case AnodynePackage.DURATION_STOP: return createDurationStop();
			case AnodynePackage.CAPACITY_STOP: return createCapacityStop();
			case AnodynePackage.VOLTAGE_STOP: return createVoltageStop();
			case AnodynePackage.STUDY: return createStudy();
			case AnodynePackage.SOLVER_SETTINGS: return createSolverSettings();
			case AnodynePackage.LIFE_MODEL_PARAMETERS: return createLifeModelParameters();
			case AnodynePackage.PARAMETER_VALUE: return createParameterValue();
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE: return createNucleationBarrierOverride();
			case AnodynePackage.MEASURED_POINT: return createMeasuredPoint();
			case AnodynePackage.EXPLICIT_FIBRES: return createExplicitFibres();
			case AnodynePackage.EXPLICIT_FIBRE: return createExplicitFibre();
			case AnodynePackage.SWEEP: return createSweep();
			case AnodynePackage.SWEEP_PARAMETER: return createSweepParameter();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AnodynePackage.CELL_CONFIGURATION:
				return createCellConfigurationFromString(eDataType, initialValue);
			case AnodynePackage.CELL_FORMAT:
				return createCellFormatFromString(eDataType, initialValue);
			case AnodynePackage.ORIENTATION:
				return createOrientationFromString(eDataType, initialValue);
			case AnodynePackage.COUNTER_MATERIAL:
				return createCounterMaterialFromString(eDataType, initialValue);
			case AnodynePackage.TIME_UNIT:
				return createTimeUnitFromString(eDataType, initialValue);
			case AnodynePackage.STUDY_KIND:
				return createStudyKindFromString(eDataType, initialValue);
			case AnodynePackage.OUTPUT_QUANTITY:
				return createOutputQuantityFromString(eDataType, initialValue);
			case AnodynePackage.MEASURED_QUANTITY:
				return createMeasuredQuantityFromString(eDataType, initialValue);
			case AnodynePackage.SWEEP_SAMPLING:
				return createSweepSamplingFromString(eDataType, initialValue);
			case AnodynePackage.SWEEP_SPACING:
				return createSweepSpacingFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AnodynePackage.CELL_CONFIGURATION:
				return convertCellConfigurationToString(eDataType, instanceValue);
			case AnodynePackage.CELL_FORMAT:
				return convertCellFormatToString(eDataType, instanceValue);
			case AnodynePackage.ORIENTATION:
				return convertOrientationToString(eDataType, instanceValue);
			case AnodynePackage.COUNTER_MATERIAL:
				return convertCounterMaterialToString(eDataType, instanceValue);
			case AnodynePackage.TIME_UNIT:
				return convertTimeUnitToString(eDataType, instanceValue);
			case AnodynePackage.STUDY_KIND:
				return convertStudyKindToString(eDataType, instanceValue);
			case AnodynePackage.OUTPUT_QUANTITY:
				return convertOutputQuantityToString(eDataType, instanceValue);
			case AnodynePackage.MEASURED_QUANTITY:
				return convertMeasuredQuantityToString(eDataType, instanceValue);
			case AnodynePackage.SWEEP_SAMPLING:
				return convertSweepSamplingToString(eDataType, instanceValue);
			case AnodynePackage.SWEEP_SPACING:
				return convertSweepSpacingToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellDesign createCellDesign() {
		CellDesignImpl cellDesign = new CellDesignImpl();
		return cellDesign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialLibrary createMaterialLibrary() {
		MaterialLibraryImpl materialLibrary = new MaterialLibraryImpl();
		return materialLibrary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cell createCell() {
		CellImpl cell = new CellImpl();
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Anode createAnode() {
		AnodeImpl anode = new AnodeImpl();
		return anode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurfaceLayer createSurfaceLayer() {
		SurfaceLayerImpl surfaceLayer = new SurfaceLayerImpl();
		return surfaceLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CarbonCloth createCarbonCloth() {
		CarbonClothImpl carbonCloth = new CarbonClothImpl();
		return carbonCloth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WovenTows createWovenTows() {
		WovenTowsImpl wovenTows = new WovenTowsImpl();
		return wovenTows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaggeredLattice createStaggeredLattice() {
		StaggeredLatticeImpl staggeredLattice = new StaggeredLatticeImpl();
		return staggeredLattice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetalFoam createMetalFoam() {
		MetalFoamImpl metalFoam = new MetalFoamImpl();
		return metalFoam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConductiveFabric createConductiveFabric() {
		ConductiveFabricImpl conductiveFabric = new ConductiveFabricImpl();
		return conductiveFabric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Foil createFoil() {
		FoilImpl foil = new FoilImpl();
		return foil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Electrolyte createElectrolyte() {
		ElectrolyteImpl electrolyte = new ElectrolyteImpl();
		return electrolyte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetalElectrolytePair createMetalElectrolytePair() {
		MetalElectrolytePairImpl metalElectrolytePair = new MetalElectrolytePairImpl();
		return metalElectrolytePair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Salt createSalt() {
		SaltImpl salt = new SaltImpl();
		return salt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SolventComponent createSolventComponent() {
		SolventComponentImpl solventComponent = new SolventComponentImpl();
		return solventComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Additive createAdditive() {
		AdditiveImpl additive = new AdditiveImpl();
		return additive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Separator createSeparator() {
		SeparatorImpl separator = new SeparatorImpl();
		return separator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterElectrode createCounterElectrode() {
		CounterElectrodeImpl counterElectrode = new CounterElectrodeImpl();
		return counterElectrode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OcvPoint createOcvPoint() {
		OcvPointImpl ocvPoint = new OcvPointImpl();
		return ocvPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol createProtocol() {
		ProtocolImpl protocol = new ProtocolImpl();
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlatingStep createPlatingStep() {
		PlatingStepImpl platingStep = new PlatingStepImpl();
		return platingStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrippingStep createStrippingStep() {
		StrippingStepImpl strippingStep = new StrippingStepImpl();
		return strippingStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChargeStep createChargeStep() {
		ChargeStepImpl chargeStep = new ChargeStepImpl();
		return chargeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DischargeStep createDischargeStep() {
		DischargeStepImpl dischargeStep = new DischargeStepImpl();
		return dischargeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestStep createRestStep() {
		RestStepImpl restStep = new RestStepImpl();
		return restStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepeatStep createRepeatStep() {
		RepeatStepImpl repeatStep = new RepeatStepImpl();
		return repeatStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationStop createDurationStop() {
		DurationStopImpl durationStop = new DurationStopImpl();
		return durationStop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapacityStop createCapacityStop() {
		CapacityStopImpl capacityStop = new CapacityStopImpl();
		return capacityStop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoltageStop createVoltageStop() {
		VoltageStopImpl voltageStop = new VoltageStopImpl();
		return voltageStop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SolverSettings createSolverSettings() {
		SolverSettingsImpl solverSettings = new SolverSettingsImpl();
		return solverSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeModelParameters createLifeModelParameters() {
		LifeModelParametersImpl lifeModelParameters = new LifeModelParametersImpl();
		return lifeModelParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterValue createParameterValue() {
		ParameterValueImpl parameterValue = new ParameterValueImpl();
		return parameterValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NucleationBarrierOverride createNucleationBarrierOverride() {
		NucleationBarrierOverrideImpl nucleationBarrierOverride = new NucleationBarrierOverrideImpl();
		return nucleationBarrierOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasuredPoint createMeasuredPoint() {
		MeasuredPointImpl measuredPoint = new MeasuredPointImpl();
		return measuredPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitFibres createExplicitFibres() {
		ExplicitFibresImpl explicitFibres = new ExplicitFibresImpl();
		return explicitFibres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitFibre createExplicitFibre() {
		ExplicitFibreImpl explicitFibre = new ExplicitFibreImpl();
		return explicitFibre;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep createSweep() {
		SweepImpl sweep = new SweepImpl();
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepParameter createSweepParameter() {
		SweepParameterImpl sweepParameter = new SweepParameterImpl();
		return sweepParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellConfiguration createCellConfigurationFromString(EDataType eDataType, String initialValue) {
		CellConfiguration result = CellConfiguration.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCellConfigurationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellFormat createCellFormatFromString(EDataType eDataType, String initialValue) {
		CellFormat result = CellFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCellFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Orientation createOrientationFromString(EDataType eDataType, String initialValue) {
		Orientation result = Orientation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrientationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CounterMaterial createCounterMaterialFromString(EDataType eDataType, String initialValue) {
		CounterMaterial result = CounterMaterial.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCounterMaterialToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeUnit createTimeUnitFromString(EDataType eDataType, String initialValue) {
		TimeUnit result = TimeUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyKind createStudyKindFromString(EDataType eDataType, String initialValue) {
		StudyKind result = StudyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputQuantity createOutputQuantityFromString(EDataType eDataType, String initialValue) {
		OutputQuantity result = OutputQuantity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputQuantityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasuredQuantity createMeasuredQuantityFromString(EDataType eDataType, String initialValue) {
		MeasuredQuantity result = MeasuredQuantity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasuredQuantityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SweepSampling createSweepSamplingFromString(EDataType eDataType, String initialValue) {
		SweepSampling result = SweepSampling.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSweepSamplingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SweepSpacing createSweepSpacingFromString(EDataType eDataType, String initialValue) {
		SweepSpacing result = SweepSpacing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSweepSpacingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnodynePackage getAnodynePackage() {
		return (AnodynePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AnodynePackage getPackage() {
		return AnodynePackage.eINSTANCE;
	}

} //AnodyneFactoryImpl
