/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.ui.results.ResultsUi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Reads the contributions to {@value ResultsUi#VIEWERS_EXTENSION_POINT}. A contribution that lacks an
 * attribute, has a priority that is not a whole number, or repeats an id is logged with its
 * contributor and skipped; the others still work.
 */
public final class ResultViewerRegistry {

	static final String ELEMENT = "viewer";
	static final String ATTR_ID = "id";
	static final String ATTR_NAME = "name";
	static final String ATTR_KIND = "resultKind";
	static final String ATTR_CLASS = "class";
	static final String ATTR_PRIORITY = "priority";
	static final String PLUGIN_ID = "org.anodyne.ui.results";

	private static volatile ResultViewerRegistry instance;

	private final List<ResultViewerDescriptor> viewers;

	private ResultViewerRegistry(List<ResultViewerDescriptor> viewers) {
		this.viewers = List.copyOf(viewers);
	}

	/** The registry of the running platform, read on first use. */
	public static ResultViewerRegistry getDefault() {
		ResultViewerRegistry r = instance;
		if (r == null) {
			synchronized (ResultViewerRegistry.class) {
				r = instance;
				if (r == null) {
					r = read(
							Platform.getExtensionRegistry()
									.getConfigurationElementsFor(ResultsUi.VIEWERS_EXTENSION_POINT),
							ILog.of(ResultViewerRegistry.class));
					instance = r;
				}
			}
		}
		return r;
	}

	/** Reads the given elements, logging and skipping the bad ones. */
	public static ResultViewerRegistry read(IConfigurationElement[] elements, ILog log) {
		List<ResultViewerDescriptor> result = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : elements) {
			String contributor = e.getContributor().getName();
			if (!ELEMENT.equals(e.getName())) {
				warn(log, contributor, "unknown element <" + e.getName() + "> in " + ResultsUi.VIEWERS_EXTENSION_POINT);
				continue;
			}
			String id = e.getAttribute(ATTR_ID);
			String name = e.getAttribute(ATTR_NAME);
			String kind = e.getAttribute(ATTR_KIND);
			String cls = e.getAttribute(ATTR_CLASS);
			String missing = blank(id)
					? ATTR_ID
					: blank(name) ? ATTR_NAME : blank(kind) ? ATTR_KIND : blank(cls) ? ATTR_CLASS : null;
			if (missing != null) {
				warn(log, contributor,
						"result viewer " + (blank(id) ? "without id" : "'" + id + "'") + " has no '" + missing
								+ "' attribute; skipped");
				continue;
			}
			int priority = 0;
			String p = e.getAttribute(ATTR_PRIORITY);
			if (!blank(p)) {
				try {
					priority = Integer.parseInt(p.strip());
				} catch (NumberFormatException ex) {
					warn(log, contributor,
							"result viewer '" + id + "': priority '" + p + "' is not a whole number; skipped");
					continue;
				}
			}
			if (!ids.add(id)) {
				warn(log, contributor, "result viewer id '" + id + "' is contributed twice; this one skipped");
				continue;
			}
			Set<String> kinds = new LinkedHashSet<>();
			for (String k : kind.split(",")) {
				if (!k.isBlank()) {
					kinds.add(k.strip());
				}
			}
			result.add(new ResultViewerDescriptor(id, name, kinds, priority, contributor, e));
		}
		return new ResultViewerRegistry(result);
	}

	/** All valid contributions, in the order read. */
	public List<ResultViewerDescriptor> all() {
		return viewers;
	}

	/** The viewers contributed for a result kind, highest priority first, then by name. */
	public List<ResultViewerDescriptor> viewersFor(String kind) {
		return viewers.stream().filter(v -> v.accepts(kind))
				.sorted(Comparator.comparingInt(ResultViewerDescriptor::priority).reversed()
						.thenComparing(ResultViewerDescriptor::name))
				.toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static void warn(ILog log, String contributor, String message) {
		log.log(new Status(IStatus.WARNING, PLUGIN_ID, contributor + ": " + message));
	}
}
