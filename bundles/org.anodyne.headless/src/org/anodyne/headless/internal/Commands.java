/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.util.List;

import org.anodyne.model.metals.MetalRegistry;

/** The commands of the installed Anodyne. */
public final class Commands {

	private Commands() {
	}

	/** The command line with every command, using the platform's metal registry. */
	public static AnodyneCli cli(Console console) {
		MetalRegistry metals = MetalRegistry.getDefault();
		return new AnodyneCli(console, List.of(new ValidateCommand(metals), new SolveCommand(metals),
				new BuildCommand(metals), new SweepCommand(metals), new BenchCommand()));
	}
}
