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
