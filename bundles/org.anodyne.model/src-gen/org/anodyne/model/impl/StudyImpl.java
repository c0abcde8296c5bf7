/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.impl;

import java.util.Collection;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.LifeModelParameters;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.NucleationBarrierOverride;
import org.anodyne.model.OutputQuantity;
import org.anodyne.model.Protocol;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getCell <em>Cell</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getSolver <em>Solver</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getLifeModel <em>Life Model</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getNucleationBarriers <em>Nucleation Barriers</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getCalibratedParameters <em>Calibrated Parameters</em>}</li>
 *   <li>{@link org.anodyne.model.impl.StudyImpl#getMeasuredPoints <em>Measured Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends NamedElementImpl implements Study {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StudyKind KIND_EDEFAULT = StudyKind.DEPOSITION_2D;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StudyKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCell() <em>Cell</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCell()
	 * @generated
	 * @ordered
	 */
	protected Cell cell;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol;

	/**
	 * The cached value of the '{@link #getSolver() <em>Solver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolver()
	 * @generated
	 * @ordered
	 */
	protected SolverSettings solver;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<OutputQuantity> outputs;

	/**
	 * The cached value of the '{@link #getLifeModel() <em>Life Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeModel()
	 * @generated
	 * @ordered
	 */
	protected LifeModelParameters lifeModel;

	/**
	 * The cached value of the '{@link #getNucleationBarriers() <em>Nucleation Barriers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNucleationBarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<NucleationBarrierOverride> nucleationBarriers;

	/**
	 * The cached value of the '{@link #getCalibratedParameters() <em>Calibrated Parameters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibratedParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> calibratedParameters;

	/**
	 * The cached value of the '{@link #getMeasuredPoints() <em>Measured Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasuredPoint> measuredPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StudyKind newKind) {
		StudyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cell getCell() {
		if (cell != null && cell.eIsProxy()) {
			InternalEObject oldCell = (InternalEObject)cell;
			cell = (Cell)eResolveProxy(oldCell);
			if (cell != oldCell) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.STUDY__CELL, oldCell, cell));
			}
		}
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cell basicGetCell() {
		return cell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCell(Cell newCell) {
		Cell oldCell = cell;
		cell = newCell;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__CELL, oldCell, cell));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		if (protocol != null && protocol.eIsProxy()) {
			InternalEObject oldProtocol = (InternalEObject)protocol;
			protocol = (Protocol)eResolveProxy(oldProtocol);
			if (protocol != oldProtocol) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnodynePackage.STUDY__PROTOCOL, oldProtocol, protocol));
			}
		}
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Protocol basicGetProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SolverSettings getSolver() {
		return solver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSolver(SolverSettings newSolver, NotificationChain msgs) {
		SolverSettings oldSolver = solver;
		solver = newSolver;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__SOLVER, oldSolver, newSolver);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolver(SolverSettings newSolver) {
		if (newSolver != solver) {
			NotificationChain msgs = null;
			if (solver != null)
				msgs = ((InternalEObject)solver).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.STUDY__SOLVER, null, msgs);
			if (newSolver != null)
				msgs = ((InternalEObject)newSolver).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.STUDY__SOLVER, null, msgs);
			msgs = basicSetSolver(newSolver, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__SOLVER, newSolver, newSolver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutputQuantity> getOutputs() {
		if (outputs == null) {
			outputs = new EDataTypeUniqueEList<OutputQuantity>(OutputQuantity.class, this, AnodynePackage.STUDY__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifeModelParameters getLifeModel() {
		return lifeModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifeModel(LifeModelParameters newLifeModel, NotificationChain msgs) {
		LifeModelParameters oldLifeModel = lifeModel;
		lifeModel = newLifeModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__LIFE_MODEL, oldLifeModel, newLifeModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifeModel(LifeModelParameters newLifeModel) {
		if (newLifeModel != lifeModel) {
			NotificationChain msgs = null;
			if (lifeModel != null)
				msgs = ((InternalEObject)lifeModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.STUDY__LIFE_MODEL, null, msgs);
			if (newLifeModel != null)
				msgs = ((InternalEObject)newLifeModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.STUDY__LIFE_MODEL, null, msgs);
			msgs = basicSetLifeModel(newLifeModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.STUDY__LIFE_MODEL, newLifeModel, newLifeModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NucleationBarrierOverride> getNucleationBarriers() {
		if (nucleationBarriers == null) {
			nucleationBarriers = new EObjectContainmentEList<NucleationBarrierOverride>(NucleationBarrierOverride.class, this, AnodynePackage.STUDY__NUCLEATION_BARRIERS);
		}
		return nucleationBarriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCalibratedParameters() {
		if (calibratedParameters == null) {
			calibratedParameters = new EDataTypeUniqueEList<String>(String.class, this, AnodynePackage.STUDY__CALIBRATED_PARAMETERS);
		}
		return calibratedParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasuredPoint> getMeasuredPoints() {
		if (measuredPoints == null) {
			measuredPoints = new EObjectContainmentEList<MeasuredPoint>(MeasuredPoint.class, this, AnodynePackage.STUDY__MEASURED_POINTS);
		}
		return measuredPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.STUDY__SOLVER:
				return basicSetSolver(null, msgs);
			case AnodynePackage.STUDY__LIFE_MODEL:
				return basicSetLifeModel(null, msgs);
			case AnodynePackage.STUDY__NUCLEATION_BARRIERS:
				return ((InternalEList<?>)getNucleationBarriers()).basicRemove(otherEnd, msgs);
			case AnodynePackage.STUDY__MEASURED_POINTS:
				return ((InternalEList<?>)getMeasuredPoints()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AnodynePackage.STUDY__KIND:
				return getKind();
			case AnodynePackage.STUDY__CELL:
				if (resolve) return getCell();
				return basicGetCell();
			case AnodynePackage.STUDY__PROTOCOL:
				if (resolve) return getProtocol();
				return basicGetProtocol();
			case AnodynePackage.STUDY__SOLVER:
				return getSolver();
			case AnodynePackage.STUDY__OUTPUTS:
				return getOutputs();
			case AnodynePackage.STUDY__LIFE_MODEL:
				return getLifeModel();
			case AnodynePackage.STUDY__NUCLEATION_BARRIERS:
				return getNucleationBarriers();
			case AnodynePackage.STUDY__CALIBRATED_PARAMETERS:
				return getCalibratedParameters();
			case AnodynePackage.STUDY__MEASURED_POINTS:
				return getMeasuredPoints();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AnodynePackage.STUDY__KIND:
				setKind((StudyKind)newValue);
				return;
			case AnodynePackage.STUDY__CELL:
				setCell((Cell)newValue);
				return;
			case AnodynePackage.STUDY__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case AnodynePackage.STUDY__SOLVER:
				setSolver((SolverSettings)newValue);
				return;
			case AnodynePackage.STUDY__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends OutputQuantity>)newValue);
				return;
			case AnodynePackage.STUDY__LIFE_MODEL:
				setLifeModel((LifeModelParameters)newValue);
				return;
			case AnodynePackage.STUDY__NUCLEATION_BARRIERS:
				getNucleationBarriers().clear();
				getNucleationBarriers().addAll((Collection<? extends NucleationBarrierOverride>)newValue);
				return;
			case AnodynePackage.STUDY__CALIBRATED_PARAMETERS:
				getCalibratedParameters().clear();
				getCalibratedParameters().addAll((Collection<? extends String>)newValue);
				return;
			case AnodynePackage.STUDY__MEASURED_POINTS:
				getMeasuredPoints().clear();
				getMeasuredPoints().addAll((Collection<? extends MeasuredPoint>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AnodynePackage.STUDY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AnodynePackage.STUDY__CELL:
				setCell((Cell)null);
				return;
			case AnodynePackage.STUDY__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case AnodynePackage.STUDY__SOLVER:
				setSolver((SolverSettings)null);
				return;
			case AnodynePackage.STUDY__OUTPUTS:
				getOutputs().clear();
				return;
			case AnodynePackage.STUDY__LIFE_MODEL:
				setLifeModel((LifeModelParameters)null);
				return;
			case AnodynePackage.STUDY__NUCLEATION_BARRIERS:
				getNucleationBarriers().clear();
				return;
			case AnodynePackage.STUDY__CALIBRATED_PARAMETERS:
				getCalibratedParameters().clear();
				return;
			case AnodynePackage.STUDY__MEASURED_POINTS:
				getMeasuredPoints().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AnodynePackage.STUDY__KIND:
				return kind != KIND_EDEFAULT;
			case AnodynePackage.STUDY__CELL:
				return cell != null;
			case AnodynePackage.STUDY__PROTOCOL:
				return protocol != null;
			case AnodynePackage.STUDY__SOLVER:
				return solver != null;
			case AnodynePackage.STUDY__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case AnodynePackage.STUDY__LIFE_MODEL:
				return lifeModel != null;
			case AnodynePackage.STUDY__NUCLEATION_BARRIERS:
				return nucleationBarriers != null && !nucleationBarriers.isEmpty();
			case AnodynePackage.STUDY__CALIBRATED_PARAMETERS:
				return calibratedParameters != null && !calibratedParameters.isEmpty();
			case AnodynePackage.STUDY__MEASURED_POINTS:
				return measuredPoints != null && !measuredPoints.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", outputs: ");
		result.append(outputs);
		result.append(", calibratedParameters: ");
		result.append(calibratedParameters);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
