/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.anodyne.model.NamedElement;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A path to one numeric attribute of a design, as a sweep parameter names it:
 * {@code cells[li-cc-inverted]/anode/collector/thickness}. Segments are feature names separated by
 * {@code /} (a leading {@code /} is allowed, so the element paths of validation findings can be pasted);
 * a list feature picks one element with {@code [key]}, the key being the element's id, else its name,
 * else its position from 0; single features take no key. Containment and plain references may be
 * followed ({@code cells[x]/electrolyte/conductivity} reaches the library's electrolyte the cell uses).
 * The last segment is a numeric attribute. Keys may contain {@code /} (names such as
 * {@code Plate 1 mAh/cm2}); they may not contain {@code ]}.
 *
 * @param text     the path as written
 * @param segments its segments in order
 */
public record DesignPath(String text, List<Segment> segments) {

	/**
	 * One step of a path.
	 *
	 * @param feature the feature name
	 * @param key     the key in brackets, or null when there is none
	 */
	public record Segment(String feature, String key) {
		@Override
		public String toString() {
			return key == null ? feature : feature + "[" + key + "]";
		}
	}

	/**
	 * Where a path leads in one design.
	 *
	 * @param owner     the element that holds the attribute
	 * @param attribute the numeric attribute
	 */
	public record Target(EObject owner, EAttribute attribute) {

		/** The attribute's unit symbol, or empty for a dimensionless attribute without a unit annotation. */
		public Optional<String> unit() {
			return Units.unitOf(attribute).map(Units.Unit::symbol);
		}

		/** True when the attribute holds whole numbers (values are then rounded). */
		public boolean integral() {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			return type == int.class || type == Integer.class || type == long.class || type == Long.class;
		}

		/** Sets the attribute to a value given in its own unit (rounded for whole-number attributes). */
		public void set(double value) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			Object boxed;
			if (type == int.class || type == Integer.class) {
				boxed = (int) Math.round(value);
			} else if (type == long.class || type == Long.class) {
				boxed = Math.round(value);
			} else if (type == float.class || type == Float.class) {
				boxed = (float) value;
			} else {
				boxed = value;
			}
			owner.eSet(attribute, boxed);
		}

		/** The attribute's current value in its own unit. */
		public double get() {
			return ((Number) owner.eGet(attribute)).doubleValue();
		}
	}

	/** A path that does not parse or leads nowhere; the message says which segment and why. */
	public static final class PathException extends Exception {
		private static final long serialVersionUID = 1L;

		PathException(String message) {
			super(message);
		}
	}

	public DesignPath {
		segments = List.copyOf(segments);
	}

	/** Parses a path; fails with a message naming the path and the position of the problem. */
	public static DesignPath parse(String text) throws PathException {
		if (text == null || text.isBlank()) {
			throw new PathException("the path is empty; write e.g. cells[my-cell]/anode/collector/thickness");
		}
		String body = text.strip();
		int i = body.startsWith("/") ? 1 : 0;
		List<Segment> segments = new ArrayList<>();
		while (i <= body.length()) {
			int start = i;
			while (i < body.length() && body.charAt(i) != '/' && body.charAt(i) != '[') {
				i++;
			}
			String feature = body.substring(start, i).strip();
			if (feature.isEmpty()) {
				throw new PathException("path '" + text + "': empty segment at character " + (start + 1));
			}
			if (!feature.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				throw new PathException("path '" + text + "': '" + feature + "' is not a feature name");
			}
			String key = null;
			if (i < body.length() && body.charAt(i) == '[') {
				int close = body.indexOf(']', i);
				if (close < 0) {
					throw new PathException("path '" + text + "': '[' at character " + (i + 1) + " is never closed");
				}
				key = body.substring(i + 1, close);
				if (key.isBlank()) {
					throw new PathException("path '" + text + "': empty [] after '" + feature + "'");
				}
				i = close + 1;
				if (i < body.length() && body.charAt(i) != '/') {
					throw new PathException("path '" + text + "': expected '/' after '" + feature + "[" + key
							+ "]' at character " + (i + 1));
				}
			}
			segments.add(new Segment(feature, key));
			i++;
		}
		return new DesignPath(text, segments);
	}

	/** Follows the path from a design's root to a numeric attribute. */
	public Target resolve(EObject root) throws PathException {
		EObject current = root;
		for (int k = 0; k < segments.size(); k++) {
			Segment s = segments.get(k);
			EStructuralFeature feature = current.eClass().getEStructuralFeature(s.feature());
			String where = "path '" + text + "': ";
			if (feature == null) {
				throw new PathException(where + describe(current) + " has no '" + s.feature() + "'; it has "
						+ current.eClass().getEAllStructuralFeatures().stream().map(EStructuralFeature::getName)
								.collect(Collectors.joining(", ")));
			}
			boolean last = k == segments.size() - 1;
			if (feature instanceof EAttribute attribute) {
				if (!last) {
					throw new PathException(where + "'" + s.feature() + "' is a value, so nothing can follow it");
				}
				if (s.key() != null || attribute.isMany()) {
					throw new PathException(where + "'" + s + "' is a list of values; a sweep sets one value");
				}
				if (!numeric(attribute)) {
					throw new PathException(where + "'" + s.feature() + "' of " + describe(current)
							+ " is not a number (it is " + attribute.getEAttributeType().getName() + ")");
				}
				return new Target(current, attribute);
			}
			if (last) {
				throw new PathException(where + "'" + s.feature() + "' is an element, not a value; add the value's "
						+ "name, one of " + valueNames((EReference) feature, current));
			}
			current = step(current, (EReference) feature, s, where);
		}
		throw new PathException("path '" + text + "' names no value");
	}

	private static EObject step(EObject current, EReference reference, Segment s, String where) throws PathException {
		if (!reference.isMany()) {
			if (s.key() != null) {
				throw new PathException(where + "'" + s.feature() + "' holds one element; remove [" + s.key() + "]");
			}
			Object value = current.eGet(reference);
			if (!(value instanceof EObject next)) {
				throw new PathException(where + describe(current) + " has no " + s.feature());
			}
			return next;
		}
		List<?> list = (List<?>) current.eGet(reference);
		if (s.key() == null) {
			throw new PathException(where + "'" + s.feature() + "' is a list; pick one element with "
					+ s.feature() + "[id], [name] or [index]");
		}
		for (Object o : list) {
			if (o instanceof NamedElement n && s.key().equals(n.getId())) {
				return n;
			}
		}
		for (Object o : list) {
			if (o instanceof NamedElement n && s.key().equals(n.getName())) {
				return n;
			}
		}
		if (s.key().matches("[0-9]+")) {
			int index = Integer.parseInt(s.key());
			if (index < list.size()) {
				return (EObject) list.get(index);
			}
		}
		throw new PathException(where + "no element '" + s.key() + "' in " + s.feature() + " of " + describe(current)
				+ " (" + list.size() + " element" + (list.size() == 1 ? "" : "s")
				+ (list.isEmpty() ? "" : ": " + list.stream().map(DesignPath::keyOf).collect(Collectors.joining(", ")))
				+ ")");
	}

	private static String valueNames(EReference reference, EObject current) {
		Object value = current.eGet(reference);
		EObject sample = value instanceof EObject e
				? e
				: value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof EObject e ? e : null;
		if (sample == null) {
			return "its numeric attributes";
		}
		return sample.eClass().getEAllAttributes().stream().filter(DesignPath::numeric).map(EAttribute::getName)
				.collect(Collectors.joining(", "));
	}

	private static String keyOf(Object o) {
		if (o instanceof NamedElement n) {
			return n.getId() != null && !n.getId().isBlank() ? n.getId() : String.valueOf(n.getName());
		}
		return "?";
	}

	private static String describe(EObject o) {
		String kind = o.eClass().getName();
		if (o instanceof NamedElement n && (n.getName() != null || n.getId() != null)) {
			return kind + " '" + keyOf(n) + "'";
		}
		return kind;
	}

	static boolean numeric(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type != null && !attribute.isMany() && (type == double.class || type == Double.class
				|| type == float.class || type == Float.class || type == int.class || type == Integer.class
				|| type == long.class || type == Long.class);
	}

	@Override
	public String toString() {
		return text;
	}
}
