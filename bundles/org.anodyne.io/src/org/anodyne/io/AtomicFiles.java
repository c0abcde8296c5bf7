/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way Anodyne replaces a file or a result folder so that a crash, a full disk or an exception
 * in the middle leaves the old version whole. For a file:
 * <ol>
 * <li>A symbolic link is followed: the file it points to is replaced and the link stays a link.</li>
 * <li>A file with several hard links is <b>refused</b> with a message: replacing it by rename would
 * silently detach it from its other names, and writing it in place could leave every name
 * half-written. Copy the file (breaking the link) to save it.</li>
 * <li>Temporary files an earlier, killed writer left beside the file
 * ({@code .<name>.<pid>.<random>.anodyne-tmp}) are deleted when their process no longer runs.</li>
 * <li>The content goes into a new temporary file of that pattern in the same folder, which gets the
 * permissions, owner and group of the file it replaces (rw-r--r-- for a new file) and its ACL where
 * the file system offers one to Java (NFSv4/Windows ACLs; Linux POSIX ACLs are not reachable through
 * Java and are not kept).</li>
 * <li>The temporary file is forced to disk, renamed over the target atomically, and the folder is
 * forced to disk so the rename itself survives a power cut.</li>
 * </ol>
 * If the content callback throws, the temporary file is deleted and the old file is untouched. An
 * unwritable folder gives a message naming the folder.
 */
public final class AtomicFiles {

	/** Writes the new content of a file; called once, with a stream the caller must not close. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes the new content of a text file; called once, with a writer the caller must not close. */
	@FunctionalInterface
	public interface TextContent {
		void writeTo(Writer out) throws IOException;
	}

	/** Suffix of every temporary file this class creates, so leftovers are recognisable. */
	public static final String TEMPORARY_SUFFIX = ".anodyne-tmp";

	private static final int MAX_LINKS_FOLLOWED = 40;
	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	/** Replaces a file with UTF-8 text. */
	public static void writeString(Path file, CharSequence text) throws IOException {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		write(file, out -> out.write(bytes));
	}

	/** Replaces a file with UTF-8 text written piece by piece (a CSV export row by row). */
	public static void writeText(Path file, TextContent content) throws IOException {
		write(file, out -> {
			Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			content.writeTo(w);
			w.flush();
		});
	}

	/** Replaces a file with bytes. */
	public static void writeBytes(Path file, byte[] bytes) throws IOException {
		write(file, out -> out.write(bytes));
	}

	/**
	 * Replaces a file with what {@code content} writes, as the class comment describes; creates the
	 * missing folders above it.
	 *
	 * @throws IOException naming the file (and the folder when it cannot be written); the old file is
	 *         then unchanged
	 */
	public static void write(Path file, Content content) throws IOException {
		Path target = resolveLinks(file.toAbsolutePath().normalize());
		Path folder = target.getParent();
		if (folder == null) {
			throw new IOException("Cannot write " + file + ": it is not a file in a folder");
		}
		refuseHardLinks(file, target);
		createFolder(file, folder);
		deleteStaleTemporaries(folder, target.getFileName().toString());
		Path temporary = createTemporary(file, folder, target.getFileName().toString());
		try {
			keepAttributes(target, temporary);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(new NonClosing(out));
				out.flush();
				channel.force(true);
			}
			move(temporary, target);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temporary);
			throw new IOException("Could not write " + file + ": " + describe(e) + "; the previous file is unchanged",
					e);
		}
		forceFolder(folder);
	}

	/**
	 * Puts a completely written folder in place of another, as a result folder is committed: every file
	 * in {@code staging} is forced to disk, {@code target} (if any) is renamed to {@code aside}, staging
	 * is renamed to target, the parent folder is forced and {@code aside} deleted. If the second rename
	 * fails the old folder is renamed back. All three must be siblings. A failure to delete {@code aside}
	 * is not reported: the swap has happened, and the caller recognises and removes the leftover later.
	 */
	public static void swapDirectory(Path staging, Path target, Path aside) throws IOException {
		forceTree(staging);
		boolean replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
		if (replaced) {
			move(target, aside);
		}
		try {
			move(staging, target);
		} catch (IOException e) {
			if (replaced) {
				move(aside, target);
			}
			throw e;
		}
		forceFolder(target.toAbsolutePath().getParent());
		if (replaced) {
			try {
				deleteTree(aside);
			} catch (IOException e) {
				// The new folder is in place; what is left of the old one is the caller's to clean up later.
			}
		}
	}

	/** Deletes a folder and everything in it (links are deleted, not followed); nothing if it is absent. */
	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Whether a file name is one of this class's temporary files. */
	public static boolean isTemporary(String fileName) {
		return fileName.startsWith(".") && fileName.endsWith(TEMPORARY_SUFFIX);
	}

	/** Renames atomically where the file system can, else plainly (some network and FUSE mounts). */
	public static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Path resolveLinks(Path file) throws IOException {
		Path p = file;
		for (int k = 0; Files.isSymbolicLink(p); k++) {
			if (k == MAX_LINKS_FOLLOWED) {
				throw new IOException("Cannot write " + file + ": too many levels of symbolic links");
			}
			Path parent = p.getParent();
			p = (parent == null ? Files.readSymbolicLink(p) : parent.resolve(Files.readSymbolicLink(p))).normalize();
		}
		return p;
	}

	private static void refuseHardLinks(Path file, Path target) throws IOException {
		if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Object links;
		try {
			links = Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			return;
		}
		if (links instanceof Integer n && n > 1) {
			throw new IOException(
					"Cannot write " + file + ": the file has " + n + " hard links, and replacing it would "
							+ "detach it from the others; copy it to a file of its own (cp " + target.getFileName()
							+ " x && mv x "
							+ target.getFileName() + ") and save again");
		}
	}

	private static void createFolder(Path file, Path folder) throws IOException {
		try {
			Files.createDirectories(folder);
		} catch (FileSystemException e) {
			throw new IOException("Cannot write " + file + ": the folder " + folder + " cannot be created ("
					+ reason(e) + ")", e);
		}
	}

	private static Path createTemporary(Path file, Path folder, String name) throws IOException {
		Path temporary = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "."
				+ HexFormat.of().toHexDigits(RANDOM.nextLong()) + TEMPORARY_SUFFIX);
		try {
			if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
				return Files.createFile(temporary,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			return Files.createFile(temporary);
		} catch (NotDirectoryException e) {
			throw new IOException("Cannot write " + file + ": " + folder + " is not a folder", e);
		} catch (AccessDeniedException e) {
			throw new IOException(
					"Cannot write " + file + ": the folder " + folder + " is not writable (permission denied)",
					e);
		} catch (FileSystemException e) {
			throw new IOException(
					"Cannot write " + file + ": the folder " + folder + " is not writable (" + reason(e) + ")",
					e);
		}
	}

	/** Deletes {@code .<name>.<pid>.<random>.anodyne-tmp} files whose writing process has gone. */
	private static void deleteStaleTemporaries(Path folder, String name) throws IOException {
		String prefix = "." + name + ".";
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, p -> {
			String n = p.getFileName().toString();
			return n.startsWith(prefix) && n.endsWith(TEMPORARY_SUFFIX);
		})) {
			for (Path p : dir) {
				String rest = p.getFileName().toString().substring(prefix.length());
				int dot = rest.indexOf('.');
				long pid;
				try {
					pid = Long.parseLong(rest.substring(0, Math.max(0, dot)));
				} catch (NumberFormatException e) {
					continue;
				}
				if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					stale.add(p);
				}
			}
		} catch (AccessDeniedException e) {
			return;
		}
		for (Path p : stale) {
			Files.deleteIfExists(p);
		}
	}

	/**
	 * The replacement keeps who may read and write the file: permissions, owner and group (changing the
	 * owner needs privileges; without them the file belongs to its writer as with any editor), and an
	 * ACL where the file system has one.
	 */
	private static void keepAttributes(Path target, Path temporary) throws IOException {
		PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		boolean exists = Files.exists(target);
		if (posix != null) {
			if (!exists) {
				posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
			} else {
				PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
				PosixFileAttributes now = posix.readAttributes();
				try {
					if (!old.group().equals(now.group())) {
						posix.setGroup(old.group());
					}
					if (!old.owner().equals(now.owner())) {
						posix.setOwner(old.owner());
					}
				} catch (FileSystemException e) {
					// Not privileged to give the file away: it stays the writer's, as with any editor.
				}
				// Set after chown, which clears set-user/group-id bits.
				posix.setPermissions(old.permissions());
			}
		}
		AclFileAttributeView acl = Files.getFileAttributeView(temporary, AclFileAttributeView.class);
		if (exists && acl != null) {
			acl.setAcl(Files.getFileAttributeView(target, AclFileAttributeView.class).getAcl());
		}
	}

	/** Makes a rename in a folder durable; file systems that cannot open a folder (Windows) skip it. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Durability of the rename is best effort where folders cannot be synced.
		}
	}

	private static void forceTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.toList()) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
					try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
						channel.force(true);
					}
				} else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
					forceFolder(p);
				}
			}
		}
	}

	private static String describe(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		if (t instanceof NoSuchFileException n) {
			return "no such file or folder " + n.getFile();
		}
		if (t instanceof FileSystemException f) {
			return reason(f) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
		}
		String message = t.getMessage();
		return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
	}

	private static String reason(FileSystemException e) {
		return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
	}

	/** The content callback writes into the temporary file; closing it is this class's job. */
	private static final class NonClosing extends OutputStream {
		private final OutputStream out;

		NonClosing(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}
	}
}
