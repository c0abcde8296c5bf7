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
import org.anodyne.model.CounterElectrode;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.anodyne.model.CounterElectrode} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CounterElectrodeItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CounterElectrodeItemProvider(AdapterFactory adapterFactory) {
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

			addMaterialPropertyDescriptor(object);
			addMetalPropertyDescriptor(object);
			addArealCapacityPropertyDescriptor(object);
			addSpecificCapacityPropertyDescriptor(object);
			addLoadingPropertyDescriptor(object);
			addLowerVoltageLimitPropertyDescriptor(object);
			addUpperVoltageLimitPropertyDescriptor(object);
			addParticleRadiusPropertyDescriptor(object);
			addSolidDiffusivityPropertyDescriptor(object);
			addParticleExchangeCurrentDensityPropertyDescriptor(object);
			addMaximumConcentrationPropertyDescriptor(object);
			addCoatingThicknessPropertyDescriptor(object);
			addCoatingPorosityPropertyDescriptor(object);
			addCapacityLossPerCyclePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Material feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaterialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_material_feature"),
				 getString("_UI_CounterElectrode_material_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__MATERIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_CounterElectrode_metal_feature"),
				 getString("_UI_CounterElectrode_metal_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__METAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Areal Capacity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArealCapacityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_arealCapacity_feature"),
				 getString("_UI_CounterElectrode_arealCapacity_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__AREAL_CAPACITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Specific Capacity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpecificCapacityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_specificCapacity_feature"),
				 getString("_UI_CounterElectrode_specificCapacity_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__SPECIFIC_CAPACITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Loading feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLoadingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_loading_feature"),
				 getString("_UI_CounterElectrode_loading_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__LOADING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lower Voltage Limit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowerVoltageLimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_lowerVoltageLimit_feature"),
				 getString("_UI_CounterElectrode_lowerVoltageLimit_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Upper Voltage Limit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpperVoltageLimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_upperVoltageLimit_feature"),
				 getString("_UI_CounterElectrode_upperVoltageLimit_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Particle Radius feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParticleRadiusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_particleRadius_feature"),
				 getString("_UI_CounterElectrode_particleRadius_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_RADIUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Solid Diffusivity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSolidDiffusivityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_solidDiffusivity_feature"),
				 getString("_UI_CounterElectrode_solidDiffusivity_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Particle Exchange Current Density feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParticleExchangeCurrentDensityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_particleExchangeCurrentDensity_feature"),
				 getString("_UI_CounterElectrode_particleExchangeCurrentDensity_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Concentration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumConcentrationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_maximumConcentration_feature"),
				 getString("_UI_CounterElectrode_maximumConcentration_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coating Thickness feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoatingThicknessPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_coatingThickness_feature"),
				 getString("_UI_CounterElectrode_coatingThickness_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__COATING_THICKNESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coating Porosity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoatingPorosityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_coatingPorosity_feature"),
				 getString("_UI_CounterElectrode_coatingPorosity_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__COATING_POROSITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Capacity Loss Per Cycle feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapacityLossPerCyclePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CounterElectrode_capacityLossPerCycle_feature"),
				 getString("_UI_CounterElectrode_capacityLossPerCycle_description"),
				 AnodynePackage.Literals.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE,
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
			childrenFeatures.add(AnodynePackage.Literals.COUNTER_ELECTRODE__OCV);
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
	 * This returns CounterElectrode.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CounterElectrode"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CounterElectrode)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CounterElectrode_type") :
			getString("_UI_CounterElectrode_type") + " " + label;
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

		switch (notification.getFeatureID(CounterElectrode.class)) {
			case AnodynePackage.COUNTER_ELECTRODE__MATERIAL:
			case AnodynePackage.COUNTER_ELECTRODE__METAL:
			case AnodynePackage.COUNTER_ELECTRODE__AREAL_CAPACITY:
			case AnodynePackage.COUNTER_ELECTRODE__SPECIFIC_CAPACITY:
			case AnodynePackage.COUNTER_ELECTRODE__LOADING:
			case AnodynePackage.COUNTER_ELECTRODE__LOWER_VOLTAGE_LIMIT:
			case AnodynePackage.COUNTER_ELECTRODE__UPPER_VOLTAGE_LIMIT:
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_RADIUS:
			case AnodynePackage.COUNTER_ELECTRODE__SOLID_DIFFUSIVITY:
			case AnodynePackage.COUNTER_ELECTRODE__PARTICLE_EXCHANGE_CURRENT_DENSITY:
			case AnodynePackage.COUNTER_ELECTRODE__MAXIMUM_CONCENTRATION:
			case AnodynePackage.COUNTER_ELECTRODE__COATING_THICKNESS:
			case AnodynePackage.COUNTER_ELECTRODE__COATING_POROSITY:
			case AnodynePackage.COUNTER_ELECTRODE__CAPACITY_LOSS_PER_CYCLE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AnodynePackage.COUNTER_ELECTRODE__OCV:
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
				(AnodynePackage.Literals.COUNTER_ELECTRODE__OCV,
				 AnodyneFactory.eINSTANCE.createOcvPoint()));
	}

}
