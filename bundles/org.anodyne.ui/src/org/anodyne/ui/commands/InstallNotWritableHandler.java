/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help &gt; Install New Software… in a product folder this user cannot write: instead of p2's wizard,
 * which would fail only at the end of an install, a message that says which folder and what to do. It is
 * active only while {@link InstallFolder} finds such a folder (see plugin.xml), so otherwise p2's own
 * handler runs.
 */
public final class InstallNotWritableHandler extends AbstractHandler {

	/** The message dialog's title. */
	public static final String TITLE = "Cannot Install New Software";

	@Override
	public Object execute(ExecutionEvent event) {
		String folder = InstallFolder.unwritableIn(InstallFolder.productFolder()).map(Object::toString)
				.orElse(String.valueOf(InstallFolder.productFolder()));
		MessageDialog.openError(HandlerUtil.getActiveShell(event), TITLE, message(folder));
		return null;
	}

	/** The message for a product p2 cannot write into, naming the folder. */
	public static String message(String folder) {
		return "Anodyne cannot install plug-ins here: " + folder + " is not writable, and p2 installs into the"
				+ " product folder itself.\n\nUnpack Anodyne into a folder you may write (or run it as the"
				+ " folder's owner) and install there; 'anodyne install REPO' says the same.";
	}
}
