/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;

/**
 * The hosts a study plan laid out when it read the model, by the context they were laid out in, so
 * that running the plan needs no model object. A generator's refusal is kept and thrown when the
 * study runs, where the study layer and its callers report it as they always have.
 */
public final class PlannedHosts implements SolverInputs.HostLayout {

	private final Map<GeometryContext, Object> hosts;

	private PlannedHosts(Map<GeometryContext, Object> hosts) {
		this.hosts = Map.copyOf(hosts);
	}

	/**
	 * Lays out the collector of some inputs, which still reach the model, once.
	 *
	 * @param live            the inputs from the model
	 * @param laidOut         the inputs the host is laid out with (the live ones, or derived from them with
	 *                        another grid, as the life coupling does)
	 * @param growthAllowance dense metal [m] the run will plate
	 * @return the live inputs laying out from the plan only
	 */
	public static SolverInputs planned(SolverInputs live, SolverInputs laidOut, double growthAllowance) {
		Map<GeometryContext, Object> hosts = new LinkedHashMap<>();
		GeometryContext context;
		try {
			context = laidOut.geometryContext(growthAllowance);
		} catch (IllegalArgumentException e) {
			// The run builds the same context and fails there, as it would have without a plan.
			return live.withLayout(new PlannedHosts(hosts));
		}
		Object host;
		try {
			host = laidOut.host(context);
		} catch (RuntimeException | LinkageError e) {
			// A third party's generator may also be built against another version of this API.
			host = e;
		}
		hosts.put(context, host);
		return live.withLayout(new PlannedHosts(hosts));
	}

	@Override
	public HostStructure host(GeometryContext context) {
		Object host = hosts.get(context);
		if (host instanceof RuntimeException e) {
			throw e;
		}
		if (host instanceof LinkageError e) {
			throw e;
		}
		if (host == null) {
			throw new IllegalStateException("the study plan laid out no host for " + context);
		}
		return (HostStructure) host;
	}
}
