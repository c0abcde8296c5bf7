/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.Orientation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Flipping an anode turns its pre-deposited face from the separator (UPRIGHT) to the bottom of the
 * host (INVERTED) or back — the one difference between the paper's upright and inverted cells. The
 * flip of everything selected is one command, so one Undo restores all of it. It lives in the edit
 * layer so that the tree editor and the cell-stack diagram flip through the same command.
 */
public final class FlipAnodeCommand {

	/** Label of the command, shown as "Undo Flip Anode". */
	public static final String LABEL = "Flip Anode";

	private FlipAnodeCommand() {
	}

	/**
	 * The anodes a selection means: a selected anode, the anode that holds a selected collector or
	 * surface layer, and both anodes of a selected cell (a symmetric cell is built from two electrodes
	 * of the same orientation, so flipping the cell flips both). Each anode appears once.
	 */
	public static List<Anode> anodesOf(Collection<?> selection) {
		Set<Anode> anodes = new LinkedHashSet<>();
		for (Object element : selection) {
			if (element instanceof Cell cell) {
				if (cell.getAnode() != null) {
					anodes.add(cell.getAnode());
				}
				if (cell.getCounterAnode() != null) {
					anodes.add(cell.getCounterAnode());
				}
			} else if (element instanceof EObject object) {
				for (EObject current = object; current != null; current = current.eContainer()) {
					if (current instanceof Anode anode) {
						anodes.add(anode);
						break;
					}
				}
			}
		}
		return new ArrayList<>(anodes);
	}

	/** The orientation a flip gives an anode that now has {@code orientation}. */
	public static Orientation flipped(Orientation orientation) {
		return orientation == Orientation.INVERTED ? Orientation.UPRIGHT : Orientation.INVERTED;
	}

	/**
	 * One undoable command that flips every given anode; unexecutable when there is none. The set
	 * commands go through the editing domain, so item providers and a read-only resource can veto them.
	 */
	public static Command create(EditingDomain domain, Collection<Anode> anodes) {
		if (anodes.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand flip = new CompoundCommand(LABEL, describe(anodes));
		for (Anode anode : anodes) {
			flip.append(SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__ORIENTATION,
					flipped(anode.getOrientation())));
		}
		return flip;
	}

	private static String describe(Collection<Anode> anodes) {
		if (anodes.size() == 1) {
			Anode anode = anodes.iterator().next();
			return "Turns the pre-deposited face of the anode " + anode.getOrientation().getLiteral() + " → "
					+ flipped(anode.getOrientation()).getLiteral();
		}
		return "Turns the pre-deposited faces of " + anodes.size() + " anodes";
	}
}
