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
import org.anodyne.model.CellDesign;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.Protocol;
import org.anodyne.model.Study;
import org.anodyne.model.Sweep;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Design</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.anodyne.model.impl.CellDesignImpl#getLibrary <em>Library</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellDesignImpl#getCells <em>Cells</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellDesignImpl#getProtocols <em>Protocols</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellDesignImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.anodyne.model.impl.CellDesignImpl#getSweeps <em>Sweeps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellDesignImpl extends NamedElementImpl implements CellDesign {
	/**
	 * The cached value of the '{@link #getLibrary() <em>Library</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibrary()
	 * @generated
	 * @ordered
	 */
	protected MaterialLibrary library;

	/**
	 * The cached value of the '{@link #getCells() <em>Cells</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected EList<Cell> cells;

	/**
	 * The cached value of the '{@link #getProtocols() <em>Protocols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocols()
	 * @generated
	 * @ordered
	 */
	protected EList<Protocol> protocols;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<Study> studies;

	/**
	 * The cached value of the '{@link #getSweeps() <em>Sweeps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweeps()
	 * @generated
	 * @ordered
	 */
	protected EList<Sweep> sweeps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellDesignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AnodynePackage.Literals.CELL_DESIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialLibrary getLibrary() {
		return library;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLibrary(MaterialLibrary newLibrary, NotificationChain msgs) {
		MaterialLibrary oldLibrary = library;
		library = newLibrary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL_DESIGN__LIBRARY, oldLibrary, newLibrary);
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
	public void setLibrary(MaterialLibrary newLibrary) {
		if (newLibrary != library) {
			NotificationChain msgs = null;
			if (library != null)
				msgs = ((InternalEObject)library).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL_DESIGN__LIBRARY, null, msgs);
			if (newLibrary != null)
				msgs = ((InternalEObject)newLibrary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AnodynePackage.CELL_DESIGN__LIBRARY, null, msgs);
			msgs = basicSetLibrary(newLibrary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnodynePackage.CELL_DESIGN__LIBRARY, newLibrary, newLibrary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cell> getCells() {
		if (cells == null) {
			cells = new EObjectContainmentEList<Cell>(Cell.class, this, AnodynePackage.CELL_DESIGN__CELLS);
		}
		return cells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Protocol> getProtocols() {
		if (protocols == null) {
			protocols = new EObjectContainmentEList<Protocol>(Protocol.class, this, AnodynePackage.CELL_DESIGN__PROTOCOLS);
		}
		return protocols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Study> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<Study>(Study.class, this, AnodynePackage.CELL_DESIGN__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sweep> getSweeps() {
		if (sweeps == null) {
			sweeps = new EObjectContainmentEList<Sweep>(Sweep.class, this, AnodynePackage.CELL_DESIGN__SWEEPS);
		}
		return sweeps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AnodynePackage.CELL_DESIGN__LIBRARY:
				return basicSetLibrary(null, msgs);
			case AnodynePackage.CELL_DESIGN__CELLS:
				return ((InternalEList<?>)getCells()).basicRemove(otherEnd, msgs);
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
				return ((InternalEList<?>)getProtocols()).basicRemove(otherEnd, msgs);
			case AnodynePackage.CELL_DESIGN__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				return ((InternalEList<?>)getSweeps()).basicRemove(otherEnd, msgs);
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
			case AnodynePackage.CELL_DESIGN__LIBRARY:
				return getLibrary();
			case AnodynePackage.CELL_DESIGN__CELLS:
				return getCells();
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
				return getProtocols();
			case AnodynePackage.CELL_DESIGN__STUDIES:
				return getStudies();
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				return getSweeps();
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
			case AnodynePackage.CELL_DESIGN__LIBRARY:
				setLibrary((MaterialLibrary)newValue);
				return;
			case AnodynePackage.CELL_DESIGN__CELLS:
				getCells().clear();
				getCells().addAll((Collection<? extends Cell>)newValue);
				return;
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
				getProtocols().clear();
				getProtocols().addAll((Collection<? extends Protocol>)newValue);
				return;
			case AnodynePackage.CELL_DESIGN__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends Study>)newValue);
				return;
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				getSweeps().clear();
				getSweeps().addAll((Collection<? extends Sweep>)newValue);
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
			case AnodynePackage.CELL_DESIGN__LIBRARY:
				setLibrary((MaterialLibrary)null);
				return;
			case AnodynePackage.CELL_DESIGN__CELLS:
				getCells().clear();
				return;
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
				getProtocols().clear();
				return;
			case AnodynePackage.CELL_DESIGN__STUDIES:
				getStudies().clear();
				return;
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				getSweeps().clear();
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
			case AnodynePackage.CELL_DESIGN__LIBRARY:
				return library != null;
			case AnodynePackage.CELL_DESIGN__CELLS:
				return cells != null && !cells.isEmpty();
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
				return protocols != null && !protocols.isEmpty();
			case AnodynePackage.CELL_DESIGN__STUDIES:
				return studies != null && !studies.isEmpty();
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				return sweeps != null && !sweeps.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CellDesignImpl
