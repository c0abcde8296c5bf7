/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.study;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The hash of everything a study result depends on, recorded in its summary.json so that
 * {@code anodyne build}, {@code anodyne sweep} and Run Sweep in the IDE re-run a study or a sweep point
 * only when it changed — one rule for all of them: the design's bytes, and the
 * content of the code that computes results (model, solver, study layer, results format) and of
 * every bundle contributing metals or collector geometries. Bundle contents are hashed entry by
 * entry without the manifest, whose build qualifier changes on every build even when nothing else
 * does. {@code sha256(environment ‖ design)}, see {@link #of(String, byte[])}.
 */
public final class InputHash {

	/** Bundles whose code turns a design into results. */
	private static final List<String> CODE = List.of("org.anodyne.model", "org.anodyne.solver", "org.anodyne.study",
			"org.anodyne.results");
	/** Extension points through which other bundles change what a design means. */
	private static final List<String> EXTENSION_POINTS = List.of("org.anodyne.metals",
			"org.anodyne.study.collectorGeometries");

	private final byte[] environment;

	private InputHash(byte[] environment) {
		this.environment = environment;
	}

	/** The hash function of the running platform (its code and installed extensions). */
	public static InputHash ofPlatform() {
		MessageDigest digest = sha256();
		Bundle self = FrameworkUtil.getBundle(InputHash.class);
		TreeMap<String, Bundle> bundles = new TreeMap<>();
		if (self != null) {
			for (Bundle b : self.getBundleContext().getBundles()) {
				if (CODE.contains(b.getSymbolicName())) {
					bundles.put(b.getSymbolicName(), b);
				}
			}
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			for (String id : EXTENSION_POINTS) {
				IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(id);
				if (point == null) {
					continue;
				}
				for (IExtension e : point.getExtensions()) {
					String name = e.getContributor().getName();
					for (Bundle b : self.getBundleContext().getBundles()) {
						if (name.equals(b.getSymbolicName())) {
							bundles.put(name, b);
						}
					}
				}
			}
		}
		for (Bundle b : bundles.values()) {
			digest.update((b.getSymbolicName() + "\n").getBytes(StandardCharsets.UTF_8));
			hashContent(b, digest);
		}
		return new InputHash(digest.digest());
	}

	/** {@code sha256:<hex>} of the platform alone (the code and extensions), for hashes made elsewhere. */
	public String environment() {
		return "sha256:" + HexFormat.of().formatHex(environment);
	}

	/** {@code sha256:<hex>} of a design file together with the platform. */
	public String of(Path designFile) throws IOException {
		return of(environment(), Files.readAllBytes(designFile));
	}

	/**
	 * The rule: {@code sha256:<hex>} of the environment's text in UTF-8 followed by the design's bytes.
	 *
	 * @param environment what else results depend on ({@link #environment()})
	 * @param design      the bytes of a design file (or of a sweep point's self-contained design)
	 */
	public static String of(String environment, byte[] design) {
		MessageDigest digest = sha256();
		digest.update(environment.getBytes(StandardCharsets.UTF_8));
		digest.update(design);
		return "sha256:" + HexFormat.of().formatHex(digest.digest());
	}

	private static void hashContent(Bundle bundle, MessageDigest digest) {
		Enumeration<URL> entries = bundle.findEntries("/", "*", true);
		if (entries == null) {
			return;
		}
		List<URL> urls = new ArrayList<>(Collections.list(entries));
		urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		byte[] buffer = new byte[1 << 16];
		for (URL url : urls) {
			String path = url.getPath();
			if (path.endsWith("/") || path.endsWith("META-INF/MANIFEST.MF")) {
				continue;
			}
			digest.update(path.getBytes(StandardCharsets.UTF_8));
			try (InputStream in = url.openStream()) {
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			} catch (IOException e) {
				// An unreadable entry counts as changed: hash its failure so the result is recomputed.
				digest.update(("unreadable " + e).getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the Java runtime has no SHA-256", e);
		}
	}
}
