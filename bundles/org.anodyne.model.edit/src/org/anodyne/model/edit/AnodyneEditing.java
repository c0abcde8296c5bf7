/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.provider.AnodyneItemProviderAdapterFactory;
import org.anodyne.model.units.Units;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The adapter factory editors and viewers use for designs: the generated Anodyne item providers,
 * those of any other package registered with EMF.Edit (a third party's current collector, say),
 * resources, and a reflective fallback, all decorated so that
 * <ul>
 * <li>labels are {@link DesignLabels} with units ({@code "Carbon cloth · 350 µm · ε 0.75"}), and</li>
 * <li>property names carry the unit the value is stored in ({@code "Thickness (µm)"}), read from the
 * metamodel's unit annotation, also for other packages that annotate their features, and take the
 * feature's {@link #LABEL_ANNOTATION label} where it has one.</li>
 * </ul>
 * Everything else (children, commands, child descriptors, icons) is the generated item providers'
 * behaviour, so a hand-written editor on the EMF.Edit 2.3 API can use this factory directly with
 * {@code AdapterFactoryContentProvider}/{@code AdapterFactoryLabelProvider} and an
 * {@code AdapterFactoryEditingDomain}.
 */
public final class AnodyneEditing {

	private AnodyneEditing() {
	}

	/**
	 * A new adapter factory for design editors and viewers; dispose it with the viewer. Use it as the
	 * root factory (content and label providers, editing domain): its decorators are not EMF adapters,
	 * so it cannot itself be nested in another ComposedAdapterFactory.
	 */
	public static DesignAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory items = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		// Added explicitly so the factory also works outside OSGi, where the descriptor registry is empty.
		items.addAdapterFactory(new AnodyneItemProviderAdapterFactory());
		items.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		items.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new DesignAdapterFactory(items);
	}

	/**
	 * Source of the annotation ({@code label} key) that gives a feature the name people read where the
	 * one generated from the feature's Java name reads badly ("Pre-Deposited Metal", not "Pre Deposit
	 * Loading"). Another package may annotate its features the same way.
	 */
	public static final String LABEL_ANNOTATION = "http://anodyne.org/model/label";

	/** The feature's label annotation if it has one, else the generated display name. */
	public static String label(String generatedName, Object feature) {
		if (feature instanceof EStructuralFeature f) {
			String label = EcoreUtil.getAnnotation(f, LABEL_ANNOTATION, "label");
			if (label != null && !label.isBlank()) {
				return label;
			}
		}
		return generatedName;
	}

	/** The display name of a property with its unit, e.g. {@code "Thickness (µm)"}. */
	public static String withUnit(String displayName, Object feature) {
		if (feature instanceof EStructuralFeature f) {
			String unit = Units.unitOf(f).map(Units.Unit::display).orElse("");
			if (!unit.isEmpty()) {
				return displayName + " (" + unit + ")";
			}
		}
		return displayName;
	}

	/**
	 * The root adapter factory of design viewers: every item provider of the composed factory it wraps,
	 * decorated with {@link DesignLabels} and unit-carrying property names.
	 */
	public static final class DesignAdapterFactory extends DecoratorAdapterFactory {
		DesignAdapterFactory(ComposedAdapterFactory items) {
			super(items);
		}

		/** The composed factory of undecorated item providers this factory decorates. */
		public ComposedAdapterFactory getItemProviders() {
			return (ComposedAdapterFactory) getDecoratedAdapterFactory();
		}

		@Override
		protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
			return new LabelledItemProvider(this);
		}

		@Override
		public void dispose() {
			super.dispose();
			getItemProviders().dispose();
		}
	}

	/**
	 * Forwards everything to the generated item provider except labels and property names. It is an
	 * {@link Adapter} only so that {@code adapt(Notifier, type)} (typed for adapters) works as well as
	 * {@code adapt(Object, type)}; it is never attached to a notifier, the item provider it decorates is.
	 */
	private static final class LabelledItemProvider extends ItemProviderDecorator
			implements
				IEditingDomainItemProvider,
				IStructuredItemContentProvider,
				ITreeItemContentProvider,
				IItemLabelProvider,
				IItemPropertySource,
				Adapter {

		LabelledItemProvider(AdapterFactory adapterFactory) {
			super(adapterFactory);
		}

		@Override
		public Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(Notifier newTarget) {
			// Not attached to a notifier; see the class comment.
		}

		@Override
		public String getText(Object object) {
			String text = DesignLabels.text(object);
			return text != null ? text : super.getText(object);
		}

		/**
		 * Forwards the item provider's notification and, since labels show some of their children (a
		 * cell its anode's orientation, a step its stop, an electrolyte its salt and solvents, a
		 * protocol the number of its steps), also updates the label of the changed element's container
		 * and, when a list of children changed, the element's own label. EMF.Edit alone refreshes only
		 * the changed element's label.
		 */
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch() || !(notification.getNotifier() instanceof EObject changed)) {
				return;
			}
			if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
				fireNotifyChanged(new ViewerNotification(notification, changed, false, true));
			}
			EObject container = changed.eContainer();
			if (container != null && DesignLabels.isDesignElement(container)) {
				fireNotifyChanged(new ViewerNotification(notification, container, false, true));
			}
		}

		@Override
		public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
			List<IItemPropertyDescriptor> decorated = new ArrayList<>();
			for (IItemPropertyDescriptor descriptor : super.getPropertyDescriptors(object)) {
				decorated.add(new ItemPropertyDescriptorDecorator(object, descriptor) {
					@Override
					public String getDisplayName(Object thisObject) {
						Object feature = getFeature(thisObject);
						return withUnit(label(super.getDisplayName(thisObject), feature), feature);
					}
				});
			}
			return decorated;
		}
	}
}
