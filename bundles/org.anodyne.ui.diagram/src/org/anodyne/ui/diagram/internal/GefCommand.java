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
