/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.util;

import org.anodyne.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.anodyne.model.AnodynePackage
 * @generated
 */
public class AnodyneSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AnodynePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnodyneSwitch() {
		if (modelPackage == null) {
			modelPackage = AnodynePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case AnodynePackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CELL_DESIGN: {
				CellDesign cellDesign = (CellDesign)theEObject;
				T result = caseCellDesign(cellDesign);
				if (result == null) result = caseNamedElement(cellDesign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.MATERIAL_LIBRARY: {
				MaterialLibrary materialLibrary = (MaterialLibrary)theEObject;
				T result = caseMaterialLibrary(materialLibrary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CELL: {
				Cell cell = (Cell)theEObject;
				T result = caseCell(cell);
				if (result == null) result = caseNamedElement(cell);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.ANODE: {
				Anode anode = (Anode)theEObject;
				T result = caseAnode(anode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SURFACE_LAYER: {
				SurfaceLayer surfaceLayer = (SurfaceLayer)theEObject;
				T result = caseSurfaceLayer(surfaceLayer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CURRENT_COLLECTOR: {
				CurrentCollector currentCollector = (CurrentCollector)theEObject;
				T result = caseCurrentCollector(currentCollector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CARBON_CLOTH: {
				CarbonCloth carbonCloth = (CarbonCloth)theEObject;
				T result = caseCarbonCloth(carbonCloth);
				if (result == null) result = caseCurrentCollector(carbonCloth);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.FIBRE_LAYOUT: {
				FibreLayout fibreLayout = (FibreLayout)theEObject;
				T result = caseFibreLayout(fibreLayout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.WOVEN_TOWS: {
				WovenTows wovenTows = (WovenTows)theEObject;
				T result = caseWovenTows(wovenTows);
				if (result == null) result = caseFibreLayout(wovenTows);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.STAGGERED_LATTICE: {
				StaggeredLattice staggeredLattice = (StaggeredLattice)theEObject;
				T result = caseStaggeredLattice(staggeredLattice);
				if (result == null) result = caseFibreLayout(staggeredLattice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.METAL_FOAM: {
				MetalFoam metalFoam = (MetalFoam)theEObject;
				T result = caseMetalFoam(metalFoam);
				if (result == null) result = caseCurrentCollector(metalFoam);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CONDUCTIVE_FABRIC: {
				ConductiveFabric conductiveFabric = (ConductiveFabric)theEObject;
				T result = caseConductiveFabric(conductiveFabric);
				if (result == null) result = caseCurrentCollector(conductiveFabric);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.FOIL: {
				Foil foil = (Foil)theEObject;
				T result = caseFoil(foil);
				if (result == null) result = caseCurrentCollector(foil);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.ELECTROLYTE: {
				Electrolyte electrolyte = (Electrolyte)theEObject;
				T result = caseElectrolyte(electrolyte);
				if (result == null) result = caseNamedElement(electrolyte);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.METAL_ELECTROLYTE_PAIR: {
				MetalElectrolytePair metalElectrolytePair = (MetalElectrolytePair)theEObject;
				T result = caseMetalElectrolytePair(metalElectrolytePair);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SALT: {
				Salt salt = (Salt)theEObject;
				T result = caseSalt(salt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SOLVENT_COMPONENT: {
				SolventComponent solventComponent = (SolventComponent)theEObject;
				T result = caseSolventComponent(solventComponent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.ADDITIVE: {
				Additive additive = (Additive)theEObject;
				T result = caseAdditive(additive);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SEPARATOR: {
				Separator separator = (Separator)theEObject;
				T result = caseSeparator(separator);
				if (result == null) result = caseNamedElement(separator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.COUNTER_ELECTRODE: {
				CounterElectrode counterElectrode = (CounterElectrode)theEObject;
				T result = caseCounterElectrode(counterElectrode);
				if (result == null) result = caseNamedElement(counterElectrode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.OCV_POINT: {
				OcvPoint ocvPoint = (OcvPoint)theEObject;
				T result = caseOcvPoint(ocvPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.PROTOCOL: {
				Protocol protocol = (Protocol)theEObject;
				T result = caseProtocol(protocol);
				if (result == null) result = caseNamedElement(protocol);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.STEP: {
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CONDITIONED_STEP: {
				ConditionedStep conditionedStep = (ConditionedStep)theEObject;
				T result = caseConditionedStep(conditionedStep);
				if (result == null) result = caseStep(conditionedStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.GALVANOSTATIC_STEP: {
				GalvanostaticStep galvanostaticStep = (GalvanostaticStep)theEObject;
				T result = caseGalvanostaticStep(galvanostaticStep);
				if (result == null) result = caseConditionedStep(galvanostaticStep);
				if (result == null) result = caseStep(galvanostaticStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.PLATING_STEP: {
				PlatingStep platingStep = (PlatingStep)theEObject;
				T result = casePlatingStep(platingStep);
				if (result == null) result = caseGalvanostaticStep(platingStep);
				if (result == null) result = caseConditionedStep(platingStep);
				if (result == null) result = caseStep(platingStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.STRIPPING_STEP: {
				StrippingStep strippingStep = (StrippingStep)theEObject;
				T result = caseStrippingStep(strippingStep);
				if (result == null) result = caseGalvanostaticStep(strippingStep);
				if (result == null) result = caseConditionedStep(strippingStep);
				if (result == null) result = caseStep(strippingStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CELL_CURRENT_STEP: {
				CellCurrentStep cellCurrentStep = (CellCurrentStep)theEObject;
				T result = caseCellCurrentStep(cellCurrentStep);
				if (result == null) result = caseConditionedStep(cellCurrentStep);
				if (result == null) result = caseStep(cellCurrentStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CHARGE_STEP: {
				ChargeStep chargeStep = (ChargeStep)theEObject;
				T result = caseChargeStep(chargeStep);
				if (result == null) result = caseCellCurrentStep(chargeStep);
				if (result == null) result = caseConditionedStep(chargeStep);
				if (result == null) result = caseStep(chargeStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.DISCHARGE_STEP: {
				DischargeStep dischargeStep = (DischargeStep)theEObject;
				T result = caseDischargeStep(dischargeStep);
				if (result == null) result = caseCellCurrentStep(dischargeStep);
				if (result == null) result = caseConditionedStep(dischargeStep);
				if (result == null) result = caseStep(dischargeStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.REST_STEP: {
				RestStep restStep = (RestStep)theEObject;
				T result = caseRestStep(restStep);
				if (result == null) result = caseConditionedStep(restStep);
				if (result == null) result = caseStep(restStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.REPEAT_STEP: {
				RepeatStep repeatStep = (RepeatStep)theEObject;
				T result = caseRepeatStep(repeatStep);
				if (result == null) result = caseStep(repeatStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.STOP_CONDITION: {
				StopCondition stopCondition = (StopCondition)theEObject;
				T result = caseStopCondition(stopCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.DURATION_STOP: {
				DurationStop durationStop = (DurationStop)theEObject;
				T result = caseDurationStop(durationStop);
				if (result == null) result = caseStopCondition(durationStop);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.CAPACITY_STOP: {
				CapacityStop capacityStop = (CapacityStop)theEObject;
				T result = caseCapacityStop(capacityStop);
				if (result == null) result = caseStopCondition(capacityStop);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.VOLTAGE_STOP: {
				VoltageStop voltageStop = (VoltageStop)theEObject;
				T result = caseVoltageStop(voltageStop);
				if (result == null) result = caseStopCondition(voltageStop);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseNamedElement(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SOLVER_SETTINGS: {
				SolverSettings solverSettings = (SolverSettings)theEObject;
				T result = caseSolverSettings(solverSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.LIFE_MODEL_PARAMETERS: {
				LifeModelParameters lifeModelParameters = (LifeModelParameters)theEObject;
				T result = caseLifeModelParameters(lifeModelParameters);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.PARAMETER_VALUE: {
				ParameterValue parameterValue = (ParameterValue)theEObject;
				T result = caseParameterValue(parameterValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.NUCLEATION_BARRIER_OVERRIDE: {
				NucleationBarrierOverride nucleationBarrierOverride = (NucleationBarrierOverride)theEObject;
				T result = caseNucleationBarrierOverride(nucleationBarrierOverride);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.MEASURED_POINT: {
				MeasuredPoint measuredPoint = (MeasuredPoint)theEObject;
				T result = caseMeasuredPoint(measuredPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.EXPLICIT_FIBRES: {
				ExplicitFibres explicitFibres = (ExplicitFibres)theEObject;
				T result = caseExplicitFibres(explicitFibres);
				if (result == null) result = caseCurrentCollector(explicitFibres);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.EXPLICIT_FIBRE: {
				ExplicitFibre explicitFibre = (ExplicitFibre)theEObject;
				T result = caseExplicitFibre(explicitFibre);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SWEEP: {
				Sweep sweep = (Sweep)theEObject;
				T result = caseSweep(sweep);
				if (result == null) result = caseNamedElement(sweep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AnodynePackage.SWEEP_PARAMETER: {
				SweepParameter sweepParameter = (SweepParameter)theEObject;
				T result = caseSweepParameter(sweepParameter);
				if (result == null) result = caseNamedElement(sweepParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellDesign(CellDesign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Material Library</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Material Library</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialLibrary(MaterialLibrary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCell(Cell object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anode</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anode</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnode(Anode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Surface Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Surface Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurfaceLayer(SurfaceLayer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Current Collector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Current Collector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCurrentCollector(CurrentCollector object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Carbon Cloth</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Carbon Cloth</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCarbonCloth(CarbonCloth object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fibre Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fibre Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFibreLayout(FibreLayout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Woven Tows</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Woven Tows</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWovenTows(WovenTows object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Staggered Lattice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Staggered Lattice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStaggeredLattice(StaggeredLattice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metal Foam</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metal Foam</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetalFoam(MetalFoam object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conductive Fabric</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conductive Fabric</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConductiveFabric(ConductiveFabric object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Foil</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Foil</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFoil(Foil object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Electrolyte</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Electrolyte</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElectrolyte(Electrolyte object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metal Electrolyte Pair</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metal Electrolyte Pair</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetalElectrolytePair(MetalElectrolytePair object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Salt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Salt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSalt(Salt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Solvent Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Solvent Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSolventComponent(SolventComponent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Additive</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Additive</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdditive(Additive object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Separator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Separator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSeparator(Separator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Counter Electrode</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Counter Electrode</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCounterElectrode(CounterElectrode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ocv Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ocv Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOcvPoint(OcvPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Protocol</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Protocol</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtocol(Protocol object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditioned Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditioned Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionedStep(ConditionedStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Galvanostatic Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Galvanostatic Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGalvanostaticStep(GalvanostaticStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plating Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plating Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlatingStep(PlatingStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stripping Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stripping Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrippingStep(StrippingStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Current Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Current Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellCurrentStep(CellCurrentStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Charge Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Charge Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChargeStep(ChargeStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Discharge Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Discharge Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDischargeStep(DischargeStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rest Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rest Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRestStep(RestStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Repeat Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Repeat Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepeatStep(RepeatStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stop Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stop Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStopCondition(StopCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Duration Stop</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Duration Stop</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDurationStop(DurationStop object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Capacity Stop</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Capacity Stop</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCapacityStop(CapacityStop object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Voltage Stop</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Voltage Stop</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVoltageStop(VoltageStop object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Solver Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Solver Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSolverSettings(SolverSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Life Model Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Life Model Parameters</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifeModelParameters(LifeModelParameters object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterValue(ParameterValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Nucleation Barrier Override</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Nucleation Barrier Override</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNucleationBarrierOverride(NucleationBarrierOverride object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measured Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measured Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasuredPoint(MeasuredPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit Fibres</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit Fibres</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitFibres(ExplicitFibres object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit Fibre</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit Fibre</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitFibre(ExplicitFibre object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweep(Sweep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweepParameter(SweepParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //AnodyneSwitch
