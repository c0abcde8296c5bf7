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

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Puts the defaults of {@link UiPreferences} into the default scope. */
public class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(UiPreferences.QUALIFIER);
		defaults.put(UiPreferences.UNIT_SYSTEM, UnitSystem.ENGINEERING.key());
		defaults.putDouble(UiPreferences.DEFAULT_GRID_SPACING, UiPreferences.DEFAULT_GRID_SPACING_UM);
		defaults.putBoolean(UiPreferences.VALIDATE_ON_SAVE, true);
		defaults.putInt(UiPreferences.LIVE_VALIDATION_DELAY, UiPreferences.DEFAULT_LIVE_VALIDATION_DELAY_MS);
	}
}
