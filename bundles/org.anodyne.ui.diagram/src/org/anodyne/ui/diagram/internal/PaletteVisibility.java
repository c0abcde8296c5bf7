/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import org.anodyne.ui.diagram.CellStackView;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Whether the user asked for the Cell Stack's palette shown or folded (View Menu ▸ Show Palette), kept in the
 * bundle's dialog settings: the workbench saves them at exit, so the choice outlives closing the view and
 * restarting, which a view memento (kept only while the view is open at exit) would not.
 */
public final class PaletteVisibility {

	private static final String SECTION = "CellStackView";
	private static final String KEY = "paletteShown";

	private PaletteVisibility() {
	}

	/** The user's choice, or null while they have not chosen (the view then decides by its width). */
	public static Boolean load() {
		String value = section().get(KEY);
		return value == null || value.isEmpty() ? null : Boolean.valueOf(value);
	}

	/** Keeps the user's choice; null forgets it. */
	public static void store(Boolean shown) {
		section().put(KEY, shown == null ? "" : shown.toString());
	}

	private static IDialogSettings section() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(CellStackView.class))
				.getDialogSettings();
		IDialogSettings section = root.getSection(SECTION);
		return section != null ? section : root.addNewSection(SECTION);
	}
}
