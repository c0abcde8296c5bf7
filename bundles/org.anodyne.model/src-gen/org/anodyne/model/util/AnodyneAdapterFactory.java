/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.util;

import org.anodyne.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.anodyne.model.AnodynePackage
 * @generated
 */
public class AnodyneAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AnodynePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnodyneAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = AnodynePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnodyneSwitch<Adapter> modelSwitch =
		new AnodyneSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseCellDesign(CellDesign object) {
				return createCellDesignAdapter();
			}
			@Override
			public Adapter caseMaterialLibrary(MaterialLibrary object) {
				return createMaterialLibraryAdapter();
			}
			@Override
			public Adapter caseCell(Cell object) {
				return createCellAdapter();
			}
			@Override
			public Adapter caseAnode(Anode object) {
				return createAnodeAdapter();
			}
			@Override
			public Adapter caseSurfaceLayer(SurfaceLayer object) {
				return createSurfaceLayerAdapter();
			}
			@Override
			public Adapter caseCurrentCollector(CurrentCollector object) {
				return createCurrentCollectorAdapter();
			}
			@Override
			public Adapter caseCarbonCloth(CarbonCloth object) {
				return createCarbonClothAdapter();
			}
			@Override
			public Adapter caseFibreLayout(FibreLayout object) {
				return createFibreLayoutAdapter();
			}
			@Override
			public Adapter caseWovenTows(WovenTows object) {
				return createWovenTowsAdapter();
			}
			@Override
			public Adapter caseStaggeredLattice(StaggeredLattice object) {
				return createStaggeredLatticeAdapter();
			}
			@Override
			public Adapter caseMetalFoam(MetalFoam object) {
				return createMetalFoamAdapter();
			}
			@Override
			public Adapter caseConductiveFabric(ConductiveFabric object) {
				return createConductiveFabricAdapter();
			}
			@Override
			public Adapter caseFoil(Foil object) {
				return createFoilAdapter();
			}
			@Override
			public Adapter caseElectrolyte(Electrolyte object) {
				return createElectrolyteAdapter();
			}
			@Override
			public Adapter caseMetalElectrolytePair(MetalElectrolytePair object) {
				return createMetalElectrolytePairAdapter();
			}
			@Override
			public Adapter caseSalt(Salt object) {
				return createSaltAdapter();
			}
			@Override
			public Adapter caseSolventComponent(SolventComponent object) {
				return createSolventComponentAdapter();
			}
			@Override
			public Adapter caseAdditive(Additive object) {
				return createAdditiveAdapter();
			}
			@Override
			public Adapter caseSeparator(Separator object) {
				return createSeparatorAdapter();
			}
			@Override
			public Adapter caseCounterElectrode(CounterElectrode object) {
				return createCounterElectrodeAdapter();
			}
			@Override
			public Adapter caseOcvPoint(OcvPoint object) {
				return createOcvPointAdapter();
			}
			@Override
			public Adapter caseProtocol(Protocol object) {
				return createProtocolAdapter();
			}
			@Override
			public Adapter caseStep(Step object) {
				return createStepAdapter();
			}
			@Override
			public Adapter caseConditionedStep(ConditionedStep object) {
				return createConditionedStepAdapter();
			}
			@Override
			public Adapter caseGalvanostaticStep(GalvanostaticStep object) {
				return createGalvanostaticStepAdapter();
			}
			@Override
			public Adapter casePlatingStep(PlatingStep object) {
				return createPlatingStepAdapter();
			}
			@Override
			public Adapter caseStrippingStep(StrippingStep object) {
				return createStrippingStepAdapter();
			}
			@Override
			public Adapter caseCellCurrentStep(CellCurrentStep object) {
				return createCellCurrentStepAdapter();
			}
			@Override
			public Adapter caseChargeStep(ChargeStep object) {
				return createChargeStepAdapter();
			}
			@Override
			public Adapter caseDischargeStep(DischargeStep object) {
				return createDischargeStepAdapter();
			}
			@Override
			public Adapter caseRestStep(RestStep object) {
				return createRestStepAdapter();
			}
			@Override
			public Adapter caseRepeatStep(RepeatStep object) {
				return createRepeatStepAdapter();
			}
			@Override
			public Adapter caseStopCondition(StopCondition object) {
				return createStopConditionAdapter();
			}
			@Override
			public Adapter caseDurationStop(DurationStop object) {
				return createDurationStopAdapter();
			}
			@Override
			public Adapter caseCapacityStop(CapacityStop object) {
				return createCapacityStopAdapter();
			}
			@Override
			public Adapter caseVoltageStop(VoltageStop object) {
				return createVoltageStopAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseSolverSettings(SolverSettings object) {
				return createSolverSettingsAdapter();
			}
			@Override
			public Adapter caseLifeModelParameters(LifeModelParameters object) {
				return createLifeModelParametersAdapter();
			}
			@Override
			public Adapter caseParameterValue(ParameterValue object) {
				return createParameterValueAdapter();
			}
			@Override
			public Adapter caseNucleationBarrierOverride(NucleationBarrierOverride object) {
				return createNucleationBarrierOverrideAdapter();
			}
			@Override
			public Adapter caseMeasuredPoint(MeasuredPoint object) {
				return createMeasuredPointAdapter();
			}
			@Override
			public Adapter caseExplicitFibres(ExplicitFibres object) {
				return createExplicitFibresAdapter();
			}
			@Override
			public Adapter caseExplicitFibre(ExplicitFibre object) {
				return createExplicitFibreAdapter();
			}
			@Override
			public Adapter caseSweep(Sweep object) {
				return createSweepAdapter();
			}
			@Override
			public Adapter caseSweepParameter(SweepParameter object) {
				return createSweepParameterAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CellDesign <em>Cell Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CellDesign
	 * @generated
	 */
	public Adapter createCellDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.MaterialLibrary <em>Material Library</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.MaterialLibrary
	 * @generated
	 */
	public Adapter createMaterialLibraryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Cell
	 * @generated
	 */
	public Adapter createCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Anode <em>Anode</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Anode
	 * @generated
	 */
	public Adapter createAnodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.SurfaceLayer <em>Surface Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.SurfaceLayer
	 * @generated
	 */
	public Adapter createSurfaceLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CurrentCollector <em>Current Collector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CurrentCollector
	 * @generated
	 */
	public Adapter createCurrentCollectorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CarbonCloth <em>Carbon Cloth</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CarbonCloth
	 * @generated
	 */
	public Adapter createCarbonClothAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.FibreLayout <em>Fibre Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.FibreLayout
	 * @generated
	 */
	public Adapter createFibreLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.WovenTows <em>Woven Tows</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.WovenTows
	 * @generated
	 */
	public Adapter createWovenTowsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.StaggeredLattice <em>Staggered Lattice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.StaggeredLattice
	 * @generated
	 */
	public Adapter createStaggeredLatticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.MetalFoam <em>Metal Foam</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.MetalFoam
	 * @generated
	 */
	public Adapter createMetalFoamAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ConductiveFabric <em>Conductive Fabric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ConductiveFabric
	 * @generated
	 */
	public Adapter createConductiveFabricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Foil <em>Foil</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Foil
	 * @generated
	 */
	public Adapter createFoilAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Electrolyte <em>Electrolyte</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Electrolyte
	 * @generated
	 */
	public Adapter createElectrolyteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.MetalElectrolytePair <em>Metal Electrolyte Pair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.MetalElectrolytePair
	 * @generated
	 */
	public Adapter createMetalElectrolytePairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Salt <em>Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Salt
	 * @generated
	 */
	public Adapter createSaltAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.SolventComponent <em>Solvent Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.SolventComponent
	 * @generated
	 */
	public Adapter createSolventComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Additive <em>Additive</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Additive
	 * @generated
	 */
	public Adapter createAdditiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Separator <em>Separator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Separator
	 * @generated
	 */
	public Adapter createSeparatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CounterElectrode <em>Counter Electrode</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CounterElectrode
	 * @generated
	 */
	public Adapter createCounterElectrodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.OcvPoint <em>Ocv Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.OcvPoint
	 * @generated
	 */
	public Adapter createOcvPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Protocol
	 * @generated
	 */
	public Adapter createProtocolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ConditionedStep <em>Conditioned Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ConditionedStep
	 * @generated
	 */
	public Adapter createConditionedStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.GalvanostaticStep <em>Galvanostatic Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.GalvanostaticStep
	 * @generated
	 */
	public Adapter createGalvanostaticStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.PlatingStep <em>Plating Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.PlatingStep
	 * @generated
	 */
	public Adapter createPlatingStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.StrippingStep <em>Stripping Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.StrippingStep
	 * @generated
	 */
	public Adapter createStrippingStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CellCurrentStep <em>Cell Current Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CellCurrentStep
	 * @generated
	 */
	public Adapter createCellCurrentStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ChargeStep <em>Charge Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ChargeStep
	 * @generated
	 */
	public Adapter createChargeStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.DischargeStep <em>Discharge Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.DischargeStep
	 * @generated
	 */
	public Adapter createDischargeStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.RestStep <em>Rest Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.RestStep
	 * @generated
	 */
	public Adapter createRestStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.RepeatStep <em>Repeat Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.RepeatStep
	 * @generated
	 */
	public Adapter createRepeatStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.StopCondition <em>Stop Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.StopCondition
	 * @generated
	 */
	public Adapter createStopConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.DurationStop <em>Duration Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.DurationStop
	 * @generated
	 */
	public Adapter createDurationStopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.CapacityStop <em>Capacity Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.CapacityStop
	 * @generated
	 */
	public Adapter createCapacityStopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.VoltageStop <em>Voltage Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.VoltageStop
	 * @generated
	 */
	public Adapter createVoltageStopAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.SolverSettings <em>Solver Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.SolverSettings
	 * @generated
	 */
	public Adapter createSolverSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.LifeModelParameters <em>Life Model Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.LifeModelParameters
	 * @generated
	 */
	public Adapter createLifeModelParametersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ParameterValue
	 * @generated
	 */
	public Adapter createParameterValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.NucleationBarrierOverride <em>Nucleation Barrier Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.NucleationBarrierOverride
	 * @generated
	 */
	public Adapter createNucleationBarrierOverrideAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.MeasuredPoint <em>Measured Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.MeasuredPoint
	 * @generated
	 */
	public Adapter createMeasuredPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ExplicitFibres <em>Explicit Fibres</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ExplicitFibres
	 * @generated
	 */
	public Adapter createExplicitFibresAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.ExplicitFibre <em>Explicit Fibre</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.ExplicitFibre
	 * @generated
	 */
	public Adapter createExplicitFibreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.Sweep
	 * @generated
	 */
	public Adapter createSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.anodyne.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.anodyne.model.SweepParameter
	 * @generated
	 */
	public Adapter createSweepParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //AnodyneAdapterFactory
