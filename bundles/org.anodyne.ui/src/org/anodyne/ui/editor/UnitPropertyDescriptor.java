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

import org.anodyne.model.units.Units.Unit;
import org.anodyne.ui.preferences.UiPreferences;
import org.anodyne.ui.preferences.UnitSystem;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A Properties-view row for a real-valued attribute with a unit: the value is shown with its unit in
 * the unit system of the preferences, and typed text may carry any unit of the same kind
 * ("250 µA/cm2" into a field stored in mA cm⁻²). Text that is not such a quantity is refused with
 * a message in the status line, and the model keeps its value.
 */
final class UnitPropertyDescriptor extends ProblemPropertyDescriptor {

	private final Unit stored;

	UnitPropertyDescriptor(Object object, IItemPropertyDescriptor itemPropertyDescriptor, Unit stored,
			DesignProblems problems, ProblemImages images) {
		super(object, itemPropertyDescriptor, problems, images);
		this.stored = stored;
	}

	/** The name with the unit values are shown in, replacing the stored unit the item provider names. */
	@Override
	public String getDisplayName() {
		String name = super.getDisplayName();
		String storedSuffix = " (" + stored.display() + ")";
		String base = name.endsWith(storedSuffix) ? name.substring(0, name.length() - storedSuffix.length()) : name;
		String shown = UiPreferences.unitSystem().shownUnit(stored).display();
		return shown.isEmpty() ? base : base + " (" + shown + ")";
	}

	@Override
	public String getDescription() {
		String description = super.getDescription();
		return (description == null || description.isEmpty() ? "" : description + " ") + "Stored in "
				+ (stored.display().isEmpty() ? "plain numbers" : stored.display())
				+ "; you may type another unit, e.g. '" + UiPreferences.unitSystem().formatForEditing(1, stored) + "'.";
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return decorated(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Double value = number(element);
				return value == null ? "" : UiPreferences.unitSystem().format(value, stored);
			}
		});
	}

	@Override
	public CellEditor createPropertyEditor(Composite composite) {
		if (!itemPropertyDescriptor.canSetProperty(object)) {
			return null;
		}
		UnitSystem system = UiPreferences.unitSystem();
		CellEditor editor = new TextCellEditor(composite) {
			private Double original;
			private String originalText = "";

			@Override
			protected void doSetValue(Object value) {
				original = number(value);
				originalText = original == null ? "" : system.formatForEditing(original, stored);
				super.doSetValue(originalText);
			}

			@Override
			protected Object doGetValue() {
				String text = (String) super.doGetValue();
				if (original != null && text.strip().equals(originalText)) {
					// Unchanged text must not become a rounding change and an undo step.
					return original;
				}
				return system.parse(text, stored);
			}
		};
		editor.setValidator(value -> {
			if (!(value instanceof String text)) {
				// The model's own value, checked as the editor opens.
				return null;
			}
			try {
				system.parse(text, stored);
				return null;
			} catch (IllegalArgumentException e) {
				return getDisplayName() + ": " + e.getMessage();
			}
		});
		return editor;
	}

	private static Double number(Object value) {
		Object unwrapped = value instanceof IItemPropertySource source ? source.getEditableValue(value) : value;
		return unwrapped instanceof Number number ? number.doubleValue() : null;
	}
}
