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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.branding.IProductConstants;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** What a user sees of the product itself: its name in the window title and the About dialog's version. */
class ProductBrandingTest {

	@Test
	void productIsAnodyne() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "no product is running");
		assertEquals("org.anodyne.ui.product", product.getId());
		assertEquals("Anodyne", product.getName());
		assertEquals("Anodyne", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
	}

	@Test
	void aboutTextShowsTheBuildVersion() throws IOException {
		IProduct product = Platform.getProduct();
		String aboutText = product.getProperty(IProductConstants.ABOUT_TEXT);
		assertTrue(aboutText.startsWith("Anodyne"), aboutText);
		assertTrue(aboutText.contains("Version {0}"), "about text should show the version: " + aboutText);

		Bundle branding = product.getDefiningBundle();
		URL mappings = branding.getEntry("about.mappings");
		assertNotNull(mappings, "about.mappings missing from " + branding.getSymbolicName());
		Properties values = new Properties();
		try (InputStream in = mappings.openStream()) {
			values.load(in);
		}
		assertEquals(branding.getVersion().toString(), values.getProperty("0"),
				"the About dialog must show the build's version");
	}
}
