/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Logging for the study bundle: the platform log inside OSGi, the JDK logger in plain Java. */
public final class StudyLog {

	/** Symbolic name of the study bundle. */
	public static final String BUNDLE_ID = "org.anodyne.study";

	private StudyLog() {
	}

	/** Logs a warning (a broken contribution is the user's or a plug-in's problem, not an internal error). */
	public static void warning(String message) {
		Bundle bundle = FrameworkUtil.getBundle(StudyLog.class);
		if (bundle == null) {
			System.getLogger(BUNDLE_ID).log(System.Logger.Level.WARNING, message);
		} else {
			ILog.of(bundle).log(new Status(IStatus.WARNING, BUNDLE_ID, message));
		}
	}
}
