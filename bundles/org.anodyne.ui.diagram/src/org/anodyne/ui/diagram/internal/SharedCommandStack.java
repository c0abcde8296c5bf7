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

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * The bridge between GEF 3.2's command stack and EMF's: a GEF {@code CommandStack} that keeps no
 * commands of its own. The direction is GEF → EMF: what GEF tools and actions execute here is put
 * on the design editor's EMF command stack (an {@link EmfCommand} as its EMF command, anything else
 * wrapped in a {@link GefCommand}), and undo and redo are the EMF stack's (so is the dirty state, which the editor
 * reads from it). So one
 * stack holds every edit, whether made in the tree, in Properties or on the diagram, and GEF's
 * listeners (undo actions, the diagram) hear of all of them.
 */
public final class SharedCommandStack extends CommandStack {

	private final org.eclipse.emf.common.command.CommandStack emf;
	private final CommandStackListener relay = event -> notifyListeners();

	public SharedCommandStack(org.eclipse.emf.common.command.CommandStack emf) {
		this.emf = emf;
		emf.addCommandStackListener(relay);
	}

	public org.eclipse.emf.common.command.CommandStack emf() {
		return emf;
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		emf.execute(command instanceof EmfCommand e ? e.emf() : new GefCommand(command));
	}

	@Override
	public boolean canUndo() {
		return emf.canUndo();
	}

	@Override
	public boolean canRedo() {
		return emf.canRedo();
	}

	@Override
	public void undo() {
		emf.undo();
	}

	@Override
	public void redo() {
		emf.redo();
	}

	@Override
	public Command getUndoCommand() {
		return emf.getUndoCommand() == null ? null : new EmfCommand(emf.getUndoCommand());
	}

	@Override
	public Command getRedoCommand() {
		return emf.getRedoCommand() == null ? null : new EmfCommand(emf.getRedoCommand());
	}

	@Override
	public void dispose() {
		emf.removeCommandStackListener(relay);
		super.dispose();
	}
}
