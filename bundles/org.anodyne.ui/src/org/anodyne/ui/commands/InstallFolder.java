/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.commands;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Whether p2 can install into this product: it writes into the product folder itself (plugins,
 * features, its profile, the configuration), so every one of those must be writable; the launch
 * script's {@code anodyne install} checks the same folders. As the property
 * {@code org.anodyne.ui.installFolder.writable} it decides whether Help &gt; Install New Software… runs
 * p2's wizard or {@link InstallNotWritableHandler}'s message.
 */
public final class InstallFolder extends PropertyTester {

	private static final String[] FOLDERS = {"", "plugins", "features", "p2", "configuration"};

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		boolean writable = unwritableIn(productFolder()).isEmpty();
		return expectedValue == null ? writable : expectedValue.equals(writable);
	}

	/** The product's folder (the install location), or null when it is not a local folder. */
	static Path productFolder() {
		Location install = Platform.getInstallLocation();
		if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) {
			return null;
		}
		try {
			return Path.of(install.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(install.getURL().getPath());
		}
	}

	/** The first folder of the product p2 would write into and cannot; empty when all are writable. */
	static Optional<Path> unwritableIn(Path product) {
		return unwritableIn(product, Files::isWritable);
	}

	/**
	 * The decision, with the question "may this user write here" as a parameter (a test cannot make a
	 * folder unwritable to root): the product folder, then plugins, features, p2 and configuration;
	 * folders that do not exist yet are skipped (p2 creates them in a writable product folder).
	 */
	public static Optional<Path> unwritableIn(Path product, Predicate<Path> writable) {
		if (product == null) {
			return Optional.empty();
		}
		for (String folder : FOLDERS) {
			Path path = folder.isEmpty() ? product : product.resolve(folder);
			if (Files.isDirectory(path) && !writable.test(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}
}
