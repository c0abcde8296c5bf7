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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.model.resource.DesignResources;
import org.anodyne.results.ResultsLayout;

/**
 * The design files named on a command line: files as given, directories searched for
 * {@code *.anodyne} (hidden folders and {@code results} folders skipped, symbolic links not
 * followed). Every operand is checked before any work starts; an entry of a directory that cannot be
 * read is reported and skipped, and the rest of the tree is still searched.
 */
final class DesignFiles {

	private static final String SUFFIX = "." + DesignResources.FILE_EXTENSION;

	/**
	 * What a search found.
	 *
	 * @param files    the design files, in operand order, each directory's files sorted; no duplicates
	 * @param skipped  one sentence per entry that could not be read, naming it and the reason
	 */
	record Found(List<Path> files, List<String> skipped) {

		/** Prints the skipped entries as warnings on standard error; returns the exit code they call for. */
		int report(String command, Console console) {
			for (String s : skipped) {
				console.err().println("anodyne " + command + ": skipped " + Console.printable(s));
			}
			return skipped.isEmpty() ? ExitCode.OK : ExitCode.USAGE;
		}
	}

	private DesignFiles() {
	}

	/**
	 * The design files named by operands.
	 *
	 * @throws UsageException if an operand does not exist or cannot be named in this locale, or a
	 *                        directory holds no design and nothing was skipped
	 */
	static Found collect(List<String> operands) throws UsageException {
		if (operands.isEmpty()) {
			throw new UsageException("name at least one .anodyne file or directory");
		}
		Set<Path> files = new LinkedHashSet<>();
		List<String> skipped = new ArrayList<>();
		for (String operand : operands) {
			Path path = path(operand);
			if (Files.isDirectory(path)) {
				Found found = search(path);
				if (found.files().isEmpty() && found.skipped().isEmpty()) {
					throw new UsageException("no " + SUFFIX + " files in directory " + operand);
				}
				files.addAll(found.files());
				skipped.addAll(found.skipped());
			} else if (Files.exists(path) || Files.isSymbolicLink(path)) {
				// Whatever it is (a FIFO, a loop of links, a file we may not read), the loader names the reason.
				files.add(path);
			} else {
				throw new UsageException("no such file or directory: " + operand);
			}
		}
		return new Found(new ArrayList<>(files), skipped);
	}

	/** A path from an operand, or a usage error saying why the name cannot be used. */
	static Path path(String operand) throws UsageException {
		try {
			return Path.of(operand);
		} catch (InvalidPathException e) {
			throw new UsageException("the name '" + operand + "' cannot be used: " + undecodable());
		}
	}

	private static String undecodable() {
		return "it is not valid in this locale's character set (" + System.getProperty("sun.jnu.encoding", "?")
				+ "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
	}

	/** The design files under a directory, sorted, and the entries that could not be read. */
	static Found search(Path dir) throws UsageException {
		List<Path> found = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
					String name = d.getFileName() == null ? "" : d.getFileName().toString();
					boolean skip = !d.equals(dir) && (name.startsWith(".") || name.equals(ResultsLayout.DEFAULT_ROOT));
					return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					String name = file.getFileName().toString();
					if (name.endsWith(SUFFIX) && name.indexOf('\uFFFD') >= 0) {
						skipped.add(file + ": its name " + undecodable());
					} else if (attrs.isRegularFile() && name.endsWith(SUFFIX)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					skipped.add(file + ": " + reason(e));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UsageException("cannot read directory " + dir + ": " + reason(e));
		}
		found.sort(null);
		return new Found(found, skipped);
	}

	/** The reason an entry cannot be read, in words. */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileSystemLoopException) {
			return "a loop of symbolic links";
		}
		if (e instanceof NoSuchFileException) {
			return "it disappeared while being read";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		return String.valueOf(e.getMessage());
	}
}
