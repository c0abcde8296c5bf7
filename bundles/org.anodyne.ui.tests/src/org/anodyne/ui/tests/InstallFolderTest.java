/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.anodyne.ui.commands.InstallFolder;
import org.anodyne.ui.commands.InstallNotWritableHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help &gt; Install New Software… decides between p2's wizard and a message from the folders p2 writes
 * into. Which folders a user may write is the question this decision is given, so it is tested here
 * for any user (as root every folder is writable; the extras' install test runs the launch script's
 * same check as another user).
 */
class InstallFolderTest {

	@TempDir
	Path product;

	@Test
	void theFirstUnwritableFolderP2WritesIsNamed() throws IOException {
		for (String folder : new String[]{"plugins", "features", "p2", "configuration"}) {
			Files.createDirectories(product.resolve(folder));
		}
		assertEquals(Optional.empty(), InstallFolder.unwritableIn(product, path -> true), "all writable: p2's wizard");
		assertEquals(Optional.of(product), InstallFolder.unwritableIn(product, path -> false),
				"the product folder itself comes first");
		Set<Path> readOnly = Set.of(product.resolve("p2"), product.resolve("configuration"));
		assertEquals(Optional.of(product.resolve("p2")),
				InstallFolder.unwritableIn(product, path -> !readOnly.contains(path)));
		assertEquals(Optional.of(product.resolve("configuration")),
				InstallFolder.unwritableIn(product, path -> !path.endsWith("configuration")));
	}

	@Test
	void aFolderP2WouldCreateIsNoReasonToRefuse() {
		assertEquals(Optional.empty(), InstallFolder.unwritableIn(product, path -> !path.endsWith("features")),
				"features/ does not exist yet; p2 creates it in the writable product folder");
		assertEquals(Optional.empty(), InstallFolder.unwritableIn(null, path -> false),
				"a product that is not a local folder is left to p2");
	}

	@Test
	void theMessageNamesTheFolderAndWhatToDo() {
		String message = InstallNotWritableHandler.message("/opt/anodyne/plugins");
		assertTrue(message.contains("/opt/anodyne/plugins is not writable"), message);
		assertTrue(message.contains("anodyne install REPO"), message);
	}
}
