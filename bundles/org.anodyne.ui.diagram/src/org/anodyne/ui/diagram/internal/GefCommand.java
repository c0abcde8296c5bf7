/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.gef.commands.Command;

/**
 * A GEF command run as an EMF command, for what GEF composes itself: resizing several selected
 * layers at once gives a GEF compound of {@link EmfCommand}s, which goes on the EMF stack as one step.
 */
final class GefCommand extends AbstractCommand {

	private final Command gef;

	GefCommand(Command gef) {
		super(gef.getLabel());
		this.gef = gef;
	}

	@Override
	protected boolean prepare() {
		return gef.canExecute();
	}

	@Override
	public boolean canUndo() {
		return gef.canUndo();
	}

	@Override
	public void execute() {
		gef.execute();
	}

	@Override
	public void undo() {
		gef.undo();
	}

	@Override
	public void redo() {
		gef.redo();
	}
}
