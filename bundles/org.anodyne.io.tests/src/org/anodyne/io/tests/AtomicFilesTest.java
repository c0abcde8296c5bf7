/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;

import org.anodyne.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	private List<String> names() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesNewFileReadableByOthersAndLeavesNoTemporary() throws IOException {
		Path file = dir.resolve("sub/a.txt");
		AtomicFiles.writeString(file, "héllo");
		assertEquals("héllo", Files.readString(file, StandardCharsets.UTF_8));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(List.of("a.txt"), Files.list(file.getParent()).map(p -> p.getFileName().toString()).toList());
	}

	@Test
	void keepsPermissionsOfTheReplacedFile() throws IOException {
		Path file = dir.resolve("design.anodyne");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		AtomicFiles.writeString(file, "new");
		assertEquals("new", Files.readString(file));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void keepsOwnerAndGroupOfTheReplacedFile() throws IOException {
		Path file = dir.resolve("owned.txt");
		Files.writeString(file, "old");
		UserPrincipalLookupService lookup = file.getFileSystem().getUserPrincipalLookupService();
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		UserPrincipal other = lookup.lookupPrincipalByName("nobody");
		GroupPrincipal otherGroup = lookup.lookupPrincipalByGroupName("nogroup");
		try {
			view.setOwner(other);
			view.setGroup(otherGroup);
		} catch (IOException e) {
			assumeTrue(false, "giving a file to another user needs root: " + e);
		}
		AtomicFiles.writeString(file, "new");
		PosixFileAttributeView after = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		assertEquals("new", Files.readString(file));
		assertEquals(other, after.getOwner());
		assertEquals(otherGroup, after.readAttributes().group());
	}

	@Test
	void writesThroughSymbolicLinks() throws IOException {
		Path real = Files.createDirectories(dir.resolve("real")).resolve("design.anodyne");
		Files.writeString(real, "old");
		Path link = dir.resolve("link.anodyne");
		Files.createSymbolicLink(link, Path.of("real/design.anodyne"));
		Path linkToLink = dir.resolve("link2.anodyne");
		Files.createSymbolicLink(linkToLink, link.getFileName());
		AtomicFiles.writeString(linkToLink, "new");
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.isSymbolicLink(linkToLink));
		assertEquals("new", Files.readString(real));
		assertEquals(List.of("design.anodyne"),
				Files.list(real.getParent()).map(p -> p.getFileName().toString()).toList());
	}

	@Test
	void danglingLinkCreatesItsTarget() throws IOException {
		Path link = dir.resolve("link.txt");
		Files.createSymbolicLink(link, Path.of("made.txt"));
		AtomicFiles.writeString(link, "x");
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("x", Files.readString(dir.resolve("made.txt")));
	}

	@Test
	void refusesFilesWithSeveralHardLinksAndChangesNothing() throws IOException {
		Path file = dir.resolve("a.txt");
		Files.writeString(file, "old");
		Path other = Files.createLink(dir.resolve("b.txt"), file);
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "new"));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("2 hard links"), e.getMessage());
		assertEquals("old", Files.readString(file));
		assertEquals("old", Files.readString(other));
		assertEquals(List.of("a.txt", "b.txt"), names());
	}

	@Test
	void crashInTheWriterLeavesTheOriginalAndNoTemporary() throws IOException {
		Path file = dir.resolve("summary.json");
		Files.writeString(file, "{\"complete\": true}");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("{\"half".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("solver died");
		}));
		assertTrue(e.getMessage().contains("solver died") && e.getMessage().contains("unchanged"), e.getMessage());
		assertEquals("{\"complete\": true}", Files.readString(file));
		assertEquals(List.of("summary.json"), names());
	}

	@Test
	void cleansTemporariesOfAProcessThatDied() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path file = dir.resolve("a.csv");
		Path stale = dir.resolve(".a.csv." + gone.pid() + ".00ff00ff00ff00ff" + AtomicFiles.TEMPORARY_SUFFIX);
		Files.writeString(stale, "half");
		Path live = dir.resolve(".a.csv." + ProcessHandle.current().pid() + ".1234" + AtomicFiles.TEMPORARY_SUFFIX);
		Files.writeString(live, "another writer of this process");
		Path unrelated = dir.resolve(".b.csv." + gone.pid() + ".1" + AtomicFiles.TEMPORARY_SUFFIX);
		Files.writeString(unrelated, "another file's");
		AtomicFiles.writeString(file, "x");
		assertFalse(Files.exists(stale));
		assertTrue(Files.exists(live));
		assertTrue(Files.exists(unrelated));
		assertTrue(AtomicFiles.isTemporary(stale.getFileName().toString()));
	}

	@Test
	void folderUnderARegularFileIsNamed() throws IOException {
		Path plain = Files.writeString(dir.resolve("plain"), "");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(plain.resolve("x.txt"), "x"));
		assertTrue(e.getMessage().contains(plain.toString()), e.getMessage());
	}

	/** Root ignores permissions, so a read-only bind mount makes the folder really unwritable. */
	@Test
	void readOnlyFolderIsNamed() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("ro"));
		Path file = Files.writeString(folder.resolve("a.txt"), "old");
		if (!Files.isWritable(folder)) {
			assertUnwritable(folder, file);
			return;
		}
		Process mount = new ProcessBuilder("mount", "--bind", "-o", "ro", folder.toString(), folder.toString())
				.redirectErrorStream(true).start();
		assumeTrue(mount.waitFor() == 0, "a read-only bind mount is needed to make a folder unwritable for root");
		try {
			assertUnwritable(folder, file);
		} finally {
			new ProcessBuilder("umount", folder.toString()).start().waitFor();
		}
	}

	private static void assertUnwritable(Path folder, Path file) throws IOException {
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "new"));
		assertTrue(e.getMessage().contains("the folder " + folder + " is not writable"), e.getMessage());
		assertEquals("old", Files.readString(file));
	}

	@Test
	void swapsDirectoriesAndDeletesTheOldOne() throws IOException {
		Path target = Files.createDirectories(dir.resolve("study"));
		Files.writeString(target.resolve("old.csv"), "old");
		Path staging = Files.createDirectories(dir.resolve(".study.writing"));
		Files.writeString(staging.resolve("new.csv"), "new");
		AtomicFiles.swapDirectory(staging, target, dir.resolve(".study.old"));
		assertEquals(List.of("study"), names());
		assertEquals("new", Files.readString(target.resolve("new.csv")));
		assertFalse(Files.exists(target.resolve("old.csv")));
	}
}
