/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * The limits the loader sets on a design file, far above any real design and far below what would
 * exhaust memory or the stack. JDK 21 does not limit element depth at all; JDK 24 and later stop at
 * a depth of 100 and 200 attributes, so ours are set below those and always speak first, in our
 * words. The file size is checked before parsing; the others while parsing, so a hostile file stops
 * at the first element beyond them.
 */
public final class DesignLimits {

	/** System property that raises {@link #MAX_FILE_BYTES}, in bytes. */
	public static final String FILE_BYTES_PROPERTY = "anodyne.maxDesignBytes";

	/** Largest design file [bytes] (a design with 25 000 studies takes about 12 MB). */
	public static final long MAX_FILE_BYTES = 64L << 20;

	/** Deepest nesting of elements (protocols nest repeats a few levels; the examples reach 5). */
	public static final int MAX_ELEMENT_DEPTH = 64;

	/** Most attributes on one element. */
	public static final int MAX_ATTRIBUTES = 100;

	/** Longest attribute value [characters] (a protocol written as text is a few hundred). */
	public static final int MAX_ATTRIBUTE_CHARS = 1 << 20;

	private DesignLimits() {
	}

	/** The file-size limit, raised by {@value #FILE_BYTES_PROPERTY} when that holds a larger positive number. */
	public static long maxFileBytes() {
		try {
			long value = Long.parseLong(System.getProperty(FILE_BYTES_PROPERTY, "").strip());
			return value > 0 ? value : MAX_FILE_BYTES;
		} catch (NumberFormatException e) {
			return MAX_FILE_BYTES;
		}
	}

	/** A limit of this class exceeded, at the place in the file where it happened. */
	static final class Exceeded extends SAXParseException {
		private static final long serialVersionUID = 1L;

		Exceeded(String message, Locator locator) {
			super(message, locator);
		}
	}
}
