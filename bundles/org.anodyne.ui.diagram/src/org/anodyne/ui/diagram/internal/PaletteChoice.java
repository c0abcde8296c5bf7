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

import org.anodyne.model.Anode;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.domain.EditingDomain;

/** What a palette entry does to the anode it is clicked on. */
public sealed interface PaletteChoice {

	Command command(EditingDomain domain, Anode anode);

	/** Gives the anode a collector of this type (ours or a plug-in's). */
	record CollectorType(EClass type) implements PaletteChoice {
		@Override
		public Command command(EditingDomain domain, Anode anode) {
			return DiagramCommands.collectorType(domain, anode, type);
		}
	}

	/** Makes the anode's metal this one of the metal registry. */
	record Metal(String id) implements PaletteChoice {
		@Override
		public Command command(EditingDomain domain, Anode anode) {
			return DiagramCommands.metal(domain, anode, id);
		}
	}

	/** Adds a lithiophilic layer of this substrate on the pre-deposit face. */
	record AddLayer(String substrate) implements PaletteChoice {
		@Override
		public Command command(EditingDomain domain, Anode anode) {
			return DiagramCommands.addLayer(domain, anode, substrate);
		}
	}

	/** Removes the anode's lithiophilic layer. */
	record RemoveLayer() implements PaletteChoice {
		@Override
		public Command command(EditingDomain domain, Anode anode) {
			return DiagramCommands.removeLayer(domain, anode);
		}
	}
}
