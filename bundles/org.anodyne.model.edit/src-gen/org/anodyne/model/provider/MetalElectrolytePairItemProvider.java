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

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.MetalElectrolytePair;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.anodyne.model.MetalElectrolytePair} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MetalElectrolytePairItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetalElectrolytePairItemProvider(AdapterFactory adapterFactory) {
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

			addMetalPropertyDescriptor(object);
			addSeiChargePerAreaPropertyDescriptor(object);
			addSeiFilmResistancePropertyDescriptor(object);
			addSeiCalendarRatePropertyDescriptor(object);
			addWhiskerDiameterPropertyDescriptor(object);
			addMossPorosityPropertyDescriptor(object);
			addDendritePorosityPropertyDescriptor(object);
			addIsolationProbabilityPropertyDescriptor(object);
			addInactiveLayerPorosityPropertyDescriptor(object);
			addInactiveLayerTortuosityPropertyDescriptor(object);
			addSolventPerSeiMetalPropertyDescriptor(object);
			addCoverageChargePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Metal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMetalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_metal_feature"),
				 getString("_UI_MetalElectrolytePair_metal_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__METAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sei Charge Per Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeiChargePerAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_seiChargePerArea_feature"),
				 getString("_UI_MetalElectrolytePair_seiChargePerArea_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sei Film Resistance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeiFilmResistancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_seiFilmResistance_feature"),
				 getString("_UI_MetalElectrolytePair_seiFilmResistance_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sei Calendar Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeiCalendarRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_seiCalendarRate_feature"),
				 getString("_UI_MetalElectrolytePair_seiCalendarRate_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Whisker Diameter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWhiskerDiameterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_whiskerDiameter_feature"),
				 getString("_UI_MetalElectrolytePair_whiskerDiameter_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Moss Porosity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMossPorosityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_mossPorosity_feature"),
				 getString("_UI_MetalElectrolytePair_mossPorosity_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dendrite Porosity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDendritePorosityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_dendritePorosity_feature"),
				 getString("_UI_MetalElectrolytePair_dendritePorosity_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Isolation Probability feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsolationProbabilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_isolationProbability_feature"),
				 getString("_UI_MetalElectrolytePair_isolationProbability_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inactive Layer Porosity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInactiveLayerPorosityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_inactiveLayerPorosity_feature"),
				 getString("_UI_MetalElectrolytePair_inactiveLayerPorosity_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inactive Layer Tortuosity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInactiveLayerTortuosityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_inactiveLayerTortuosity_feature"),
				 getString("_UI_MetalElectrolytePair_inactiveLayerTortuosity_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solvent Per Sei Metal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolventPerSeiMetalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_solventPerSeiMetal_feature"),
				 getString("_UI_MetalElectrolytePair_solventPerSeiMetal_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coverage Charge feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoverageChargePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MetalElectrolytePair_coverageCharge_feature"),
				 getString("_UI_MetalElectrolytePair_coverageCharge_description"),
				 AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns MetalElectrolytePair.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MetalElectrolytePair"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MetalElectrolytePair)object).getMetal();
		return label == null || label.length() == 0 ?
			getString("_UI_MetalElectrolytePair_type") :
			getString("_UI_MetalElectrolytePair_type") + " " + label;
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

		switch (notification.getFeatureID(MetalElectrolytePair.class)) {
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__METAL:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CHARGE_PER_AREA:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_FILM_RESISTANCE:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SEI_CALENDAR_RATE:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__WHISKER_DIAMETER:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__MOSS_POROSITY:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__DENDRITE_POROSITY:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__ISOLATION_PROBABILITY:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_POROSITY:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__INACTIVE_LAYER_TORTUOSITY:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__SOLVENT_PER_SEI_METAL:
			case AnodynePackage.METAL_ELECTROLYTE_PAIR__COVERAGE_CHARGE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ((IChildCreationExtender)adapterFactory).getResourceLocator();
	}

}
