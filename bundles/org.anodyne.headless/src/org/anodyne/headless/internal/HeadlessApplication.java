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

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The application {@code org.anodyne.headless.build}: Anodyne's command line. It touches no SWT,
 * JFace or workbench class and needs no workspace (the launch script passes {@code -data @none}).
 * Returns the command's exit code, which the launcher passes on to the shell.
 */
public final class HeadlessApplication implements IApplication {

	/**
	 * Stack of the thread that runs a command: designs nest (repeats of repeats), and reading and
	 * validating recurse over the nesting, so a deep but legal file must not overflow the default stack.
	 */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	@Override
	public Object start(IApplicationContext context) throws InterruptedException {
		Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = raw instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		Console console = Console.system();
		AtomicInteger code = new AtomicInteger(ExitCode.USAGE);
		Thread command = new Thread(null, () -> code.set(Commands.cli(console).run(args)), "anodyne command",
				STACK_BYTES);
		command.start();
		command.join();
		console.out().flush();
		console.err().flush();
		return Integer.valueOf(code.get());
	}

	@Override
	public void stop() {
		// Long runs stop through their progress monitors (Ctrl-C cancels them); nothing else to do.
	}
}
