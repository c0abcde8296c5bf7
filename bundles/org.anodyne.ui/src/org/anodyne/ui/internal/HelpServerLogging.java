/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Starts the help server's logging only when the help server starts. Jetty logs through SLF4J, which
 * finds its provider (slf4j.simple) through SPI-Fly; SPI-Fly's start reads the headers of every
 * bundle of the product (about one in seven CPU samples of a workbench launch), while only the
 * help window ever needs it. So the product does not start SPI-Fly
 * and the SLF4J provider; this listener starts both when the help system starts its web server
 * ({@value #HTTP_SERVER}), before Jetty's first class asks SLF4J for a logger.
 */
final class HelpServerLogging implements SynchronousBundleListener {

	/** The bundle that starts the help system's Jetty server (help.base starts it when help opens). */
	static final String HTTP_SERVER = "org.eclipse.equinox.http.jetty";
	/** Registers ServiceLoader providers between bundles (weaving SLF4J's lookup of its provider). */
	static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";
	/** The SLF4J provider the help server's messages go to (standard error). */
	static final String SLF4J_PROVIDER = "slf4j.simple";

	private final BundleContext context;

	private HelpServerLogging(BundleContext context) {
		this.context = context;
	}

	static void install(BundleContext context) {
		HelpServerLogging listener = new HelpServerLogging(context);
		for (Bundle b : context.getBundles()) {
			// ACTIVE only: a lazily activated bundle waits for its first class in STARTING, so STARTING alone
			// does not mean the server runs (testing it started SPI-Fly at every launch).
			if (HTTP_SERVER.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
				listener.startLogging();
				return;
			}
		}
		context.addBundleListener(listener);
	}

	@Override
	public void bundleChanged(BundleEvent event) {
		if (event.getType() == BundleEvent.STARTING && HTTP_SERVER.equals(event.getBundle().getSymbolicName())) {
			context.removeBundleListener(this);
			startLogging();
		}
	}

	private void startLogging() {
		for (String name : new String[]{SPI_FLY, SLF4J_PROVIDER}) {
			for (Bundle b : context.getBundles()) {
				if (name.equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE) {
					try {
						b.start(Bundle.START_TRANSIENT);
					} catch (BundleException | RuntimeException e) {
						AnodyneUiPlugin.log(IStatus.WARNING,
								"Cannot start " + name + " for the help server's messages; "
										+ "they are dropped (help itself works).",
								e);
					}
				}
			}
		}
	}
}
