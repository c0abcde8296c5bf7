/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.editor;

import java.util.Arrays;
import java.util.Optional;

import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.units.Units;
import org.anodyne.model.units.Units.Unit;
import org.anodyne.study.CalibrationStatus;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.PropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Property sources for the Properties view: EMF.Edit's, except that real-valued attributes whose
 * metamodel annotates a unit get a {@link UnitPropertyDescriptor}. Works for any package that uses
 * the unit annotation, so a third party's collector reads and takes units the same way.
 */
public class UnitPropertySourceProvider extends AdapterFactoryContentProvider {

	/**
	 * A cycle-life study's read-only row saying whether the life model's values for its metal and
	 * electrolyte are calibrated, and why not ({@link CalibrationStatus}); recomputed whenever the sheet
	 * refreshes, i.e. after every edit, so a designer sees it before running the study.
	 */
	public static final PropertyDescriptor CALIBRATION = calibrationDescriptor();

	private final DesignProblems problems;
	private final ProblemImages images = new ProblemImages();

	/**
	 * @param problems the last validation's findings: a row whose attribute a finding is about shows
	 *                 the finding's overlay and, when selected, its message
	 */
	public UnitPropertySourceProvider(AdapterFactory adapterFactory, DesignProblems problems) {
		super(adapterFactory);
		this.problems = problems;
	}

	@Override
	protected IPropertySource createPropertySource(Object object, IItemPropertySource itemPropertySource) {
		return new PropertySource(object, itemPropertySource) {
			@Override
			protected IPropertyDescriptor createPropertyDescriptor(IItemPropertyDescriptor descriptor) {
				Optional<Unit> unit = unitOf(descriptor.getFeature(object));
				return unit.isPresent()
						? new UnitPropertyDescriptor(object, descriptor, unit.get(), problems, images)
						: new ProblemPropertyDescriptor(object, descriptor, problems, images);
			}

			@Override
			public IPropertyDescriptor[] getPropertyDescriptors() {
				IPropertyDescriptor[] own = super.getPropertyDescriptors();
				if (!(object instanceof Study study) || study.getKind() != StudyKind.CYCLE_LIFE) {
					return own;
				}
				IPropertyDescriptor[] all = Arrays.copyOf(own, own.length + 1);
				all[own.length] = CALIBRATION;
				return all;
			}

			@Override
			public Object getPropertyValue(Object id) {
				return CALIBRATION.getId().equals(id)
						? CalibrationStatus.describe((Study) object)
						: super.getPropertyValue(id);
			}

			@Override
			public boolean isPropertySet(Object id) {
				return !CALIBRATION.getId().equals(id) && super.isPropertySet(id);
			}

			@Override
			public void resetPropertyValue(Object id) {
				if (!CALIBRATION.getId().equals(id)) {
					super.resetPropertyValue(id);
				}
			}

			@Override
			public void setPropertyValue(Object id, Object value) {
				if (!CALIBRATION.getId().equals(id)) {
					super.setPropertyValue(id, value);
				}
			}
		};
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	private static PropertyDescriptor calibrationDescriptor() {
		PropertyDescriptor descriptor = new PropertyDescriptor(
				UnitPropertySourceProvider.class.getName() + ".calibration",
				"Life-model calibration");
		descriptor.setDescription("Whether the life model's values for this study's metal in its electrolyte were"
				+ " calibrated on measurements (Li in the paper's two electrolytes), and if not, why");
		return descriptor;
	}

	private static Optional<Unit> unitOf(Object feature) {
		if (feature instanceof EAttribute attribute && !attribute.isMany()) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == double.class || type == Double.class) {
				return Units.unitOf(attribute);
			}
		}
		return Optional.empty();
	}
}
