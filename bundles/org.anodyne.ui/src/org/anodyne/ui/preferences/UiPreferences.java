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

import org.anodyne.ui.internal.AnodyneUiPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The Anodyne IDE's preferences (Window &gt; Preferences &gt; Anodyne) and their defaults. Other
 * bundles read them through the static accessors so the keys stay in one place.
 */
public final class UiPreferences {

	/** Preference node (the UI bundle's id). */
	public static final String QUALIFIER = AnodyneUiPlugin.PLUGIN_ID;

	/** How quantities are shown and what a bare typed number means: a {@link UnitSystem#key()}. */
	public static final String UNIT_SYSTEM = "unitSystem";

	/** Grid spacing in µm given to the solver settings of new designs' studies. */
	public static final String DEFAULT_GRID_SPACING = "defaultGridSpacing";

	/** Whether saving a design also validates it and refreshes its problem markers. */
	public static final String VALIDATE_ON_SAVE = "validateOnSave";

	/**
	 * Milliseconds of pause in editing after which the design is validated in the background; a
	 * negative value validates only on Validate and on save.
	 */
	public static final String LIVE_VALIDATION_DELAY = "liveValidationDelay";

	/** Long enough that typing a value does not start a validation per keystroke, short enough to feel live. */
	public static final int DEFAULT_LIVE_VALIDATION_DELAY_MS = 400;

	/**
	 * Default grid spacing in µm: 2 µm resolves a 7–10 µm carbon fibre with a few cells across and
	 * keeps the paper's 100 µm × 325 µm benchmark cross-section near 10⁴ cells.
	 */
	public static final double DEFAULT_GRID_SPACING_UM = 2.0;

	private UiPreferences() {
	}

	public static UnitSystem unitSystem() {
		return UnitSystem.fromKey(Platform.getPreferencesService().getString(QUALIFIER, UNIT_SYSTEM,
				UnitSystem.ENGINEERING.key(), null));
	}

	/** The default grid spacing in µm; a stored value that is not a positive number yields the default. */
	public static double defaultGridSpacing() {
		double value = Platform.getPreferencesService().getDouble(QUALIFIER, DEFAULT_GRID_SPACING,
				DEFAULT_GRID_SPACING_UM, null);
		return value > 0 && Double.isFinite(value) ? value : DEFAULT_GRID_SPACING_UM;
	}

	public static boolean validateOnSave() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, VALIDATE_ON_SAVE, true, null);
	}

	/** The pause in milliseconds after an edit before live validation; negative when it is off. */
	public static long liveValidationDelay() {
		return Platform.getPreferencesService().getInt(QUALIFIER, LIVE_VALIDATION_DELAY,
				DEFAULT_LIVE_VALIDATION_DELAY_MS,
				null);
	}

	/** The instance-scope node, for listening to changes. */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(QUALIFIER);
	}
}
