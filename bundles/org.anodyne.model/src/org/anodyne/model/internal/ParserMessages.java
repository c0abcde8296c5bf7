/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what the XML parser reports into a user's words. Parser errors sometimes arrive as the
 * exception's raw text: a Java class name, the system id, and the file, line and column that every
 * diagnostic already carries on its own. The editor, the Problems view and the command line all show
 * the cleaned sentence.
 */
public final class ParserMessages {

	private static final Pattern LOCATOR = Pattern
			.compile(" \\((?:file|platform|archive|jar):[^()]*, -?\\d+, -?\\d+\\)$");
	private static final Pattern SAX = Pattern.compile(
			"^org\\.xml\\.sax\\.SAXParseException(?:publicId: [^;]*; )?(?:systemId: [^;]*; )?(?:lineNumber: -?\\d+; )?(?:columnNumber: -?\\d+; )?(.*)$",
			Pattern.DOTALL);
	private static final Pattern EXCEPTION = Pattern.compile("^(?:[a-z_]\\w*\\.)+(\\w*)Exception: ");

	private ParserMessages() {
	}

	/** The message without Java class names or a repeated location. */
	public static String readable(String message) {
		String m = LOCATOR.matcher(message).replaceFirst("");
		Matcher sax = SAX.matcher(m);
		if (sax.matches()) {
			return "not well-formed XML: " + sax.group(1);
		}
		Matcher exception = EXCEPTION.matcher(m);
		if (exception.find()) {
			String rest = m.substring(exception.end());
			return exception.group(1).equals("MalformedByteSequence") ? "not UTF-8 text: " + rest : rest;
		}
		return m;
	}
}
