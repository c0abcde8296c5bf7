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

import org.eclipse.gef.commands.Command;

/**
 * A GEF command that is an EMF command: what the diagram's edit policies return. The
 * {@link SharedCommandStack} executes the EMF command on the editing domain's stack, so the tree
 * editor, Properties and the diagram undo it alike.
 */
public final class EmfCommand extends Command {

	private final org.eclipse.emf.common.command.Command emf;

	public EmfCommand(org.eclipse.emf.common.command.Command emf) {
		super(emf.getLabel());
		this.emf = emf;
	}

	public org.eclipse.emf.common.command.Command emf() {
		return emf;
	}

	@Override
	public boolean canExecute() {
		return emf.canExecute();
	}

	@Override
	public boolean canUndo() {
		return emf.canUndo();
	}

	/** Runs only inside a {@link GefCommand} (a compound of several GEF commands): else the stack runs {@link #emf()}. */
	@Override
	public void execute() {
		emf.execute();
	}

	@Override
	public void undo() {
		emf.undo();
	}

	@Override
	public void redo() {
		emf.redo();
	}
}
