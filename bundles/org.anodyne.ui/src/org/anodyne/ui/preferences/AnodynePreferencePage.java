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

import java.util.Arrays;

import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Anodyne: units shown in the editor, defaults for new designs, validation. */
public class AnodynePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Page id in org.eclipse.ui.preferencePages. */
	public static final String ID = "org.anodyne.ui.preferences.AnodynePreferencePage";

	public AnodynePreferencePage() {
		super(GRID);
		setDescription("Designs are always saved in battery units; these settings change what you see and the"
				+ " defaults of new designs.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AnodyneUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		String[][] systems = Arrays.stream(UnitSystem.values())
				.map(system -> new String[]{system.label(), system.key()}).toArray(String[][]::new);
		addField(new RadioGroupFieldEditor(UiPreferences.UNIT_SYSTEM,
				"Units shown in the Properties view (a bare number you type is read in these units):", 1, systems,
				getFieldEditorParent(), true));
		addField(new QuantityFieldEditor(UiPreferences.DEFAULT_GRID_SPACING,
				"Default grid spacing of new studies:", "um", getFieldEditorParent()));
		addField(new BooleanFieldEditor(UiPreferences.VALIDATE_ON_SAVE,
				"Validate designs when they are saved (updates the Problems view)", getFieldEditorParent()));
		IntegerFieldEditor delay = new IntegerFieldEditor(UiPreferences.LIVE_VALIDATION_DELAY,
				"Validate while editing, after a pause of (ms; -1 for never):", getFieldEditorParent());
		delay.setValidRange(-1, 60_000);
		addField(delay);
	}
}
