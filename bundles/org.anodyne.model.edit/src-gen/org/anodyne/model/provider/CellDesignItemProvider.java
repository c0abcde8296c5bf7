/**
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.provider;


import java.util.Collection;
import java.util.List;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CellDesign;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.anodyne.model.CellDesign} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CellDesignItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CellDesignItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(AnodynePackage.Literals.CELL_DESIGN__LIBRARY);
			childrenFeatures.add(AnodynePackage.Literals.CELL_DESIGN__CELLS);
			childrenFeatures.add(AnodynePackage.Literals.CELL_DESIGN__PROTOCOLS);
			childrenFeatures.add(AnodynePackage.Literals.CELL_DESIGN__STUDIES);
			childrenFeatures.add(AnodynePackage.Literals.CELL_DESIGN__SWEEPS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CellDesign.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CellDesign"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CellDesign)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CellDesign_type") :
			getString("_UI_CellDesign_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CellDesign.class)) {
			case AnodynePackage.CELL_DESIGN__LIBRARY:
			case AnodynePackage.CELL_DESIGN__CELLS:
			case AnodynePackage.CELL_DESIGN__PROTOCOLS:
			case AnodynePackage.CELL_DESIGN__STUDIES:
			case AnodynePackage.CELL_DESIGN__SWEEPS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.CELL_DESIGN__LIBRARY,
				 AnodyneFactory.eINSTANCE.createMaterialLibrary()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.CELL_DESIGN__CELLS,
				 AnodyneFactory.eINSTANCE.createCell()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.CELL_DESIGN__PROTOCOLS,
				 AnodyneFactory.eINSTANCE.createProtocol()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.CELL_DESIGN__STUDIES,
				 AnodyneFactory.eINSTANCE.createStudy()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.CELL_DESIGN__SWEEPS,
				 AnodyneFactory.eINSTANCE.createSweep()));
	}

}
