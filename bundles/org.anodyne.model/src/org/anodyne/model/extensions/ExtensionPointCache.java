/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.extensions;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * What a registry reads from the contributions to one extension point, read on first use and read
 * again after contributing bundles come or go. Our registries of contributions (metals, collector
 * geometry generators) hold one of these rather than each listening to the extension registry.
 *
 * @param <T> the registry built from the contributions
 */
public final class ExtensionPointCache<T> {

	private final String extensionPoint;
	private final Function<IConfigurationElement[], T> reader;
	private final Supplier<T> outsideOsgi;
	private volatile T value;
	/** Guarded by {@code this}. */
	private boolean listening;

	/**
	 * @param extensionPoint the full id of the extension point
	 * @param reader builds the registry from the point's configuration elements; it logs and skips
	 *            a bad contribution rather than failing
	 * @param outsideOsgi the registry to use where there is no extension registry (plain Java)
	 */
	public ExtensionPointCache(String extensionPoint, Function<IConfigurationElement[], T> reader,
			Supplier<T> outsideOsgi) {
		this.extensionPoint = extensionPoint;
		this.reader = reader;
		this.outsideOsgi = outsideOsgi;
	}

	/** The registry as the running platform's contributions make it now. */
	public T get() {
		T current = value;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (value == null) {
				value = read();
			}
			return value;
		}
	}

	private T read() {
		IExtensionRegistry platform = RegistryFactory.getRegistry();
		if (platform == null) {
			return outsideOsgi.get();
		}
		if (!listening) {
			listening = true;
			platform.addListener(new Invalidator(), extensionPoint);
		}
		return reader.apply(platform.getConfigurationElementsFor(extensionPoint));
	}

	/** Forgets the registry when the point's contributions change, so the next use reads them anew. */
	private final class Invalidator implements IRegistryEventListener {
		@Override
		public void added(IExtension[] extensions) {
			value = null;
		}

		@Override
		public void removed(IExtension[] extensions) {
			value = null;
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			value = null;
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			value = null;
		}
	}
}
