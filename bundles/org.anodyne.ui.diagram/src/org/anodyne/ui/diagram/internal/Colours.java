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

/** The diagram's palette (0xRRGGBB), chosen so metal, host, separator and errors never look alike. */
final class Colours {

	static final int TEXT = 0x202020;
	static final int OUTLINE = 0x505050;
	static final int ELECTROLYTE = 0xE6F0F7;
	static final int METAL = 0x3D7CC9;
	static final int METAL_TEXT = 0xFFFFFF;
	static final int SEPARATOR = 0xF1E4A6;
	static final int SEPARATOR_PORES = 0xD6C46E;
	static final int COUNTER_ELECTRODE = 0x8DA98B;
	static final int SURFACE_LAYER = 0xE4572E;
	static final int PLAIN_HOST = 0xC8C8C8;
	static final int ERROR = 0xD00000;
	static final int WARNING = 0xE69500;
	static final int INVERTED = 0x1F4E9A;
	static final int UPRIGHT = 0x9A3A1F;
	static final int DEPOSIT = 0x00B050;

	private Colours() {
	}

	/** The colour of a collector solid by its surface substrate. */
	static int substrate(String id) {
		if (id == null) {
			return 0x555555;
		}
		return switch (id) {
		case "carbon" -> 0x3A3A3A;
		case "copper" -> 0xB87333;
		case "cuo" -> 0x7A3B1E;
		case "nickel" -> 0x8A8D8F;
		default -> 0x5A5A5A;
		};
	}
}
