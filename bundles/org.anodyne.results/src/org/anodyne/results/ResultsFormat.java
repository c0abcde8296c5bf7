/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results;

/** Fixed names and the version of the results format (specified in the bundle's README.md). */
public final class ResultsFormat {

	/**
	 * Version of summary.json this release writes; readers accept this and older versions and refuse
	 * newer ones with a message, rather than misreading them.
	 */
	public static final int FORMAT_VERSION = 1;

	/** The file that makes a directory a study result; written last. */
	public static final String SUMMARY_FILE = "summary.json";

	/** Subdirectory of a study result holding the field files. */
	public static final String FIELDS_DIRECTORY = "fields";

	/** Extension of CSV series files. */
	public static final String SERIES_EXTENSION = ".csv";

	/** Extension of field files (VTK legacy). */
	public static final String FIELD_EXTENSION = ".vtk";

	/** Extension of pictures. */
	public static final String PICTURE_EXTENSION = ".png";

	/** Extension of the vector drawing written beside every picture (the same drawing as SVG). */
	public static final String VECTOR_PICTURE_EXTENSION = ".svg";

	/**
	 * ParaView collection in the fields directory listing every field file with its time, so ParaView
	 * opens the frames as one time series.
	 */
	public static final String FIELD_SERIES_FILE = "fields.pvd";

	/** Kind of a 2D deposition study (the model's StudyKind literal). */
	public static final String KIND_DEPOSITION_2D = "deposition2D";

	/** Kind of a cycle-life study (the model's StudyKind literal). */
	public static final String KIND_CYCLE_LIFE = "cycleLife";

	private ResultsFormat() {
	}

	/**
	 * Whether a name may be used for a series, field or picture: it becomes a file name, so 1–100
	 * characters of letters, digits, '.', '_' and '-', starting with a letter or digit.
	 */
	public static boolean isValidName(String name) {
		if (name == null || name.isEmpty() || name.length() > 100 || !Character.isLetterOrDigit(name.charAt(0))) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
			if (!ascii && c != '.' && c != '_' && c != '-') {
				return false;
			}
		}
		return true;
	}
}
