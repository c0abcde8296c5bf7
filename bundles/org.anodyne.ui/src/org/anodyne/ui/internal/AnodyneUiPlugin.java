/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * Bundle activator: gives the UI bundle a shared instance for its log and preferences, and starts the
 * help server's logging when help first starts ({@link HelpServerLogging}).
 */
public class AnodyneUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.anodyne.ui";

	private static AnodyneUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		HelpServerLogging.install(context);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		RelaunchRequest.saveIfRequested();
		instance = null;
		super.stop(context);
	}

	public static AnodyneUiPlugin getDefault() {
		return instance;
	}

	public static void log(int severity, String message, Throwable error) {
		AnodyneUiPlugin plugin = instance;
		if (plugin != null) {
			plugin.getLog().log(new Status(severity, PLUGIN_ID, message, error));
		}
	}

	public static void logError(String message, Throwable error) {
		log(IStatus.ERROR, message, error);
	}
}
