/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.anodyne.model.internal.ParserMessages;
import org.junit.jupiter.api.Test;

/** Parser errors read as sentences: no Java class names, no location the diagnostic already carries. */
class ParserMessagesTest {

	@Test
	void rawParserTextBecomesASentence() {
		assertEquals("not well-formed XML: Premature end of file.", ParserMessages.readable(
				"org.xml.sax.SAXParseExceptionpublicId: file:/a.anodyne; systemId: file:/a.anodyne; lineNumber: 1;"
						+ " columnNumber: 1; Premature end of file. (file:/a.anodyne, 1, 1)"));
		assertEquals("not UTF-8 text: Invalid byte 2 of 4-byte UTF-8 sequence.", ParserMessages.readable(
				"com.sun.org.apache.xerces.internal.impl.io.MalformedByteSequenceException: Invalid byte 2 of 4-byte"
						+ " UTF-8 sequence. (file:/a.anodyne, 1, 1)"));
	}

	@Test
	void ourOwnSentencesPassUnchanged() {
		assertEquals("unknown type 'Nope'", ParserMessages.readable("unknown type 'Nope'"));
	}
}
