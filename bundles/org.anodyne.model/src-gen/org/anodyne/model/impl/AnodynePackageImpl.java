/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import org.anodyne.model.Additive;
import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.CellCurrentStep;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CellFormat;
import org.anodyne.model.ChargeStep;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.ConductiveFabric;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.DischargeStep;
import org.anodyne.model.DurationStop;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.ExplicitFibre;
import org.anodyne.model.ExplicitFibres;
import org.anodyne.model.FibreLayout;
import org.anodyne.model.Foil;
import org.anodyne.model.GalvanostaticStep;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.MetalElectrolytePair;
import org.anodyne.model.MetalFoam;
import org.anodyne.model.NamedElement;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.OcvPoint;
import org.anodyne.model.Orientation;
import org.anodyne.model.OutputQuantity;
import org.anodyne.model.ParameterValue;
import org.anodyne.model.PlatingStep;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.RestStep;
import org.anodyne.model.Salt;
import org.anodyne.model.Separator;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.Step;
import org.anodyne.model.StopCondition;
import org.anodyne.model.StrippingStep;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.SurfaceLayer;
import org.anodyne.model.Sweep;
import org.anodyne.model.SweepParameter;
import org.anodyne.model.SweepSampling;
import org.anodyne.model.SweepSpacing;
import org.anodyne.model.TimeUnit;
import org.anodyne.model.VoltageStop;
import org.anodyne.model.WovenTows;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AnodynePackageImpl extends EPackageImpl implements AnodynePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellDesignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialLibraryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surfaceLayerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass currentCollectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass carbonClothEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fibreLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wovenTowsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staggeredLatticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metalFoamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conductiveFabricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass foilEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass electrolyteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metalElectrolytePairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass saltEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass solventComponentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass additiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass separatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass counterElectrodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ocvPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionedStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass galvanostaticStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass platingStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strippingStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellCurrentStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chargeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dischargeStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass restStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass repeatStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stopConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass durationStopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass capacityStopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voltageStopEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass solverSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifeModelParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nucleationBarrierOverrideEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measuredPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitFibresEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitFibreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cellConfigurationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cellFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orientationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum counterMaterialEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timeUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputQuantityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measuredQuantityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sweepSamplingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sweepSpacingEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.anodyne.model.AnodynePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AnodynePackageImpl() {
		super(eNS_URI, AnodyneFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link AnodynePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AnodynePackage init() {
		if (isInited) return (AnodynePackage)EPackage.Registry.INSTANCE.getEPackage(AnodynePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAnodynePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AnodynePackageImpl theAnodynePackage = registeredAnodynePackage instanceof AnodynePackageImpl ? (AnodynePackageImpl)registeredAnodynePackage : new AnodynePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theAnodynePackage.createPackageContents();

		// Initialize created meta-data
		theAnodynePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAnodynePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AnodynePackage.eNS_URI, theAnodynePackage);
		return theAnodynePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Id() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellDesign() {
		return cellDesignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellDesign_Library() {
		return (EReference)cellDesignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellDesign_Cells() {
		return (EReference)cellDesignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellDesign_Protocols() {
		return (EReference)cellDesignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellDesign_Studies() {
		return (EReference)cellDesignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCellDesign_Sweeps() {
		return (EReference)cellDesignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialLibrary() {
		return materialLibraryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialLibrary_Electrolytes() {
		return (EReference)materialLibraryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialLibrary_Separators() {
		return (EReference)materialLibraryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialLibrary_CounterElectrodes() {
		return (EReference)materialLibraryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCell() {
		return cellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCell_Configuration() {
		return (EAttribute)cellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCell_Format() {
		return (EAttribute)cellEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCell_ElectrodeArea() {
		return (EAttribute)cellEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCell_Temperature() {
		return (EAttribute)cellEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCell_Anode() {
		return (EReference)cellEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCell_CounterAnode() {
		return (EReference)cellEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCell_CounterElectrode() {
		return (EReference)cellEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCell_Separator() {
		return (EReference)cellEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCell_Electrolyte() {
		return (EReference)cellEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCell_ElectrolyteVolume() {
		return (EAttribute)cellEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnode() {
		return anodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnode_Metal() {
		return (EAttribute)anodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnode_Collector() {
		return (EReference)anodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnode_PreDepositLoading() {
		return (EAttribute)anodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnode_PreDepositCurrentDensity() {
		return (EAttribute)anodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnode_Orientation() {
		return (EAttribute)anodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnode_SurfaceLayer() {
		return (EReference)anodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurfaceLayer() {
		return surfaceLayerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceLayer_Substrate() {
		return (EAttribute)surfaceLayerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceLayer_Thickness() {
		return (EAttribute)surfaceLayerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCurrentCollector() {
		return currentCollectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentCollector_Thickness() {
		return (EAttribute)currentCollectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentCollector_Porosity() {
		return (EAttribute)currentCollectorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentCollector_ArealMass() {
		return (EAttribute)currentCollectorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentCollector_Substrate() {
		return (EAttribute)currentCollectorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentCollector_ElectronicConductivity() {
		return (EAttribute)currentCollectorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCarbonCloth() {
		return carbonClothEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCarbonCloth_FibreDiameter() {
		return (EAttribute)carbonClothEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCarbonCloth_Layout() {
		return (EReference)carbonClothEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFibreLayout() {
		return fibreLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWovenTows() {
		return wovenTowsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWovenTows_FibresPerTow() {
		return (EAttribute)wovenTowsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWovenTows_TowPitch() {
		return (EAttribute)wovenTowsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaggeredLattice() {
		return staggeredLatticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaggeredLattice_XPitch() {
		return (EAttribute)staggeredLatticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaggeredLattice_RowPitch() {
		return (EAttribute)staggeredLatticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetalFoam() {
		return metalFoamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalFoam_PoreSize() {
		return (EAttribute)metalFoamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalFoam_LigamentDiameter() {
		return (EAttribute)metalFoamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConductiveFabric() {
		return conductiveFabricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductiveFabric_SubstrateFibre() {
		return (EAttribute)conductiveFabricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductiveFabric_FibreDiameter() {
		return (EAttribute)conductiveFabricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductiveFabric_CoatingMetal() {
		return (EAttribute)conductiveFabricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductiveFabric_CoatingThickness() {
		return (EAttribute)conductiveFabricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFoil() {
		return foilEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElectrolyte() {
		return electrolyteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElectrolyte_Salt() {
		return (EReference)electrolyteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_Concentration() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElectrolyte_Solvents() {
		return (EReference)electrolyteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElectrolyte_Additives() {
		return (EReference)electrolyteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_DiffusionCoefficient() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_TransferenceNumber() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_Conductivity() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_ExchangeCurrentDensity() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_CathodicTransferCoefficient() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElectrolyte_SolventMolarVolume() {
		return (EAttribute)electrolyteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElectrolyte_MetalPairs() {
		return (EReference)electrolyteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetalElectrolytePair() {
		return metalElectrolytePairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_Metal() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_SeiChargePerArea() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_SeiFilmResistance() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_SeiCalendarRate() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_WhiskerDiameter() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_MossPorosity() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_DendritePorosity() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_IsolationProbability() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_InactiveLayerPorosity() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_InactiveLayerTortuosity() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_SolventPerSeiMetal() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetalElectrolytePair_CoverageCharge() {
		return (EAttribute)metalElectrolytePairEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalt() {
		return saltEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalt_Name() {
		return (EAttribute)saltEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalt_Cation() {
		return (EAttribute)saltEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalt_CationCharge() {
		return (EAttribute)saltEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalt_Anion() {
		return (EAttribute)saltEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalt_AnionCharge() {
		return (EAttribute)saltEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSolventComponent() {
		return solventComponentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolventComponent_Name() {
		return (EAttribute)solventComponentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolventComponent_VolumeParts() {
		return (EAttribute)solventComponentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdditive() {
		return additiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdditive_Name() {
		return (EAttribute)additiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdditive_MassFraction() {
		return (EAttribute)additiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeparator() {
		return separatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeparator_Thickness() {
		return (EAttribute)separatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeparator_Porosity() {
		return (EAttribute)separatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeparator_Tortuosity() {
		return (EAttribute)separatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCounterElectrode() {
		return counterElectrodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_Material() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_Metal() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_ArealCapacity() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_SpecificCapacity() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_Loading() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_LowerVoltageLimit() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_UpperVoltageLimit() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_ParticleRadius() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_SolidDiffusivity() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_ParticleExchangeCurrentDensity() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_MaximumConcentration() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_CoatingThickness() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_CoatingPorosity() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounterElectrode_CapacityLossPerCycle() {
		return (EAttribute)counterElectrodeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCounterElectrode_Ocv() {
		return (EReference)counterElectrodeEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOcvPoint() {
		return ocvPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOcvPoint_StateOfCharge() {
		return (EAttribute)ocvPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOcvPoint_Voltage() {
		return (EAttribute)ocvPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocol() {
		return protocolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProtocol_Steps() {
		return (EReference)protocolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionedStep() {
		return conditionedStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionedStep_Stop() {
		return (EReference)conditionedStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGalvanostaticStep() {
		return galvanostaticStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGalvanostaticStep_CurrentDensity() {
		return (EAttribute)galvanostaticStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlatingStep() {
		return platingStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrippingStep() {
		return strippingStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellCurrentStep() {
		return cellCurrentStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellCurrentStep_CRate() {
		return (EAttribute)cellCurrentStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellCurrentStep_CurrentDensity() {
		return (EAttribute)cellCurrentStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChargeStep() {
		return chargeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDischargeStep() {
		return dischargeStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRestStep() {
		return restStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepeatStep() {
		return repeatStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepeatStep_Count() {
		return (EAttribute)repeatStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepeatStep_Steps() {
		return (EReference)repeatStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStopCondition() {
		return stopConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDurationStop() {
		return durationStopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDurationStop_Duration() {
		return (EAttribute)durationStopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDurationStop_Unit() {
		return (EAttribute)durationStopEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCapacityStop() {
		return capacityStopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCapacityStop_Capacity() {
		return (EAttribute)capacityStopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVoltageStop() {
		return voltageStopEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVoltageStop_Voltage() {
		return (EAttribute)voltageStopEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Kind() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Cell() {
		return (EReference)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Protocol() {
		return (EReference)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Solver() {
		return (EReference)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Outputs() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_LifeModel() {
		return (EReference)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_NucleationBarriers() {
		return (EReference)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_CalibratedParameters() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_MeasuredPoints() {
		return (EReference)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSolverSettings() {
		return solverSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_GridSpacing() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_TimeStep() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_Tolerance() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_DomainWidth() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_MaxCycles() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolverSettings_CounterElectrodePotential() {
		return (EAttribute)solverSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifeModelParameters() {
		return lifeModelParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeModelParameters_InactiveLayerPorosity() {
		return (EAttribute)lifeModelParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeModelParameters_InactiveLayerTortuosity() {
		return (EAttribute)lifeModelParametersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeModelParameters_OverpotentialLimit() {
		return (EAttribute)lifeModelParametersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeModelParameters_SolventPerSeiMetal() {
		return (EAttribute)lifeModelParametersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifeModelParameters_EndOfLifeRetention() {
		return (EAttribute)lifeModelParametersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifeModelParameters_Overrides() {
		return (EReference)lifeModelParametersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterValue() {
		return parameterValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterValue_Name() {
		return (EAttribute)parameterValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterValue_Value() {
		return (EAttribute)parameterValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterValue_Unit() {
		return (EAttribute)parameterValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNucleationBarrierOverride() {
		return nucleationBarrierOverrideEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNucleationBarrierOverride_Substrate() {
		return (EAttribute)nucleationBarrierOverrideEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNucleationBarrierOverride_Barrier() {
		return (EAttribute)nucleationBarrierOverrideEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasuredPoint() {
		return measuredPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Quantity() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Cycle() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Hour() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Value() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Unit() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasuredPoint_Note() {
		return (EAttribute)measuredPointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitFibres() {
		return explicitFibresEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibres_PeriodicWidth() {
		return (EAttribute)explicitFibresEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibres_FibreFile() {
		return (EAttribute)explicitFibresEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExplicitFibres_Fibres() {
		return (EReference)explicitFibresEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitFibre() {
		return explicitFibreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibre_X() {
		return (EAttribute)explicitFibreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibre_Y() {
		return (EAttribute)explicitFibreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibre_Radius() {
		return (EAttribute)explicitFibreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibre_Substrate() {
		return (EAttribute)explicitFibreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitFibre_Covered() {
		return (EAttribute)explicitFibreEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweep() {
		return sweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweep_Study() {
		return (EReference)sweepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweep_Parameters() {
		return (EReference)sweepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Sampling() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_SampleCount() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Seed() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_MaxPoints() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Outputs() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepParameter() {
		return sweepParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Path() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Unit() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Spacing() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Values() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_From() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_To() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Count() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCellConfiguration() {
		return cellConfigurationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCellFormat() {
		return cellFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrientation() {
		return orientationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCounterMaterial() {
		return counterMaterialEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimeUnit() {
		return timeUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyKind() {
		return studyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputQuantity() {
		return outputQuantityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasuredQuantity() {
		return measuredQuantityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSweepSampling() {
		return sweepSamplingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSweepSpacing() {
		return sweepSpacingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnodyneFactory getAnodyneFactory() {
		return (AnodyneFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__ID);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		cellDesignEClass = createEClass(CELL_DESIGN);
		createEReference(cellDesignEClass, CELL_DESIGN__LIBRARY);
		createEReference(cellDesignEClass, CELL_DESIGN__CELLS);
		createEReference(cellDesignEClass, CELL_DESIGN__PROTOCOLS);
		createEReference(cellDesignEClass, CELL_DESIGN__STUDIES);
		createEReference(cellDesignEClass, CELL_DESIGN__SWEEPS);

		materialLibraryEClass = createEClass(MATERIAL_LIBRARY);
		createEReference(materialLibraryEClass, MATERIAL_LIBRARY__ELECTROLYTES);
		createEReference(materialLibraryEClass, MATERIAL_LIBRARY__SEPARATORS);
		createEReference(materialLibraryEClass, MATERIAL_LIBRARY__COUNTER_ELECTRODES);

		cellEClass = createEClass(CELL);
		createEAttribute(cellEClass, CELL__CONFIGURATION);
		createEAttribute(cellEClass, CELL__FORMAT);
		createEAttribute(cellEClass, CELL__ELECTRODE_AREA);
		createEAttribute(cellEClass, CELL__TEMPERATURE);
		createEReference(cellEClass, CELL__ANODE);
		createEReference(cellEClass, CELL__COUNTER_ANODE);
		createEReference(cellEClass, CELL__COUNTER_ELECTRODE);
		createEReference(cellEClass, CELL__SEPARATOR);
		createEReference(cellEClass, CELL__ELECTROLYTE);
		createEAttribute(cellEClass, CELL__ELECTROLYTE_VOLUME);

		anodeEClass = createEClass(ANODE);
		createEAttribute(anodeEClass, ANODE__METAL);
		createEReference(anodeEClass, ANODE__COLLECTOR);
		createEAttribute(anodeEClass, ANODE__PRE_DEPOSIT_LOADING);
		createEAttribute(anodeEClass, ANODE__PRE_DEPOSIT_CURRENT_DENSITY);
		createEAttribute(anodeEClass, ANODE__ORIENTATION);
		createEReference(anodeEClass, ANODE__SURFACE_LAYER);

		surfaceLayerEClass = createEClass(SURFACE_LAYER);
		createEAttribute(surfaceLayerEClass, SURFACE_LAYER__SUBSTRATE);
		createEAttribute(surfaceLayerEClass, SURFACE_LAYER__THICKNESS);

		currentCollectorEClass = createEClass(CURRENT_COLLECTOR);
		createEAttribute(currentCollectorEClass, CURRENT_COLLECTOR__THICKNESS);
		createEAttribute(currentCollectorEClass, CURRENT_COLLECTOR__POROSITY);
		createEAttribute(currentCollectorEClass, CURRENT_COLLECTOR__AREAL_MASS);
		createEAttribute(currentCollectorEClass, CURRENT_COLLECTOR__SUBSTRATE);
		createEAttribute(currentCollectorEClass, CURRENT_COLLECTOR__ELECTRONIC_CONDUCTIVITY);

		carbonClothEClass = createEClass(CARBON_CLOTH);
		createEAttribute(carbonClothEClass, CARBON_CLOTH__FIBRE_DIAMETER);
		createEReference(carbonClothEClass, CARBON_CLOTH__LAYOUT);

		fibreLayoutEClass = createEClass(FIBRE_LAYOUT);

		wovenTowsEClass = createEClass(WOVEN_TOWS);
		createEAttribute(wovenTowsEClass, WOVEN_TOWS__FIBRES_PER_TOW);
		createEAttribute(wovenTowsEClass, WOVEN_TOWS__TOW_PITCH);

		staggeredLatticeEClass = createEClass(STAGGERED_LATTICE);
		createEAttribute(staggeredLatticeEClass, STAGGERED_LATTICE__XPITCH);
		createEAttribute(staggeredLatticeEClass, STAGGERED_LATTICE__ROW_PITCH);

		metalFoamEClass = createEClass(METAL_FOAM);
		createEAttribute(metalFoamEClass, METAL_FOAM__PORE_SIZE);
		createEAttribute(metalFoamEClass, METAL_FOAM__LIGAMENT_DIAMETER);

		conductiveFabricEClass = createEClass(CONDUCTIVE_FABRIC);
		createEAttribute(conductiveFabricEClass, CONDUCTIVE_FABRIC__SUBSTRATE_FIBRE);
		createEAttribute(conductiveFabricEClass, CONDUCTIVE_FABRIC__FIBRE_DIAMETER);
		createEAttribute(conductiveFabricEClass, CONDUCTIVE_FABRIC__COATING_METAL);
		createEAttribute(conductiveFabricEClass, CONDUCTIVE_FABRIC__COATING_THICKNESS);

		foilEClass = createEClass(FOIL);

		electrolyteEClass = createEClass(ELECTROLYTE);
		createEReference(electrolyteEClass, ELECTROLYTE__SALT);
		createEAttribute(electrolyteEClass, ELECTROLYTE__CONCENTRATION);
		createEReference(electrolyteEClass, ELECTROLYTE__SOLVENTS);
		createEReference(electrolyteEClass, ELECTROLYTE__ADDITIVES);
		createEAttribute(electrolyteEClass, ELECTROLYTE__DIFFUSION_COEFFICIENT);
		createEAttribute(electrolyteEClass, ELECTROLYTE__TRANSFERENCE_NUMBER);
		createEAttribute(electrolyteEClass, ELECTROLYTE__CONDUCTIVITY);
		createEAttribute(electrolyteEClass, ELECTROLYTE__EXCHANGE_CURRENT_DENSITY);
		createEAttribute(electrolyteEClass, ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT);
		createEAttribute(electrolyteEClass, ELECTROLYTE__SOLVENT_MOLAR_VOLUME);
		createEReference(electrolyteEClass, ELECTROLYTE__METAL_PAIRS);

		metalElectrolytePairEClass = createEClass(METAL_ELECTROLYTE_PAIR);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__METAL);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__MOSS_POROSITY);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL);
		createEAttribute(metalElectrolytePairEClass, METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE);

		saltEClass = createEClass(SALT);
		createEAttribute(saltEClass, SALT__NAME);
		createEAttribute(saltEClass, SALT__CATION);
		createEAttribute(saltEClass, SALT__CATION_CHARGE);
		createEAttribute(saltEClass, SALT__ANION);
		createEAttribute(saltEClass, SALT__ANION_CHARGE);

		solventComponentEClass = createEClass(SOLVENT_COMPONENT);
		createEAttribute(solventComponentEClass, SOLVENT_COMPONENT__NAME);
		createEAttribute(solventComponentEClass, SOLVENT_COMPONENT__VOLUME_PARTS);

		additiveEClass = createEClass(ADDITIVE);
		createEAttribute(additiveEClass, ADDITIVE__NAME);
		createEAttribute(additiveEClass, ADDITIVE__MASS_FRACTION);

		separatorEClass = createEClass(SEPARATOR);
		createEAttribute(separatorEClass, SEPARATOR__THICKNESS);
		createEAttribute(separatorEClass, SEPARATOR__POROSITY);
		createEAttribute(separatorEClass, SEPARATOR__TORTUOSITY);

		counterElectrodeEClass = createEClass(COUNTER_ELECTRODE);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__MATERIAL);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__METAL);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__AREAL_CAPACITY);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__SPECIFIC_CAPACITY);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__LOADING);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__PARTICLE_RADIUS);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__SOLID_DIFFUSIVITY);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__COATING_THICKNESS);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__COATING_POROSITY);
		createEAttribute(counterElectrodeEClass, COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE);
		createEReference(counterElectrodeEClass, COUNTER_ELECTRODE__OCV);

		ocvPointEClass = createEClass(OCV_POINT);
		createEAttribute(ocvPointEClass, OCV_POINT__STATE_OF_CHARGE);
		createEAttribute(ocvPointEClass, OCV_POINT__VOLTAGE);

		protocolEClass = createEClass(PROTOCOL);
		createEReference(protocolEClass, PROTOCOL__STEPS);

		stepEClass = createEClass(STEP);

		conditionedStepEClass = createEClass(CONDITIONED_STEP);
		createEReference(conditionedStepEClass, CONDITIONED_STEP__STOP);

		galvanostaticStepEClass = createEClass(GALVANOSTATIC_STEP);
		createEAttribute(galvanostaticStepEClass, GALVANOSTATIC_STEP__CURRENT_DENSITY);

		platingStepEClass = createEClass(PLATING_STEP);

		strippingStepEClass = createEClass(STRIPPING_STEP);

		cellCurrentStepEClass = createEClass(CELL_CURRENT_STEP);
		createEAttribute(cellCurrentStepEClass, CELL_CURRENT_STEP__CRATE);
		createEAttribute(cellCurrentStepEClass, CELL_CURRENT_STEP__CURRENT_DENSITY);

		chargeStepEClass = createEClass(CHARGE_STEP);

		dischargeStepEClass = createEClass(DISCHARGE_STEP);

		restStepEClass = createEClass(REST_STEP);

		repeatStepEClass = createEClass(REPEAT_STEP);
		createEAttribute(repeatStepEClass, REPEAT_STEP__COUNT);
		createEReference(repeatStepEClass, REPEAT_STEP__STEPS);

		stopConditionEClass = createEClass(STOP_CONDITION);

		durationStopEClass = createEClass(DURATION_STOP);
		createEAttribute(durationStopEClass, DURATION_STOP__DURATION);
		createEAttribute(durationStopEClass, DURATION_STOP__UNIT);

		capacityStopEClass = createEClass(CAPACITY_STOP);
		createEAttribute(capacityStopEClass, CAPACITY_STOP__CAPACITY);

		voltageStopEClass = createEClass(VOLTAGE_STOP);
		createEAttribute(voltageStopEClass, VOLTAGE_STOP__VOLTAGE);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__KIND);
		createEReference(studyEClass, STUDY__CELL);
		createEReference(studyEClass, STUDY__PROTOCOL);
		createEReference(studyEClass, STUDY__SOLVER);
		createEAttribute(studyEClass, STUDY__OUTPUTS);
		createEReference(studyEClass, STUDY__LIFE_MODEL);
		createEReference(studyEClass, STUDY__NUCLEATION_BARRIERS);
		createEAttribute(studyEClass, STUDY__CALIBRATED_PARAMETERS);
		createEReference(studyEClass, STUDY__MEASURED_POINTS);

		solverSettingsEClass = createEClass(SOLVER_SETTINGS);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__GRID_SPACING);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__TIME_STEP);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__TOLERANCE);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__DOMAIN_WIDTH);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__MAX_CYCLES);
		createEAttribute(solverSettingsEClass, SOLVER_SETTINGS__COUNTER_ELECTRODE_POTENTIAL);

		lifeModelParametersEClass = createEClass(LIFE_MODEL_PARAMETERS);
		createEAttribute(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_POROSITY);
		createEAttribute(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__INACTIVE_LAYER_TORTUOSITY);
		createEAttribute(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__OVERPOTENTIAL_LIMIT);
		createEAttribute(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__SOLVENT_PER_SEI_METAL);
		createEAttribute(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__END_OF_LIFE_RETENTION);
		createEReference(lifeModelParametersEClass, LIFE_MODEL_PARAMETERS__OVERRIDES);

		parameterValueEClass = createEClass(PARAMETER_VALUE);
		createEAttribute(parameterValueEClass, PARAMETER_VALUE__NAME);
		createEAttribute(parameterValueEClass, PARAMETER_VALUE__VALUE);
		createEAttribute(parameterValueEClass, PARAMETER_VALUE__UNIT);

		nucleationBarrierOverrideEClass = createEClass(NUCLEATION_BARRIER_OVERRIDE);
		createEAttribute(nucleationBarrierOverrideEClass, NUCLEATION_BARRIER_OVERRIDE__SUBSTRATE);
		createEAttribute(nucleationBarrierOverrideEClass, NUCLEATION_BARRIER_OVERRIDE__BARRIER);

		measuredPointEClass = createEClass(MEASURED_POINT);
		createEAttribute(measuredPointEClass, MEASURED_POINT__QUANTITY);
		createEAttribute(measuredPointEClass, MEASURED_POINT__CYCLE);
		createEAttribute(measuredPointEClass, MEASURED_POINT__HOUR);
		createEAttribute(measuredPointEClass, MEASURED_POINT__VALUE);
		createEAttribute(measuredPointEClass, MEASURED_POINT__UNIT);
		createEAttribute(measuredPointEClass, MEASURED_POINT__NOTE);

		explicitFibresEClass = createEClass(EXPLICIT_FIBRES);
		createEAttribute(explicitFibresEClass, EXPLICIT_FIBRES__PERIODIC_WIDTH);
		createEAttribute(explicitFibresEClass, EXPLICIT_FIBRES__FIBRE_FILE);
		createEReference(explicitFibresEClass, EXPLICIT_FIBRES__FIBRES);

		explicitFibreEClass = createEClass(EXPLICIT_FIBRE);
		createEAttribute(explicitFibreEClass, EXPLICIT_FIBRE__X);
		createEAttribute(explicitFibreEClass, EXPLICIT_FIBRE__Y);
		createEAttribute(explicitFibreEClass, EXPLICIT_FIBRE__RADIUS);
		createEAttribute(explicitFibreEClass, EXPLICIT_FIBRE__SUBSTRATE);
		createEAttribute(explicitFibreEClass, EXPLICIT_FIBRE__COVERED);

		sweepEClass = createEClass(SWEEP);
		createEReference(sweepEClass, SWEEP__STUDY);
		createEReference(sweepEClass, SWEEP__PARAMETERS);
		createEAttribute(sweepEClass, SWEEP__SAMPLING);
		createEAttribute(sweepEClass, SWEEP__SAMPLE_COUNT);
		createEAttribute(sweepEClass, SWEEP__SEED);
		createEAttribute(sweepEClass, SWEEP__MAX_POINTS);
		createEAttribute(sweepEClass, SWEEP__OUTPUTS);

		sweepParameterEClass = createEClass(SWEEP_PARAMETER);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__PATH);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__UNIT);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__SPACING);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__VALUES);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__FROM);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__TO);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__COUNT);

		// Create enums
		cellConfigurationEEnum = createEEnum(CELL_CONFIGURATION);
		cellFormatEEnum = createEEnum(CELL_FORMAT);
		orientationEEnum = createEEnum(ORIENTATION);
		counterMaterialEEnum = createEEnum(COUNTER_MATERIAL);
		timeUnitEEnum = createEEnum(TIME_UNIT);
		studyKindEEnum = createEEnum(STUDY_KIND);
		outputQuantityEEnum = createEEnum(OUTPUT_QUANTITY);
		measuredQuantityEEnum = createEEnum(MEASURED_QUANTITY);
		sweepSamplingEEnum = createEEnum(SWEEP_SAMPLING);
		sweepSpacingEEnum = createEEnum(SWEEP_SPACING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		cellDesignEClass.getESuperTypes().add(this.getNamedElement());
		cellEClass.getESuperTypes().add(this.getNamedElement());
		carbonClothEClass.getESuperTypes().add(this.getCurrentCollector());
		wovenTowsEClass.getESuperTypes().add(this.getFibreLayout());
		staggeredLatticeEClass.getESuperTypes().add(this.getFibreLayout());
		metalFoamEClass.getESuperTypes().add(this.getCurrentCollector());
		conductiveFabricEClass.getESuperTypes().add(this.getCurrentCollector());
		foilEClass.getESuperTypes().add(this.getCurrentCollector());
		electrolyteEClass.getESuperTypes().add(this.getNamedElement());
		separatorEClass.getESuperTypes().add(this.getNamedElement());
		counterElectrodeEClass.getESuperTypes().add(this.getNamedElement());
		protocolEClass.getESuperTypes().add(this.getNamedElement());
		conditionedStepEClass.getESuperTypes().add(this.getStep());
		galvanostaticStepEClass.getESuperTypes().add(this.getConditionedStep());
		platingStepEClass.getESuperTypes().add(this.getGalvanostaticStep());
		strippingStepEClass.getESuperTypes().add(this.getGalvanostaticStep());
		cellCurrentStepEClass.getESuperTypes().add(this.getConditionedStep());
		chargeStepEClass.getESuperTypes().add(this.getCellCurrentStep());
		dischargeStepEClass.getESuperTypes().add(this.getCellCurrentStep());
		restStepEClass.getESuperTypes().add(this.getConditionedStep());
		repeatStepEClass.getESuperTypes().add(this.getStep());
		durationStopEClass.getESuperTypes().add(this.getStopCondition());
		capacityStopEClass.getESuperTypes().add(this.getStopCondition());
		voltageStopEClass.getESuperTypes().add(this.getStopCondition());
		studyEClass.getESuperTypes().add(this.getNamedElement());
		explicitFibresEClass.getESuperTypes().add(this.getCurrentCollector());
		sweepEClass.getESuperTypes().add(this.getNamedElement());
		sweepParameterEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellDesignEClass, CellDesign.class, "CellDesign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCellDesign_Library(), this.getMaterialLibrary(), null, "library", null, 0, 1, CellDesign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellDesign_Cells(), this.getCell(), null, "cells", null, 0, -1, CellDesign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellDesign_Protocols(), this.getProtocol(), null, "protocols", null, 0, -1, CellDesign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellDesign_Studies(), this.getStudy(), null, "studies", null, 0, -1, CellDesign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCellDesign_Sweeps(), this.getSweep(), null, "sweeps", null, 0, -1, CellDesign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialLibraryEClass, MaterialLibrary.class, "MaterialLibrary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMaterialLibrary_Electrolytes(), this.getElectrolyte(), null, "electrolytes", null, 0, -1, MaterialLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialLibrary_Separators(), this.getSeparator(), null, "separators", null, 0, -1, MaterialLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialLibrary_CounterElectrodes(), this.getCounterElectrode(), null, "counterElectrodes", null, 0, -1, MaterialLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellEClass, Cell.class, "Cell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCell_Configuration(), this.getCellConfiguration(), "configuration", "symmetric", 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCell_Format(), this.getCellFormat(), "format", "CR2025", 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCell_ElectrodeArea(), ecorePackage.getEDouble(), "electrodeArea", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCell_Temperature(), ecorePackage.getEDouble(), "temperature", "298.15", 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCell_Anode(), this.getAnode(), null, "anode", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCell_CounterAnode(), this.getAnode(), null, "counterAnode", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCell_CounterElectrode(), this.getCounterElectrode(), null, "counterElectrode", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCell_Separator(), this.getSeparator(), null, "separator", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCell_Electrolyte(), this.getElectrolyte(), null, "electrolyte", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCell_ElectrolyteVolume(), ecorePackage.getEDouble(), "electrolyteVolume", null, 0, 1, Cell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anodeEClass, Anode.class, "Anode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnode_Metal(), ecorePackage.getEString(), "metal", null, 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnode_Collector(), this.getCurrentCollector(), null, "collector", null, 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnode_PreDepositLoading(), ecorePackage.getEDouble(), "preDepositLoading", null, 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnode_PreDepositCurrentDensity(), ecorePackage.getEDouble(), "preDepositCurrentDensity", null, 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnode_Orientation(), this.getOrientation(), "orientation", "upright", 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnode_SurfaceLayer(), this.getSurfaceLayer(), null, "surfaceLayer", null, 0, 1, Anode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surfaceLayerEClass, SurfaceLayer.class, "SurfaceLayer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurfaceLayer_Substrate(), ecorePackage.getEString(), "substrate", null, 0, 1, SurfaceLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceLayer_Thickness(), ecorePackage.getEDouble(), "thickness", null, 0, 1, SurfaceLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(currentCollectorEClass, CurrentCollector.class, "CurrentCollector", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCurrentCollector_Thickness(), ecorePackage.getEDouble(), "thickness", null, 0, 1, CurrentCollector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentCollector_Porosity(), ecorePackage.getEDouble(), "porosity", null, 0, 1, CurrentCollector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentCollector_ArealMass(), ecorePackage.getEDouble(), "arealMass", null, 0, 1, CurrentCollector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentCollector_Substrate(), ecorePackage.getEString(), "substrate", null, 0, 1, CurrentCollector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentCollector_ElectronicConductivity(), ecorePackage.getEDouble(), "electronicConductivity", null, 0, 1, CurrentCollector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(carbonClothEClass, CarbonCloth.class, "CarbonCloth", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCarbonCloth_FibreDiameter(), ecorePackage.getEDouble(), "fibreDiameter", null, 0, 1, CarbonCloth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCarbonCloth_Layout(), this.getFibreLayout(), null, "layout", null, 0, 1, CarbonCloth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fibreLayoutEClass, FibreLayout.class, "FibreLayout", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(wovenTowsEClass, WovenTows.class, "WovenTows", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWovenTows_FibresPerTow(), ecorePackage.getEInt(), "fibresPerTow", null, 0, 1, WovenTows.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWovenTows_TowPitch(), ecorePackage.getEDouble(), "towPitch", null, 0, 1, WovenTows.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staggeredLatticeEClass, StaggeredLattice.class, "StaggeredLattice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaggeredLattice_XPitch(), ecorePackage.getEDouble(), "xPitch", null, 0, 1, StaggeredLattice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaggeredLattice_RowPitch(), ecorePackage.getEDouble(), "rowPitch", null, 0, 1, StaggeredLattice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metalFoamEClass, MetalFoam.class, "MetalFoam", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetalFoam_PoreSize(), ecorePackage.getEDouble(), "poreSize", null, 0, 1, MetalFoam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalFoam_LigamentDiameter(), ecorePackage.getEDouble(), "ligamentDiameter", null, 0, 1, MetalFoam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conductiveFabricEClass, ConductiveFabric.class, "ConductiveFabric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConductiveFabric_SubstrateFibre(), ecorePackage.getEString(), "substrateFibre", null, 0, 1, ConductiveFabric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductiveFabric_FibreDiameter(), ecorePackage.getEDouble(), "fibreDiameter", null, 0, 1, ConductiveFabric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductiveFabric_CoatingMetal(), ecorePackage.getEString(), "coatingMetal", null, 0, 1, ConductiveFabric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductiveFabric_CoatingThickness(), ecorePackage.getEDouble(), "coatingThickness", null, 0, 1, ConductiveFabric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(foilEClass, Foil.class, "Foil", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(electrolyteEClass, Electrolyte.class, "Electrolyte", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getElectrolyte_Salt(), this.getSalt(), null, "salt", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_Concentration(), ecorePackage.getEDouble(), "concentration", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElectrolyte_Solvents(), this.getSolventComponent(), null, "solvents", null, 0, -1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElectrolyte_Additives(), this.getAdditive(), null, "additives", null, 0, -1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_DiffusionCoefficient(), ecorePackage.getEDouble(), "diffusionCoefficient", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_TransferenceNumber(), ecorePackage.getEDouble(), "transferenceNumber", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_Conductivity(), ecorePackage.getEDouble(), "conductivity", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_ExchangeCurrentDensity(), ecorePackage.getEDouble(), "exchangeCurrentDensity", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_CathodicTransferCoefficient(), ecorePackage.getEDouble(), "cathodicTransferCoefficient", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElectrolyte_SolventMolarVolume(), ecorePackage.getEDouble(), "solventMolarVolume", null, 0, 1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElectrolyte_MetalPairs(), this.getMetalElectrolytePair(), null, "metalPairs", null, 0, -1, Electrolyte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metalElectrolytePairEClass, MetalElectrolytePair.class, "MetalElectrolytePair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetalElectrolytePair_Metal(), ecorePackage.getEString(), "metal", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_SeiChargePerArea(), ecorePackage.getEDouble(), "seiChargePerArea", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_SeiFilmResistance(), ecorePackage.getEDouble(), "seiFilmResistance", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_SeiCalendarRate(), ecorePackage.getEDouble(), "seiCalendarRate", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_WhiskerDiameter(), ecorePackage.getEDouble(), "whiskerDiameter", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_MossPorosity(), ecorePackage.getEDouble(), "mossPorosity", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_DendritePorosity(), ecorePackage.getEDouble(), "dendritePorosity", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_IsolationProbability(), ecorePackage.getEDouble(), "isolationProbability", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_InactiveLayerPorosity(), ecorePackage.getEDouble(), "inactiveLayerPorosity", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_InactiveLayerTortuosity(), ecorePackage.getEDouble(), "inactiveLayerTortuosity", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_SolventPerSeiMetal(), ecorePackage.getEDouble(), "solventPerSeiMetal", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetalElectrolytePair_CoverageCharge(), ecorePackage.getEDouble(), "coverageCharge", null, 0, 1, MetalElectrolytePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(saltEClass, Salt.class, "Salt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalt_Name(), ecorePackage.getEString(), "name", null, 0, 1, Salt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalt_Cation(), ecorePackage.getEString(), "cation", null, 0, 1, Salt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalt_CationCharge(), ecorePackage.getEInt(), "cationCharge", "1", 0, 1, Salt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalt_Anion(), ecorePackage.getEString(), "anion", null, 0, 1, Salt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalt_AnionCharge(), ecorePackage.getEInt(), "anionCharge", "1", 0, 1, Salt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(solventComponentEClass, SolventComponent.class, "SolventComponent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSolventComponent_Name(), ecorePackage.getEString(), "name", null, 0, 1, SolventComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolventComponent_VolumeParts(), ecorePackage.getEDouble(), "volumeParts", "1", 0, 1, SolventComponent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(additiveEClass, Additive.class, "Additive", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdditive_Name(), ecorePackage.getEString(), "name", null, 0, 1, Additive.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdditive_MassFraction(), ecorePackage.getEDouble(), "massFraction", null, 0, 1, Additive.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(separatorEClass, Separator.class, "Separator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeparator_Thickness(), ecorePackage.getEDouble(), "thickness", null, 0, 1, Separator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeparator_Porosity(), ecorePackage.getEDouble(), "porosity", null, 0, 1, Separator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeparator_Tortuosity(), ecorePackage.getEDouble(), "tortuosity", null, 0, 1, Separator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(counterElectrodeEClass, CounterElectrode.class, "CounterElectrode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCounterElectrode_Material(), this.getCounterMaterial(), "material", "LFP", 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_Metal(), ecorePackage.getEString(), "metal", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_ArealCapacity(), ecorePackage.getEDouble(), "arealCapacity", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_SpecificCapacity(), ecorePackage.getEDouble(), "specificCapacity", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_Loading(), ecorePackage.getEDouble(), "loading", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_LowerVoltageLimit(), ecorePackage.getEDouble(), "lowerVoltageLimit", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_UpperVoltageLimit(), ecorePackage.getEDouble(), "upperVoltageLimit", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_ParticleRadius(), ecorePackage.getEDouble(), "particleRadius", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_SolidDiffusivity(), ecorePackage.getEDouble(), "solidDiffusivity", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_ParticleExchangeCurrentDensity(), ecorePackage.getEDouble(), "particleExchangeCurrentDensity", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_MaximumConcentration(), ecorePackage.getEDouble(), "maximumConcentration", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_CoatingThickness(), ecorePackage.getEDouble(), "coatingThickness", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_CoatingPorosity(), ecorePackage.getEDouble(), "coatingPorosity", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounterElectrode_CapacityLossPerCycle(), ecorePackage.getEDouble(), "capacityLossPerCycle", null, 0, 1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCounterElectrode_Ocv(), this.getOcvPoint(), null, "ocv", null, 0, -1, CounterElectrode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ocvPointEClass, OcvPoint.class, "OcvPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOcvPoint_StateOfCharge(), ecorePackage.getEDouble(), "stateOfCharge", null, 0, 1, OcvPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOcvPoint_Voltage(), ecorePackage.getEDouble(), "voltage", null, 0, 1, OcvPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolEClass, Protocol.class, "Protocol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProtocol_Steps(), this.getStep(), null, "steps", null, 0, -1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(conditionedStepEClass, ConditionedStep.class, "ConditionedStep", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConditionedStep_Stop(), this.getStopCondition(), null, "stop", null, 0, 1, ConditionedStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(galvanostaticStepEClass, GalvanostaticStep.class, "GalvanostaticStep", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGalvanostaticStep_CurrentDensity(), ecorePackage.getEDouble(), "currentDensity", null, 0, 1, GalvanostaticStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(platingStepEClass, PlatingStep.class, "PlatingStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(strippingStepEClass, StrippingStep.class, "StrippingStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(cellCurrentStepEClass, CellCurrentStep.class, "CellCurrentStep", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCellCurrentStep_CRate(), ecorePackage.getEDouble(), "cRate", null, 0, 1, CellCurrentStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellCurrentStep_CurrentDensity(), ecorePackage.getEDouble(), "currentDensity", null, 0, 1, CellCurrentStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chargeStepEClass, ChargeStep.class, "ChargeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dischargeStepEClass, DischargeStep.class, "DischargeStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(restStepEClass, RestStep.class, "RestStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(repeatStepEClass, RepeatStep.class, "RepeatStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepeatStep_Count(), ecorePackage.getEInt(), "count", null, 0, 1, RepeatStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRepeatStep_Steps(), this.getStep(), null, "steps", null, 0, -1, RepeatStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stopConditionEClass, StopCondition.class, "StopCondition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(durationStopEClass, DurationStop.class, "DurationStop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDurationStop_Duration(), ecorePackage.getEDouble(), "duration", null, 0, 1, DurationStop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDurationStop_Unit(), this.getTimeUnit(), "unit", "h", 0, 1, DurationStop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(capacityStopEClass, CapacityStop.class, "CapacityStop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCapacityStop_Capacity(), ecorePackage.getEDouble(), "capacity", null, 0, 1, CapacityStop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(voltageStopEClass, VoltageStop.class, "VoltageStop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVoltageStop_Voltage(), ecorePackage.getEDouble(), "voltage", null, 0, 1, VoltageStop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Kind(), this.getStudyKind(), "kind", "deposition2D", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Cell(), this.getCell(), null, "cell", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Solver(), this.getSolverSettings(), null, "solver", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Outputs(), this.getOutputQuantity(), "outputs", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_LifeModel(), this.getLifeModelParameters(), null, "lifeModel", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_NucleationBarriers(), this.getNucleationBarrierOverride(), null, "nucleationBarriers", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_CalibratedParameters(), ecorePackage.getEString(), "calibratedParameters", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_MeasuredPoints(), this.getMeasuredPoint(), null, "measuredPoints", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(solverSettingsEClass, SolverSettings.class, "SolverSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSolverSettings_GridSpacing(), ecorePackage.getEDouble(), "gridSpacing", "2.0", 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolverSettings_TimeStep(), ecorePackage.getEDouble(), "timeStep", "10.0", 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolverSettings_Tolerance(), ecorePackage.getEDouble(), "tolerance", "1.0E-6", 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolverSettings_DomainWidth(), ecorePackage.getEDouble(), "domainWidth", "100.0", 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolverSettings_MaxCycles(), ecorePackage.getEInt(), "maxCycles", "2000", 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolverSettings_CounterElectrodePotential(), ecorePackage.getEDouble(), "counterElectrodePotential", null, 0, 1, SolverSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifeModelParametersEClass, LifeModelParameters.class, "LifeModelParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifeModelParameters_InactiveLayerPorosity(), ecorePackage.getEDouble(), "inactiveLayerPorosity", "0.5", 0, 1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeModelParameters_InactiveLayerTortuosity(), ecorePackage.getEDouble(), "inactiveLayerTortuosity", "3.0", 0, 1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeModelParameters_OverpotentialLimit(), ecorePackage.getEDouble(), "overpotentialLimit", "500.0", 0, 1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeModelParameters_SolventPerSeiMetal(), ecorePackage.getEDouble(), "solventPerSeiMetal", "1.0", 0, 1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifeModelParameters_EndOfLifeRetention(), ecorePackage.getEDouble(), "endOfLifeRetention", "0.8", 0, 1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifeModelParameters_Overrides(), this.getParameterValue(), null, "overrides", null, 0, -1, LifeModelParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterValueEClass, ParameterValue.class, "ParameterValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameterValue_Name(), ecorePackage.getEString(), "name", null, 0, 1, ParameterValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterValue_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, ParameterValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterValue_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ParameterValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nucleationBarrierOverrideEClass, NucleationBarrierOverride.class, "NucleationBarrierOverride", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNucleationBarrierOverride_Substrate(), ecorePackage.getEString(), "substrate", null, 0, 1, NucleationBarrierOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNucleationBarrierOverride_Barrier(), ecorePackage.getEDouble(), "barrier", null, 0, 1, NucleationBarrierOverride.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measuredPointEClass, MeasuredPoint.class, "MeasuredPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasuredPoint_Quantity(), this.getMeasuredQuantity(), "quantity", "retention", 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasuredPoint_Cycle(), ecorePackage.getEInt(), "cycle", null, 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasuredPoint_Hour(), ecorePackage.getEDouble(), "hour", null, 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasuredPoint_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasuredPoint_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasuredPoint_Note(), ecorePackage.getEString(), "note", null, 0, 1, MeasuredPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(explicitFibresEClass, ExplicitFibres.class, "ExplicitFibres", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExplicitFibres_PeriodicWidth(), ecorePackage.getEDouble(), "periodicWidth", null, 0, 1, ExplicitFibres.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitFibres_FibreFile(), ecorePackage.getEString(), "fibreFile", null, 0, 1, ExplicitFibres.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExplicitFibres_Fibres(), this.getExplicitFibre(), null, "fibres", null, 0, -1, ExplicitFibres.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(explicitFibreEClass, ExplicitFibre.class, "ExplicitFibre", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExplicitFibre_X(), ecorePackage.getEDouble(), "x", null, 0, 1, ExplicitFibre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitFibre_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, ExplicitFibre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitFibre_Radius(), ecorePackage.getEDouble(), "radius", null, 0, 1, ExplicitFibre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitFibre_Substrate(), ecorePackage.getEString(), "substrate", null, 0, 1, ExplicitFibre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitFibre_Covered(), ecorePackage.getEBoolean(), "covered", null, 0, 1, ExplicitFibre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepEClass, Sweep.class, "Sweep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSweep_Study(), this.getStudy(), null, "study", null, 1, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSweep_Parameters(), this.getSweepParameter(), null, "parameters", null, 0, -1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Sampling(), this.getSweepSampling(), "sampling", "grid", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_SampleCount(), ecorePackage.getEInt(), "sampleCount", null, 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_MaxPoints(), ecorePackage.getEInt(), "maxPoints", null, 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Outputs(), ecorePackage.getEString(), "outputs", null, 0, -1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepParameterEClass, SweepParameter.class, "SweepParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweepParameter_Path(), ecorePackage.getEString(), "path", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Spacing(), this.getSweepSpacing(), "spacing", "list", 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_From(), ecorePackage.getEDouble(), "from", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_To(), ecorePackage.getEDouble(), "to", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Count(), ecorePackage.getEInt(), "count", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(cellConfigurationEEnum, CellConfiguration.class, "CellConfiguration");
		addEEnumLiteral(cellConfigurationEEnum, CellConfiguration.SYMMETRIC);
		addEEnumLiteral(cellConfigurationEEnum, CellConfiguration.FULL);
		addEEnumLiteral(cellConfigurationEEnum, CellConfiguration.HALF);

		initEEnum(cellFormatEEnum, CellFormat.class, "CellFormat");
		addEEnumLiteral(cellFormatEEnum, CellFormat.COIN_CR2025);
		addEEnumLiteral(cellFormatEEnum, CellFormat.COIN_CR2032);
		addEEnumLiteral(cellFormatEEnum, CellFormat.POUCH);

		initEEnum(orientationEEnum, Orientation.class, "Orientation");
		addEEnumLiteral(orientationEEnum, Orientation.UPRIGHT);
		addEEnumLiteral(orientationEEnum, Orientation.INVERTED);

		initEEnum(counterMaterialEEnum, CounterMaterial.class, "CounterMaterial");
		addEEnumLiteral(counterMaterialEEnum, CounterMaterial.LFP);
		addEEnumLiteral(counterMaterialEEnum, CounterMaterial.LTO);
		addEEnumLiteral(counterMaterialEEnum, CounterMaterial.NMC);
		addEEnumLiteral(counterMaterialEEnum, CounterMaterial.LCO);
		addEEnumLiteral(counterMaterialEEnum, CounterMaterial.METAL);

		initEEnum(timeUnitEEnum, TimeUnit.class, "TimeUnit");
		addEEnumLiteral(timeUnitEEnum, TimeUnit.SECONDS);
		addEEnumLiteral(timeUnitEEnum, TimeUnit.MINUTES);
		addEEnumLiteral(timeUnitEEnum, TimeUnit.HOURS);

		initEEnum(studyKindEEnum, StudyKind.class, "StudyKind");
		addEEnumLiteral(studyKindEEnum, StudyKind.DEPOSITION_2D);
		addEEnumLiteral(studyKindEEnum, StudyKind.CYCLE_LIFE);

		initEEnum(outputQuantityEEnum, OutputQuantity.class, "OutputQuantity");
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.CONCENTRATION);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.ELECTROLYTE_POTENTIAL);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.SURFACE_CURRENT_DENSITY);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.DEPOSIT);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.VOLTAGE_TRACE);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.CYCLE_RECORDS);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.RETENTION);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.COULOMBIC_EFFICIENCY);
		addEEnumLiteral(outputQuantityEEnum, OutputQuantity.DESIGN_NUMBERS);

		initEEnum(measuredQuantityEEnum, MeasuredQuantity.class, "MeasuredQuantity");
		addEEnumLiteral(measuredQuantityEEnum, MeasuredQuantity.RETENTION);
		addEEnumLiteral(measuredQuantityEEnum, MeasuredQuantity.HOURS_TO_FAILURE);
		addEEnumLiteral(measuredQuantityEEnum, MeasuredQuantity.CYCLES_TO_FAILURE);
		addEEnumLiteral(measuredQuantityEEnum, MeasuredQuantity.FIRST_CYCLE_OVERPOTENTIAL);
		addEEnumLiteral(measuredQuantityEEnum, MeasuredQuantity.COULOMBIC_EFFICIENCY);

		initEEnum(sweepSamplingEEnum, SweepSampling.class, "SweepSampling");
		addEEnumLiteral(sweepSamplingEEnum, SweepSampling.GRID);
		addEEnumLiteral(sweepSamplingEEnum, SweepSampling.LATIN_HYPERCUBE);

		initEEnum(sweepSpacingEEnum, SweepSpacing.class, "SweepSpacing");
		addEEnumLiteral(sweepSpacingEEnum, SweepSpacing.LIST);
		addEEnumLiteral(sweepSpacingEEnum, SweepSpacing.LINEAR);
		addEEnumLiteral(sweepSpacingEEnum, SweepSpacing.LOGARITHMIC);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://anodyne.org/model/label
		createLabelAnnotations();
		// http://anodyne.org/model/unit
		createUnitAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://anodyne.org/model/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://anodyne.org/model/label";
		addAnnotation
		  (getNamedElement_Id(),
		   source,
		   new String[] {
			   "label", "ID"
		   });
		addAnnotation
		  (getAnode_PreDepositLoading(),
		   source,
		   new String[] {
			   "label", "Pre-Deposited Metal"
		   });
		addAnnotation
		  (getAnode_PreDepositCurrentDensity(),
		   source,
		   new String[] {
			   "label", "Pre-Deposition Current Density"
		   });
		addAnnotation
		  (getWovenTows_FibresPerTow(),
		   source,
		   new String[] {
			   "label", "Fibres per Tow"
		   });
		addAnnotation
		  (getStaggeredLattice_XPitch(),
		   source,
		   new String[] {
			   "label", "Fibre Pitch in a Row"
		   });
		addAnnotation
		  (getCounterElectrode_ParticleRadius(),
		   source,
		   new String[] {
			   "label", "Particle Radius"
		   });
		addAnnotation
		  (getCounterElectrode_SolidDiffusivity(),
		   source,
		   new String[] {
			   "label", "Solid Diffusivity"
		   });
		addAnnotation
		  (getCounterElectrode_ParticleExchangeCurrentDensity(),
		   source,
		   new String[] {
			   "label", "Particle Exchange Current Density"
		   });
		addAnnotation
		  (getCounterElectrode_MaximumConcentration(),
		   source,
		   new String[] {
			   "label", "Maximum Concentration"
		   });
		addAnnotation
		  (getCounterElectrode_CoatingThickness(),
		   source,
		   new String[] {
			   "label", "Coating Thickness"
		   });
		addAnnotation
		  (getCounterElectrode_CoatingPorosity(),
		   source,
		   new String[] {
			   "label", "Coating Porosity"
		   });
		addAnnotation
		  (getCounterElectrode_CapacityLossPerCycle(),
		   source,
		   new String[] {
			   "label", "Capacity Loss per Cycle"
		   });
		addAnnotation
		  (getCounterElectrode_Ocv(),
		   source,
		   new String[] {
			   "label", "Open-Circuit Voltage Curve"
		   });
		addAnnotation
		  (getOcvPoint_StateOfCharge(),
		   source,
		   new String[] {
			   "label", "State of Charge"
		   });
		addAnnotation
		  (getCellCurrentStep_CRate(),
		   source,
		   new String[] {
			   "label", "C-Rate"
		   });
		addAnnotation
		  (getSolverSettings_MaxCycles(),
		   source,
		   new String[] {
			   "label", "Maximum Cycles"
		   });
		addAnnotation
		  (getNucleationBarrierOverride_Barrier(),
		   source,
		   new String[] {
			   "label", "Nucleation Barrier"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://anodyne.org/model/unit</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUnitAnnotations() {
		String source = "http://anodyne.org/model/unit";
		addAnnotation
		  (getCell_ElectrodeArea(),
		   source,
		   new String[] {
			   "unit", "cm2"
		   });
		addAnnotation
		  (getCell_Temperature(),
		   source,
		   new String[] {
			   "unit", "K"
		   });
		addAnnotation
		  (getCell_ElectrolyteVolume(),
		   source,
		   new String[] {
			   "unit", "uL/cm2"
		   });
		addAnnotation
		  (getAnode_PreDepositLoading(),
		   source,
		   new String[] {
			   "unit", "mAh/cm2"
		   });
		addAnnotation
		  (getAnode_PreDepositCurrentDensity(),
		   source,
		   new String[] {
			   "unit", "mA/cm2"
		   });
		addAnnotation
		  (getSurfaceLayer_Thickness(),
		   source,
		   new String[] {
			   "unit", "nm"
		   });
		addAnnotation
		  (getCurrentCollector_Thickness(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getCurrentCollector_Porosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getCurrentCollector_ArealMass(),
		   source,
		   new String[] {
			   "unit", "mg/cm2"
		   });
		addAnnotation
		  (getCurrentCollector_ElectronicConductivity(),
		   source,
		   new String[] {
			   "unit", "S/m"
		   });
		addAnnotation
		  (getCarbonCloth_FibreDiameter(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getWovenTows_FibresPerTow(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getWovenTows_TowPitch(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getStaggeredLattice_XPitch(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getStaggeredLattice_RowPitch(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalFoam_PoreSize(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalFoam_LigamentDiameter(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getConductiveFabric_FibreDiameter(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getConductiveFabric_CoatingThickness(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getElectrolyte_Concentration(),
		   source,
		   new String[] {
			   "unit", "mol/L"
		   });
		addAnnotation
		  (getElectrolyte_DiffusionCoefficient(),
		   source,
		   new String[] {
			   "unit", "m2/s"
		   });
		addAnnotation
		  (getElectrolyte_TransferenceNumber(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getElectrolyte_Conductivity(),
		   source,
		   new String[] {
			   "unit", "S/m"
		   });
		addAnnotation
		  (getElectrolyte_ExchangeCurrentDensity(),
		   source,
		   new String[] {
			   "unit", "mA/cm2"
		   });
		addAnnotation
		  (getElectrolyte_CathodicTransferCoefficient(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getElectrolyte_SolventMolarVolume(),
		   source,
		   new String[] {
			   "unit", "cm3/mol"
		   });
		addAnnotation
		  (getMetalElectrolytePair_SeiChargePerArea(),
		   source,
		   new String[] {
			   "unit", "C/m2"
		   });
		addAnnotation
		  (getMetalElectrolytePair_SeiFilmResistance(),
		   source,
		   new String[] {
			   "unit", "ohm cm2"
		   });
		addAnnotation
		  (getMetalElectrolytePair_SeiCalendarRate(),
		   source,
		   new String[] {
			   "unit", "C/m2/sqrt(s)"
		   });
		addAnnotation
		  (getMetalElectrolytePair_WhiskerDiameter(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getMetalElectrolytePair_MossPorosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_DendritePorosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_IsolationProbability(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_InactiveLayerPorosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_InactiveLayerTortuosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_SolventPerSeiMetal(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMetalElectrolytePair_CoverageCharge(),
		   source,
		   new String[] {
			   "unit", "C/m2"
		   });
		addAnnotation
		  (getSalt_CationCharge(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSalt_AnionCharge(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSolventComponent_VolumeParts(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getAdditive_MassFraction(),
		   source,
		   new String[] {
			   "unit", "wt%"
		   });
		addAnnotation
		  (getSeparator_Thickness(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getSeparator_Porosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSeparator_Tortuosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getCounterElectrode_ArealCapacity(),
		   source,
		   new String[] {
			   "unit", "mAh/cm2"
		   });
		addAnnotation
		  (getCounterElectrode_SpecificCapacity(),
		   source,
		   new String[] {
			   "unit", "mAh/g"
		   });
		addAnnotation
		  (getCounterElectrode_Loading(),
		   source,
		   new String[] {
			   "unit", "mg/cm2"
		   });
		addAnnotation
		  (getCounterElectrode_LowerVoltageLimit(),
		   source,
		   new String[] {
			   "unit", "V"
		   });
		addAnnotation
		  (getCounterElectrode_UpperVoltageLimit(),
		   source,
		   new String[] {
			   "unit", "V"
		   });
		addAnnotation
		  (getCounterElectrode_ParticleRadius(),
		   source,
		   new String[] {
			   "unit", "nm"
		   });
		addAnnotation
		  (getCounterElectrode_SolidDiffusivity(),
		   source,
		   new String[] {
			   "unit", "cm2/s"
		   });
		addAnnotation
		  (getCounterElectrode_ParticleExchangeCurrentDensity(),
		   source,
		   new String[] {
			   "unit", "mA/cm2"
		   });
		addAnnotation
		  (getCounterElectrode_MaximumConcentration(),
		   source,
		   new String[] {
			   "unit", "mol/L"
		   });
		addAnnotation
		  (getCounterElectrode_CoatingThickness(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getCounterElectrode_CoatingPorosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getCounterElectrode_CapacityLossPerCycle(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getOcvPoint_StateOfCharge(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getOcvPoint_Voltage(),
		   source,
		   new String[] {
			   "unit", "V"
		   });
		addAnnotation
		  (getGalvanostaticStep_CurrentDensity(),
		   source,
		   new String[] {
			   "unit", "mA/cm2"
		   });
		addAnnotation
		  (getCellCurrentStep_CRate(),
		   source,
		   new String[] {
			   "unit", "C"
		   });
		addAnnotation
		  (getCellCurrentStep_CurrentDensity(),
		   source,
		   new String[] {
			   "unit", "mA/cm2"
		   });
		addAnnotation
		  (getRepeatStep_Count(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getCapacityStop_Capacity(),
		   source,
		   new String[] {
			   "unit", "mAh/cm2"
		   });
		addAnnotation
		  (getVoltageStop_Voltage(),
		   source,
		   new String[] {
			   "unit", "V"
		   });
		addAnnotation
		  (getSolverSettings_GridSpacing(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getSolverSettings_TimeStep(),
		   source,
		   new String[] {
			   "unit", "s"
		   });
		addAnnotation
		  (getSolverSettings_Tolerance(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSolverSettings_DomainWidth(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getSolverSettings_MaxCycles(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSolverSettings_CounterElectrodePotential(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifeModelParameters_InactiveLayerPorosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getLifeModelParameters_InactiveLayerTortuosity(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getLifeModelParameters_OverpotentialLimit(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getLifeModelParameters_SolventPerSeiMetal(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getLifeModelParameters_EndOfLifeRetention(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getNucleationBarrierOverride_Barrier(),
		   source,
		   new String[] {
			   "unit", "mV"
		   });
		addAnnotation
		  (getMeasuredPoint_Cycle(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getMeasuredPoint_Hour(),
		   source,
		   new String[] {
			   "unit", "h"
		   });
		addAnnotation
		  (getExplicitFibres_PeriodicWidth(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getExplicitFibre_X(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getExplicitFibre_Y(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
		addAnnotation
		  (getExplicitFibre_Radius(),
		   source,
		   new String[] {
			   "unit", "um"
		   });
	}

} //AnodynePackageImpl
