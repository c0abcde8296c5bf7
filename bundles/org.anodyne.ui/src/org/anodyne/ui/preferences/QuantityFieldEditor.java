/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.preferences;

import org.anodyne.model.units.Units;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for a positive quantity stored as a number in a fixed unit. Users may type the unit
 * they think in ("0.002 mm", "2000 nm"); a bare number is taken in the stored unit.
 */
final class QuantityFieldEditor extends StringFieldEditor {

	private final String unit;

	QuantityFieldEditor(String name, String label, String unit, Composite parent) {
		super(name, label, parent);
		this.unit = unit;
		setEmptyStringAllowed(false);
	}

	@Override
	protected boolean doCheckState() {
		try {
			double value = Units.parseIn(getStringValue(), unit);
			if (!(value > 0) || !Double.isFinite(value)) {
				setErrorMessage(getLabelText() + " must be greater than 0 " + Units.display(unit));
				return false;
			}
			return true;
		} catch (IllegalArgumentException e) {
			setErrorMessage(getLabelText() + ": " + e.getMessage());
			return false;
		}
	}

	@Override
	protected void doLoad() {
		show(getPreferenceStore().getDouble(getPreferenceName()));
	}

	@Override
	protected void doLoadDefault() {
		show(getPreferenceStore().getDefaultDouble(getPreferenceName()));
	}

	@Override
	protected void doStore() {
		getPreferenceStore().setValue(getPreferenceName(), Units.parseIn(getStringValue(), unit));
	}

	private void show(double value) {
		if (getTextControl() != null) {
			getTextControl().setText(Units.format(value, unit));
		}
		valueChanged();
	}
}
