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
import org.anodyne.model.Electrolyte;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.anodyne.model.Electrolyte} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ElectrolyteItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ElectrolyteItemProvider(AdapterFactory adapterFactory) {
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

			addConcentrationPropertyDescriptor(object);
			addDiffusionCoefficientPropertyDescriptor(object);
			addTransferenceNumberPropertyDescriptor(object);
			addConductivityPropertyDescriptor(object);
			addExchangeCurrentDensityPropertyDescriptor(object);
			addCathodicTransferCoefficientPropertyDescriptor(object);
			addSolventMolarVolumePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Concentration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConcentrationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_concentration_feature"),
				 getString("_UI_Electrolyte_concentration_description"),
				 AnodynePackage.Literals.ELECTROLYTE__CONCENTRATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Diffusion Coefficient feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiffusionCoefficientPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_diffusionCoefficient_feature"),
				 getString("_UI_Electrolyte_diffusionCoefficient_description"),
				 AnodynePackage.Literals.ELECTROLYTE__DIFFUSION_COEFFICIENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Transference Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTransferenceNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_transferenceNumber_feature"),
				 getString("_UI_Electrolyte_transferenceNumber_description"),
				 AnodynePackage.Literals.ELECTROLYTE__TRANSFERENCE_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conductivity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConductivityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_conductivity_feature"),
				 getString("_UI_Electrolyte_conductivity_description"),
				 AnodynePackage.Literals.ELECTROLYTE__CONDUCTIVITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exchange Current Density feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExchangeCurrentDensityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_exchangeCurrentDensity_feature"),
				 getString("_UI_Electrolyte_exchangeCurrentDensity_description"),
				 AnodynePackage.Literals.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cathodic Transfer Coefficient feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCathodicTransferCoefficientPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_cathodicTransferCoefficient_feature"),
				 getString("_UI_Electrolyte_cathodicTransferCoefficient_description"),
				 AnodynePackage.Literals.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solvent Molar Volume feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolventMolarVolumePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Electrolyte_solventMolarVolume_feature"),
				 getString("_UI_Electrolyte_solventMolarVolume_description"),
				 AnodynePackage.Literals.ELECTROLYTE__SOLVENT_MOLAR_VOLUME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
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
			childrenFeatures.add(AnodynePackage.Literals.ELECTROLYTE__SALT);
			childrenFeatures.add(AnodynePackage.Literals.ELECTROLYTE__SOLVENTS);
			childrenFeatures.add(AnodynePackage.Literals.ELECTROLYTE__ADDITIVES);
			childrenFeatures.add(AnodynePackage.Literals.ELECTROLYTE__METAL_PAIRS);
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
	 * This returns Electrolyte.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Electrolyte"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Electrolyte)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Electrolyte_type") :
			getString("_UI_Electrolyte_type") + " " + label;
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

		switch (notification.getFeatureID(Electrolyte.class)) {
			case AnodynePackage.ELECTROLYTE__CONCENTRATION:
			case AnodynePackage.ELECTROLYTE__DIFFUSION_COEFFICIENT:
			case AnodynePackage.ELECTROLYTE__TRANSFERENCE_NUMBER:
			case AnodynePackage.ELECTROLYTE__CONDUCTIVITY:
			case AnodynePackage.ELECTROLYTE__EXCHANGE_CURRENT_DENSITY:
			case AnodynePackage.ELECTROLYTE__CATHODIC_TRANSFER_COEFFICIENT:
			case AnodynePackage.ELECTROLYTE__SOLVENT_MOLAR_VOLUME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AnodynePackage.ELECTROLYTE__SALT:
			case AnodynePackage.ELECTROLYTE__SOLVENTS:
			case AnodynePackage.ELECTROLYTE__ADDITIVES:
			case AnodynePackage.ELECTROLYTE__METAL_PAIRS:
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
				(AnodynePackage.Literals.ELECTROLYTE__SALT,
				 AnodyneFactory.eINSTANCE.createSalt()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.ELECTROLYTE__SOLVENTS,
				 AnodyneFactory.eINSTANCE.createSolventComponent()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.ELECTROLYTE__ADDITIVES,
				 AnodyneFactory.eINSTANCE.createAdditive()));

		newChildDescriptors.add
			(createChildParameter
				(AnodynePackage.Literals.ELECTROLYTE__METAL_PAIRS,
				 AnodyneFactory.eINSTANCE.createMetalElectrolytePair()));
	}

}
