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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.anodyne.io.AtomicFiles;

/**
 * A JUnit XML report, the format CI systems (GitLab, Jenkins, GitHub test reporters) show as test
 * results: one test suite, one test case per checked item, a failure for each item with errors.
 * Written with the JDK's StAX writer through {@link AtomicFiles}, so a reader never sees half a report.
 */
final class JunitReport {

	/** One test case; {@code failure} null when it passed. */
	record Case(String className, String name, double seconds, String failure, String details, String output) {
	}

	private final String suite;
	private final List<Case> cases = new ArrayList<>();

	JunitReport(String suite) {
		this.suite = suite;
	}

	void add(Case c) {
		cases.add(c);
	}

	/** Checks before any work that the report can be written there. */
	static void checkWritable(Path file) throws UsageException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new UsageException(
					"cannot write the JUnit report " + file + ": folder " + parent + " does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new UsageException("cannot write the JUnit report " + file + ": it is a directory");
		}
	}

	void write(Path file) throws IOException {
		AtomicFiles.write(file, out -> {
			try {
				writeXml(out);
			} catch (XMLStreamException e) {
				throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
			}
		});
	}

	/** Through the JDK's StAX writer, which does the escaping; characters XML 1.0 cannot hold become U+FFFD. */
	private void writeXml(OutputStream stream) throws XMLStreamException {
		long failures = cases.stream().filter(c -> c.failure() != null).count();
		double time = cases.stream().mapToDouble(Case::seconds).sum();
		XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
		out.writeStartDocument("UTF-8", "1.0");
		out.writeCharacters("\n");
		out.writeStartElement("testsuite");
		out.writeAttribute("name", legal(suite));
		out.writeAttribute("tests", Integer.toString(cases.size()));
		out.writeAttribute("failures", Long.toString(failures));
		out.writeAttribute("errors", "0");
		out.writeAttribute("skipped", "0");
		out.writeAttribute("time", seconds(time));
		for (Case c : cases) {
			out.writeCharacters("\n  ");
			boolean empty = c.failure() == null && c.output() == null;
			if (empty) {
				out.writeEmptyElement("testcase");
			} else {
				out.writeStartElement("testcase");
			}
			out.writeAttribute("classname", legal(c.className()));
			out.writeAttribute("name", legal(c.name()));
			out.writeAttribute("time", seconds(c.seconds()));
			if (empty) {
				continue;
			}
			if (c.failure() != null) {
				out.writeCharacters("\n    ");
				out.writeStartElement("failure");
				out.writeAttribute("message", legal(c.failure()));
				out.writeCharacters(legal(c.details()));
				out.writeEndElement();
			}
			if (c.output() != null) {
				out.writeCharacters("\n    ");
				out.writeStartElement("system-out");
				out.writeCharacters(legal(c.output()));
				out.writeEndElement();
			}
			out.writeCharacters("\n  ");
			out.writeEndElement();
		}
		out.writeCharacters("\n");
		out.writeEndElement();
		out.writeCharacters("\n");
		out.writeEndDocument();
		out.flush();
	}

	private static String seconds(double s) {
		return String.format(Locale.ROOT, "%.3f", s);
	}

	/**
	 * StAX escapes markup but not characters XML 1.0 forbids (control characters from a solver's
	 * message): those become U+FFFD, and unpaired surrogates too.
	 */
	static String legal(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				b.append(c).append(text.charAt(++i));
			} else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xd7ff)
					|| (c >= 0xe000 && c <= 0xfffd)) {
				b.append(c);
			} else {
				b.append('\ufffd');
			}
		}
		return b.toString();
	}
}
