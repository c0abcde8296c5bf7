/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.anodyne.model.Anode;
import org.anodyne.model.units.Units;
import org.anodyne.model.units.Units.Unit;
import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.preferences.AnodynePreferencePage;
import org.anodyne.ui.preferences.UiPreferences;
import org.anodyne.ui.preferences.UnitSystem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The units a user sees (battery units or SI) and the defaults of new designs, set in Preferences > Anodyne. */
class UnitPreferencesTest {

	private static final String PROJECT = "UnitPreferencesTest";
	private static final Unit LOADING = Units.require("mAh/cm2");
	private static final Unit CURRENT_DENSITY = Units.require("mA/cm2");
	private static final Unit THICKNESS = Units.require("um");

	@AfterEach
	void restore() throws Exception {
		UiPreferences.node().remove(UiPreferences.UNIT_SYSTEM);
		Workbench.closeDialogs();
		Workbench.page().closeAllEditors(false);
		Workbench.joinValidation();
		Workbench.deleteProject(PROJECT);
	}

	@Test
	void siShowsCoherentUnits() {
		// 6 mAh/cm² = 6e-3 A × 3600 s / 1e-4 m² = 216 000 C/m²; 0.25 mA/cm² = 2.5 A/m²; 350 µm = 3.5e-4 m.
		assertEquals("216000 C m⁻²", UnitSystem.SI.format(6, LOADING));
		assertEquals("2.5 A m⁻²", UnitSystem.SI.format(0.25, CURRENT_DENSITY));
		assertEquals(3.5e-4, UnitSystem.SI.shownValue(350, THICKNESS), 1e-18);
		assertEquals("6 mAh cm⁻²", UnitSystem.ENGINEERING.format(6, LOADING));
		assertEquals("0.75", UnitSystem.SI.format(0.75, Units.require("1")), "dimensionless stays a number");
	}

	@Test
	void typedTextIsReadInTheShownUnitsUnlessItNamesOne() {
		assertEquals(0.25, UnitSystem.ENGINEERING.parse("250 µA/cm2", CURRENT_DENSITY), 1e-15);
		assertEquals(0.25, UnitSystem.ENGINEERING.parse("0.25", CURRENT_DENSITY), 0.0);
		assertEquals(0.25, UnitSystem.SI.parse("2.5", CURRENT_DENSITY), 1e-15, "a bare number in SI is A/m²");
		assertEquals(0.25, UnitSystem.SI.parse("0.25 mA/cm2", CURRENT_DENSITY), 1e-15);
		IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
				() -> UnitSystem.ENGINEERING.parse("3 V", CURRENT_DENSITY));
		assertTrue(wrongKind.getMessage().contains("mA/cm2"), wrongKind.getMessage());
	}

	@Test
	void editingTextRoundTripsEveryDigit() {
		for (UnitSystem system : UnitSystem.values()) {
			for (double stored : new double[]{6, 0.123456789, 2.93e-10, 1e7}) {
				String text = system.formatForEditing(stored, LOADING);
				assertEquals(stored, system.parse(text, LOADING), Math.abs(stored) * 1e-11, system + " " + text);
			}
		}
	}

	@Test
	void propertiesViewSwitchesToSiWhenChosen() throws Exception {
		IProject project = Workbench.freshProject(PROJECT);
		IFile file = Workbench.copyExample(project, "li-cc-symmetric-inverted.anodyne");
		DesignEditor editor = (DesignEditor) IDE.openEditor(Workbench.page(), file);
		Anode anode = editor.getDesign().getCells().get(0).getAnode();
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		Workbench.page().activate(editor);
		editor.setSelectionToViewer(List.of(anode));
		Workbench.dispatch();
		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		assertEquals("6 mAh cm⁻²", loadingRow(properties).getText(1));

		UiPreferences.node().put(UiPreferences.UNIT_SYSTEM, UnitSystem.SI.key());
		Workbench.dispatch();
		TreeItem loading = loadingRow(properties);
		assertEquals("Pre-Deposited Metal (C m⁻²)", loading.getText(0));
		assertEquals("216000 C m⁻²", loading.getText(1));
		assertEquals(6.0, anode.getPreDepositLoading(), 0.0, "the file keeps battery units");
	}

	private static TreeItem loadingRow(Tree properties) {
		return Arrays.stream(properties.getItems()).filter(i -> i.getText(0).startsWith("Pre-Deposited Metal"))
				.findFirst().orElseThrow(() -> new AssertionError("no Pre-Deposited Metal row"));
	}

	@Test
	void preferencePageShowsTheDefaultGridSpacingWithItsUnit() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(),
				AnodynePreferencePage.ID, new String[]{AnodynePreferencePage.ID}, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Workbench.dispatch();
			List<String> texts = texts(dialog.getShell());
			assertTrue(texts.contains("2 µm"), "grid spacing field: " + texts);
		} finally {
			dialog.close();
		}
	}

	private static List<String> texts(Control control) {
		if (control instanceof Text text) {
			return List.of(text.getText());
		}
		if (control instanceof Composite composite) {
			return Arrays.stream(composite.getChildren()).flatMap(c -> texts(c).stream()).toList();
		}
		return List.of();
	}
}
