/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where results go: {@code <root>/<design>/<study>/}, with {@code <root>} by default the folder
 * {@value #DEFAULT_ROOT} beside the design file, {@code <design>} the file name without
 * {@code .anodyne} and {@code <study>} the study's name, each escaped by {@link #folderName(String)}.
 * <p>
 * Distinct designs and studies get distinct folders by construction: the escape is reversible (so
 * {@code a b} and {@code a_b} stay apart), a design that is not beside the root's parent folder gets
 * {@value #HASH_MARK} and a short hash of its path relative to that folder (so {@code x/a.anodyne} and
 * {@code y/a.anodyne} under one {@code --out} stay apart while a moved clone keeps its folders), and
 * sweeps live under {@value #SWEEP_PREFIX}. The characters {@value #HASH_MARK}, {@value #SWEEP_PREFIX}
 * and {@value #STAGING_MARK} never occur in an escaped name, so neither these folders nor the writer's
 * staging folders ({@code .<name>~writing-…}) can be mistaken for another study's.
 */
public final class ResultsLayout {

	/** Name of the default results folder beside a design file. */
	public static final String DEFAULT_ROOT = "results";

	/** Separates an escaped name from a disambiguating hash; never part of an escaped name. */
	public static final String HASH_MARK = "@";

	/** Starts the folder of a sweep; never part of an escaped name. */
	public static final String SWEEP_PREFIX = "sweep+";

	/**
	 * Separates a result folder's name from the writer's staging suffix
	 * ({@code .<name>~writing-<pid>-<n>}); never part of an escaped name.
	 */
	public static final String STAGING_MARK = "~";

	/** Escaped names longer than this end in a hash of the whole name instead of the rest. */
	private static final int MAX_LENGTH = 120;

	private ResultsLayout() {
	}

	/** The default results root of a design file: {@code results/} beside it. */
	public static Path defaultRoot(Path designFile) {
		Path parent = designFile.toAbsolutePath().normalize().getParent();
		return parent.resolve(DEFAULT_ROOT);
	}

	/**
	 * {@code <root>/<design>}: the folder holding all studies of one design. Its name is the file name
	 * without extension, escaped; when the design does not sit in the folder that holds the root, a
	 * hash of its path relative to that folder follows ({@code cell@1a2b3c4d}).
	 */
	public static Path designDirectory(Path root, Path designFile) {
		String file = designFile.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String name = folderName(dot > 0 ? file.substring(0, dot) : file);
		Path base = root.toAbsolutePath().normalize().getParent();
		Path design = designFile.toAbsolutePath().normalize();
		if (base != null && !base.equals(design.getParent())) {
			String relative = base.relativize(design).toString().replace('\\', '/');
			name = name + HASH_MARK + hash(relative);
		}
		return root.resolve(name);
	}

	/**
	 * The result directories of a design's studies, in the order given (the display names, "name,
	 * else id"). A name given twice (two studies with one name) gets the one directory: give
	 * {@link #studyDirectories(Path, Path, List, List)} the ids as well to keep them apart.
	 */
	public static Map<String, Path> studyDirectories(Path root, Path designFile, List<String> studyNames) {
		Path design = designDirectory(root, designFile);
		Map<String, Path> result = new LinkedHashMap<>();
		for (String study : studyNames) {
			result.putIfAbsent(study, design.resolve(folderName(study)));
		}
		return result;
	}

	/**
	 * The result directories of a design's studies by position: the escaped display name; a study
	 * whose display name another study has too also gets {@value #HASH_MARK} and a hash of its id
	 * (ids are unique in a design), so no two studies share a folder.
	 */
	public static List<Path> studyDirectories(Path root, Path designFile, List<String> studyNames, List<String> ids) {
		if (studyNames.size() != ids.size()) {
			throw new IllegalArgumentException(studyNames.size() + " names for " + ids.size() + " ids");
		}
		Path design = designDirectory(root, designFile);
		Map<String, Integer> count = new HashMap<>();
		studyNames.forEach(n -> count.merge(n, 1, Integer::sum));
		List<Path> result = new ArrayList<>();
		for (int i = 0; i < studyNames.size(); i++) {
			String name = folderName(studyNames.get(i));
			result.add(design.resolve(count.get(studyNames.get(i)) > 1
					? name + HASH_MARK + hash(String.valueOf(ids.get(i)))
					: name));
		}
		return result;
	}

	/**
	 * {@code <root>/<design>/sweep+<sweep>}: the folder of a sweep of a design.
	 *
	 * @param id the sweep's id when another sweep of the design has the same name (its hash is
	 *           appended), else null
	 */
	public static Path sweepDirectory(Path root, Path designFile, String sweepName, String id) {
		String name = SWEEP_PREFIX + folderName(sweepName);
		return designDirectory(root, designFile).resolve(id == null ? name : name + HASH_MARK + hash(id));
	}

	/**
	 * A name as a folder name, reversibly: ASCII letters, digits, '.' and '-' stay, a space becomes
	 * '_', every other character (including '_' itself and a leading '.') becomes '%' and the two hex
	 * digits of each of its UTF-8 bytes. {@code a b} → {@code a_b}, {@code a_b} → {@code a%5Fb},
	 * {@code 1 mAh/cm2} → {@code 1_mAh%2Fcm2}. An empty name is {@code %}; a result longer than
	 * {@value #MAX_LENGTH} characters is cut and ends in {@value #HASH_MARK} and a hash of the name.
	 */
	public static String folderName(String name) {
		if (name.isEmpty()) {
			return "%";
		}
		StringBuilder b = new StringBuilder();
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int c = bytes[i] & 0xff;
			boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| (c == '.' && i > 0);
			if (keep) {
				b.append((char) c);
			} else if (c == ' ') {
				b.append('_');
			} else {
				b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		if (b.length() > MAX_LENGTH) {
			return b.substring(0, MAX_LENGTH - 9) + HASH_MARK + hash(name);
		}
		return b.toString();
	}

	/** The name {@link #folderName(String)} escaped, or null for a folder name that is not one. */
	public static String nameOf(String folderName) {
		if (folderName.equals("%")) {
			return "";
		}
		if (folderName.contains(HASH_MARK) || folderName.contains(STAGING_MARK) || folderName.contains("+")) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < folderName.length(); i++) {
			char c = folderName.charAt(i);
			if (c == '_') {
				out.write(' ');
			} else if (c == '%' && i + 2 < folderName.length()) {
				int hi = Character.digit(folderName.charAt(i + 1), 16);
				int lo = Character.digit(folderName.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return null;
				}
				out.write(hi << 4 | lo);
				i += 2;
			} else if (c < 128 && c != '%') {
				out.write(c);
			} else {
				return null;
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Eight hex digits of the SHA-256 of a text. */
	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the Java runtime has no SHA-256", e);
		}
	}
}
