package org.anodyne.headless.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.anodyne.model.resource.DesignResources;

/**
 * A JUnit XML report, the format CI systems (GitLab, Jenkins, GitHub test reporters) show as test
 * results: one test suite, one test case per checked item, a failure for each item with errors.
 * Written to a temporary file beside the target and moved over it when complete.
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
			throw new UsageException("cannot write the JUnit report " + file + ": folder " + parent + " does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new UsageException("cannot write the JUnit report " + file + ": it is a directory");
		}
	}

	void write(Path file) throws IOException {
		long failures = cases.stream().filter(c -> c.failure() != null).count();
		double time = cases.stream().mapToDouble(Case::seconds).sum();
		Path parent = file.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
		try {
			DesignResources.keepPermissions(file, temporary);
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
				out.write(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">%n",
						escape(suite), cases.size(), failures, time));
				for (Case c : cases) {
					out.write(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
							escape(c.className()), escape(c.name()), c.seconds()));
					if (c.failure() == null && c.output() == null) {
						out.write("/>\n");
						continue;
					}
					out.write(">\n");
					if (c.failure() != null) {
						out.write("    <failure message=\"" + escape(c.failure()) + "\">" + escape(c.details())
								+ "</failure>\n");
					}
					if (c.output() != null) {
						out.write("    <system-out>" + escape(c.output()) + "</system-out>\n");
					}
					out.write("  </testcase>\n");
				}
				out.write("</testsuite>\n");
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\n' -> b.append("&#10;");
			default -> {
				boolean legal = c == '\t' || c == '\r' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)
						|| Character.isSurrogate(c);
				b.append(legal ? c : '\ufffd');
			}
			}
		}
		return b.toString();
	}
}
