package org.anodyne.results;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where results go: {@code <root>/<design>/<study>/}, with {@code <root>} by default the folder
 * {@value #DEFAULT_ROOT} beside the design file, {@code <design>} the file name without
 * {@code .anodyne}, and {@code <study>} the study's name made safe as a file name.
 */
public final class ResultsLayout {

	/** Name of the default results folder beside a design file. */
	public static final String DEFAULT_ROOT = "results";

	private ResultsLayout() {
	}

	/** The default results root of a design file: {@code results/} beside it. */
	public static Path defaultRoot(Path designFile) {
		Path parent = designFile.toAbsolutePath().normalize().getParent();
		return parent.resolve(DEFAULT_ROOT);
	}

	/** {@code <root>/<design>}: the folder holding all studies of one design. */
	public static Path designDirectory(Path root, Path designFile) {
		String file = designFile.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return root.resolve(safeName(dot > 0 ? file.substring(0, dot) : file));
	}

	/**
	 * The result directories of a design's studies, in the order given. Names that become equal once
	 * made safe (e.g. "a/b" and "a b") get suffixes -2, -3 … in that order, so each study has its
	 * own directory and the mapping is the same on every run.
	 */
	public static Map<String, Path> studyDirectories(Path root, Path designFile, List<String> studyNames) {
		Path design = designDirectory(root, designFile);
		Map<String, Path> result = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		for (String study : studyNames) {
			if (result.containsKey(study)) {
				continue;
			}
			String base = safeName(study);
			String name = base;
			for (int k = 2; !used.add(name); k++) {
				name = base + "-" + k;
			}
			result.put(study, design.resolve(name));
		}
		return result;
	}

	/**
	 * A name as a safe, readable file name: characters other than ASCII letters, digits, '.', '_' and
	 * '-' become '_' (runs of them one '_'), no leading dot or '_', at most 80 characters; "study"
	 * if nothing is left.
	 */
	public static String safeName(String name) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length() && b.length() < 80; i++) {
			char c = name.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-';
			if (ok) {
				b.append(c);
			} else if (!b.isEmpty() && b.charAt(b.length() - 1) != '_') {
				b.append('_');
			}
		}
		while (!b.isEmpty() && (b.charAt(0) == '.' || b.charAt(0) == '-')) {
			b.deleteCharAt(0);
		}
		while (!b.isEmpty() && b.charAt(b.length() - 1) == '_') {
			b.setLength(b.length() - 1);
		}
		return b.isEmpty() ? "study" : b.toString();
	}
}
