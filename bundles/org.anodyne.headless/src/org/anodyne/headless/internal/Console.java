/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command prints: results on {@code out}, progress, summaries and errors on {@code err}.
 * Progress lines are redrawn in place only on an interactive terminal; in CI logs they are printed
 * as separate lines now and then.
 */
public final class Console {

	private final PrintStream out;
	private final PrintStream err;
	private final boolean interactive;

	public Console(PrintStream out, PrintStream err, boolean interactive) {
		this.out = out;
		this.err = err;
		this.interactive = interactive;
	}

	/** The process's standard streams, in UTF-8 whatever the locale, so µ and Ω print the same everywhere. */
	public static Console system() {
		return new Console(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
				new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
				System.console() != null);
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	/** Whether progress may be redrawn in place (a terminal rather than a log file or pipe). */
	public boolean interactive() {
		return interactive;
	}

	/**
	 * Text from a file or a message made printable on one line: line breaks become spaces, other
	 * control characters (C0, DEL, C1 such as the one-byte CSI) and the invisible bidirectional
	 * formatting characters (which can make a terminal show text in another order than it is)
	 * {@code \\uXXXX}, so a hostile name cannot garble or disguise what the terminal or the log shows.
	 */
	public static String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\t') {
				b.append(' ');
			} else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || bidi(c)) {
				b.append(String.format("\\u%04x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** The bidirectional formatting characters: marks, embeddings, overrides and isolates. */
	private static boolean bidi(char c) {
		return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
				|| (c >= 0x2066 && c <= 0x2069);
	}
}
