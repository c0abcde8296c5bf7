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

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Runs once the workbench is up: brings the example designs into an empty workspace and serves
 * scripted launches (the product smoke test) that need to know when the workbench is ready.
 */
public class WorkbenchStartup implements IStartup {

	@Override
	public void earlyStartup() {
		Job exampleImport = ExampleProject.importIfRequested();
		ScriptedLaunch.startIfRequested(exampleImport);
	}
}
