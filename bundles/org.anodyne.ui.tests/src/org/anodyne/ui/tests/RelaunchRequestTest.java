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
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.anodyne.ui.internal.RelaunchRequest;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.ui.internal.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's relaunch request reaches the file the launch script reads, in the form the script
 * parses (RelaunchTest of the product smoke tests runs the script on such files).
 */
@SuppressWarnings("restriction")
class RelaunchRequestTest {

	private static final String EXIT_CODE = "eclipse.exitcode";

	@TempDir
	Path folder;

	@Test
	void theWorkbenchsRequestIsWrittenAsItAsksForTheWorkspace() throws IOException {
		String workspace = Path.of(Platform.getInstanceLocation().getURL().getPath()).toString();
		String exitCode = System.getProperty(EXIT_CODE);
		String exitData = System.getProperty(IApplicationContext.EXIT_DATA_PROPERTY);
		try {
			// What File > Switch Workspace does before it restarts (here with this test's own workspace,
			// which a development-mode workbench would otherwise refuse in a dialog).
			Workbench.setRestartArguments(workspace);
			assertEquals("24", System.getProperty(EXIT_CODE), "a relaunch");
			Path file = folder.resolve("exitdata");
			RelaunchRequest.save(file.toString(), System.getProperty(IApplicationContext.EXIT_DATA_PROPERTY));
			assertEquals("-data\n" + workspace + "\n", Files.readString(file),
					"the script takes the line after the last -data as the workspace");
		} finally {
			restore(EXIT_CODE, exitCode);
			restore(IApplicationContext.EXIT_DATA_PROPERTY, exitData);
		}
	}

	@Test
	void nothingIsWrittenWithoutARequestOrAFile() throws IOException {
		Path file = folder.resolve("exitdata");
		RelaunchRequest.save(file.toString(), null);
		RelaunchRequest.save(file.toString(), " ");
		RelaunchRequest.save(null, "-data\n/x\n");
		assertFalse(Files.exists(file), "an exit without a request leaves no file");
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		} else {
			System.setProperty(property, value);
		}
	}
}
