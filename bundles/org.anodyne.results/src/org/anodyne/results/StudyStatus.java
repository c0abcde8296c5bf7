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

import java.util.Locale;

/**
 * How a study ended. A cycle-life study whose cell reaches end of life is {@link #OK}: failure of the
 * cell is a result. {@link #FAILED} means the computation itself produced no trustworthy result
 * (divergence, an impossible request, an error in the design found at run time).
 */
public enum StudyStatus {
	OK, FAILED;

	/** The word written in summary.json: {@code ok} or {@code failed}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status for a word of summary.json, or null if the word is not one. */
	public static StudyStatus fromWord(String word) {
		for (StudyStatus s : values()) {
			if (s.word().equals(word)) {
				return s;
			}
		}
		return null;
	}
}
