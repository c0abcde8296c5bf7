/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Logging for the model bundle: the platform log inside OSGi, the JDK logger in plain Java. */
public final class ModelLog {

	/** Symbolic name of the model bundle. */
	public static final String BUNDLE_ID = "org.anodyne.model";

	private ModelLog() {
	}

	/** Logs a warning. */
	public static void warning(String message) {
		Bundle bundle = FrameworkUtil.getBundle(ModelLog.class);
		if (bundle == null) {
			// Plain Java (tools, fast unit tests): there is no platform log, the JDK logger stands in.
			System.getLogger(BUNDLE_ID).log(System.Logger.Level.WARNING, message);
		} else {
			ILog.of(bundle).log(new Status(IStatus.WARNING, BUNDLE_ID, message));
		}
	}
}
