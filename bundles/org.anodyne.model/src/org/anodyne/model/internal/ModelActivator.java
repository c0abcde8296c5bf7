/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.internal;

import org.anodyne.model.validation.AnodyneValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the Anodyne validator when the bundle starts. EMF's extension points register packages
 * and resource factories but not validators, and any code that touches the model loads a class of
 * this lazily activated bundle first, so the validator is in place before anyone validates.
 */
public final class ModelActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		AnodyneValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		// The validator holds no resources; it stays registered with EMF's global registry.
	}
}
