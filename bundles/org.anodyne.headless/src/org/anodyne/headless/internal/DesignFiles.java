package org.anodyne.headless.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
 * followed). Every operand is checked before any work starts.
 */
final class DesignFiles {

	private static final String SUFFIX = "." + DesignResources.FILE_EXTENSION;

	private DesignFiles() {
	}

	/**
	 * The design files, in operand order, each directory's files sorted; no duplicates.
	 *
	 * @throws UsageException if an operand does not exist, or a directory holds no design
	 */
	static List<Path> collect(List<String> operands) throws UsageException {
		if (operands.isEmpty()) {
			throw new UsageException("name at least one .anodyne file or directory");
		}
		Set<Path> files = new LinkedHashSet<>();
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (Files.isDirectory(path)) {
				List<Path> found = search(path);
				if (found.isEmpty()) {
					throw new UsageException("no " + SUFFIX + " files in directory " + operand);
				}
				files.addAll(found);
			} else if (Files.exists(path)) {
				files.add(path);
			} else {
				throw new UsageException("no such file or directory: " + operand);
			}
		}
		return new ArrayList<>(files);
	}

	/** The design files under a directory, sorted. */
	static List<Path> search(Path dir) throws UsageException {
		List<Path> found = new ArrayList<>();
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
					if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SUFFIX)) {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			throw new UsageException("cannot read directory " + dir + ": " + e.getMessage());
		}
		found.sort(null);
		return found;
	}
}
