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

import java.io.IOException;
import java.nio.file.Path;

import org.anodyne.io.AtomicFiles;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Hands the workbench's relaunch request to the launch script. File ▸ Switch Workspace and p2's Restart
 * Now end the workbench with exit code 24 and put the next command line in the system property
 * {@code eclipse.exitdata} ({@code -data\n<workspace>\n}). The native launcher reads it from shared
 * memory; the product starts through its {@code anodyne} script, which gets only the exit code. So the
 * script names a file with {@code -Danodyne.exitDataFile} and this writes the exit data there when the
 * bundle stops — after the workbench has closed and set it — for the script to read on exit code 24.
 */
public final class RelaunchRequest {

	/** The file the launch script reads the exit data from. */
	public static final String FILE_PROPERTY = "anodyne.exitDataFile";

	private RelaunchRequest() {
	}

	/** Writes this session's exit data to the file the script named, if both exist. */
	static void saveIfRequested() {
		String file = System.getProperty(FILE_PROPERTY);
		try {
			save(file, System.getProperty(IApplicationContext.EXIT_DATA_PROPERTY));
		} catch (IOException e) {
			AnodyneUiPlugin.logError("Cannot write the relaunch request to " + file + " (-D" + FILE_PROPERTY
					+ "); the workbench starts again in the same workspace", e);
		}
	}

	/** Writes {@code exitData} to {@code file}; nothing when either is missing or blank. */
	public static void save(String file, String exitData) throws IOException {
		if (file == null || file.isBlank() || exitData == null || exitData.isBlank()) {
			return;
		}
		AtomicFiles.writeString(Path.of(file), exitData);
	}
}
