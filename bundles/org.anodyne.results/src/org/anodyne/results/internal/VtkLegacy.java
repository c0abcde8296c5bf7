/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.FieldFrame;
import org.anodyne.results.FieldFrame.FieldArray;
import org.anodyne.results.FieldFrame.FieldMask;
import org.anodyne.results.ResultsFormatException;

/**
 * Field files: VTK legacy (version 3.0) BINARY STRUCTURED_POINTS with cell data, the subset that
 * ParaView, VisIt and meshio all read. Scalar arrays are big-endian float32 (as the VTK legacy format
 * prescribes), masks unsigned_char. An array's name in the file is {@code name[unit]}. The title line
 * carries the format version, the simulated time and the frame's label:
 * {@code Anodyne field v1 time_s=<seconds> label=<text>}. Spacing is in micrometres.
 */
public final class VtkLegacy {

	static final String MAGIC = "# vtk DataFile Version 3.0";
	static final String TITLE_PREFIX = "Anodyne field v";
	/** The field-file version this code writes and reads. */
	public static final int VERSION = 1;
	/** VTK legacy limits the title line to 256 characters. */
	private static final int MAX_TITLE = 255;

	private VtkLegacy() {
	}

	/** Writes a frame to a stream (the caller closes it). */
	public static void write(FieldFrame frame, OutputStream stream) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
		String title = TITLE_PREFIX + VERSION + " time_s=" + Double.toString(frame.timeSeconds()) + " label="
				+ frame.label();
		if (title.length() > MAX_TITLE) {
			title = title.substring(0, MAX_TITLE);
		}
		StringBuilder header = new StringBuilder();
		header.append(MAGIC).append('\n').append(title).append('\n').append("BINARY\n")
				.append("DATASET STRUCTURED_POINTS\n")
				.append("DIMENSIONS ").append(frame.nx() + 1).append(' ').append(frame.ny() + 1).append(" 1\n")
				.append("ORIGIN 0 0 0\n")
				.append("SPACING ").append(frame.spacingUm()).append(' ').append(frame.spacingUm()).append(' ')
				.append(frame.spacingUm()).append('\n')
				.append("CELL_DATA ").append(frame.nx() * frame.ny()).append('\n');
		out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
		for (FieldArray a : frame.arrays()) {
			out.write(("SCALARS " + a.name() + "[" + a.unit() + "] float 1\nLOOKUP_TABLE default\n")
					.getBytes(StandardCharsets.UTF_8));
			for (float v : a.values()) {
				out.writeFloat(v);
			}
			out.write('\n');
		}
		for (FieldMask m : frame.masks()) {
			out.write(("SCALARS " + m.name() + " unsigned_char 1\nLOOKUP_TABLE default\n")
					.getBytes(StandardCharsets.UTF_8));
			out.write(m.codes());
			out.write('\n');
		}
		out.flush();
	}

	/** Reads a field file written by {@link #write}. */
	public static FieldFrame read(Path file) throws IOException {
		return read(file, Files.readAllBytes(ResultFiles.checked(file, "a field file", ResultFiles.MAX_FIELD_BYTES)));
	}

	/** Reads a field file from its bytes; {@code file} only names it in messages. */
	public static FieldFrame read(Path file, byte[] bytes) throws ResultsFormatException {
		Cursor in = new Cursor(file, bytes);
		if (!MAGIC.equals(in.line())) {
			throw in.error("not a VTK legacy 3.0 file (first line should be '" + MAGIC + "')");
		}
		String title = in.line();
		if (!title.startsWith(TITLE_PREFIX)) {
			throw in.error("not an Anodyne field file (title should start with '" + TITLE_PREFIX + "')");
		}
		int space = title.indexOf(' ', TITLE_PREFIX.length());
		String versionText = title.substring(TITLE_PREFIX.length(), space < 0 ? title.length() : space);
		int version = in.parseInt(versionText, "format version");
		if (version > VERSION) {
			throw in.error("field format v" + version + " is newer than this Anodyne reads (v" + VERSION + ")");
		}
		int timeAt = title.indexOf(" time_s=");
		int labelAt = title.indexOf(" label=");
		if (timeAt < 0 || labelAt < timeAt) {
			throw in.error("title lacks 'time_s=' and 'label='");
		}
		double time = in.parseDouble(title.substring(timeAt + 8, labelAt), "time");
		String label = title.substring(labelAt + 7);
		in.expect("BINARY");
		in.expect("DATASET STRUCTURED_POINTS");
		String[] dims = in.keyword("DIMENSIONS", 3);
		int nx = in.parseInt(dims[0], "DIMENSIONS") - 1;
		int ny = in.parseInt(dims[1], "DIMENSIONS") - 1;
		if (nx < 1 || ny < 1 || !"1".equals(dims[2])) {
			throw in.error("DIMENSIONS must describe a 2D grid of at least 1 × 1 cells");
		}
		if ((long) nx * ny > Integer.MAX_VALUE / 4) {
			throw in.error("DIMENSIONS too large");
		}
		in.keyword("ORIGIN", 3);
		String[] spacing = in.keyword("SPACING", 3);
		double h = in.parseDouble(spacing[0], "SPACING");
		if (!(h > 0) || Double.isInfinite(h) || h != in.parseDouble(spacing[1], "SPACING")) {
			throw in.error("SPACING must be positive, finite and equal in x and y");
		}
		String[] cellData = in.keyword("CELL_DATA", 1);
		int n = in.parseInt(cellData[0], "CELL_DATA");
		if (n != nx * ny) {
			throw in.error("CELL_DATA " + n + " does not match the " + nx + " × " + ny + " cells of DIMENSIONS");
		}
		FieldFrame.Builder frame;
		try {
			frame = FieldFrame.builder(nx, ny, h).time(time).label(label);
		} catch (IllegalArgumentException e) {
			throw in.error(e.getMessage());
		}
		List<String> names = new ArrayList<>();
		while (in.skipBlankLines()) {
			String[] scalars = in.keyword("SCALARS", 3);
			if (!"1".equals(scalars[2])) {
				throw in.error("only single-component SCALARS are supported");
			}
			in.expect("LOOKUP_TABLE default");
			String name = scalars[0];
			if (names.contains(name)) {
				throw in.error("an array name appears twice");
			}
			names.add(name);
			try {
				switch (scalars[1]) {
				case "float" -> {
					int open = name.indexOf('[');
					if (open <= 0 || !name.endsWith("]")) {
						throw in.error("float array '" + name + "' lacks its unit, as in 'concentration[mol/L]'");
					}
					ByteBuffer data = in.take(4L * n).order(ByteOrder.BIG_ENDIAN);
					float[] values = new float[n];
					data.asFloatBuffer().get(values);
					frame.array(name.substring(0, open), name.substring(open + 1, name.length() - 1), values);
				}
				case "unsigned_char" -> {
					ByteBuffer data = in.take(n);
					byte[] codes = new byte[n];
					data.get(codes);
					frame.mask(name, codes, List.of());
				}
				default -> throw in.error("array '" + name + "' has type " + scalars[1]
						+ "; Anodyne field files hold float and unsigned_char arrays");
				}
			} catch (IllegalArgumentException e) {
				throw in.error(e.getMessage());
			}
		}
		return frame.build();
	}

	/** Reads lines and binary blocks from the file's bytes, tracking the offset for messages. */
	private static final class Cursor {
		private final Path file;
		private final byte[] bytes;
		private int pos;

		Cursor(Path file, byte[] bytes) {
			this.file = file;
			this.bytes = bytes;
		}

		String line() throws ResultsFormatException {
			if (pos >= bytes.length) {
				throw error("unexpected end of file");
			}
			int start = pos;
			while (pos < bytes.length && bytes[pos] != '\n') {
				if (pos - start > 4096) {
					throw error("header line longer than 4096 bytes");
				}
				pos++;
			}
			String text = new String(bytes, start, pos - start, StandardCharsets.UTF_8);
			if (pos < bytes.length) {
				pos++;
			}
			return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
		}

		/** Skips empty lines; false at the end of the file. */
		boolean skipBlankLines() {
			while (pos < bytes.length && (bytes[pos] == '\n' || bytes[pos] == '\r' || bytes[pos] == ' ')) {
				pos++;
			}
			return pos < bytes.length;
		}

		void expect(String text) throws ResultsFormatException {
			int at = pos;
			String line = line().strip();
			if (!line.equals(text)) {
				pos = at;
				throw error("expected '" + text + "'");
			}
		}

		String[] keyword(String keyword, int values) throws ResultsFormatException {
			int at = pos;
			String[] parts = line().strip().split("\\s+");
			if (parts.length != values + 1 || !parts[0].equals(keyword)) {
				pos = at;
				throw error("expected '" + keyword + "' with " + values + " value(s)");
			}
			String[] result = new String[values];
			System.arraycopy(parts, 1, result, 0, values);
			return result;
		}

		ByteBuffer take(long length) throws ResultsFormatException {
			if (length > bytes.length - pos) {
				throw error("file ends inside binary data (needs " + length + " bytes, " + (bytes.length - pos)
						+ " left)");
			}
			ByteBuffer buffer = ByteBuffer.wrap(bytes, pos, (int) length).slice();
			pos += (int) length;
			return buffer;
		}

		int parseInt(String text, String what) throws ResultsFormatException {
			try {
				return Integer.parseInt(text.strip());
			} catch (NumberFormatException e) {
				throw error(what + ": not an integer");
			}
		}

		double parseDouble(String text, String what) throws ResultsFormatException {
			try {
				return Double.parseDouble(text.strip());
			} catch (NumberFormatException e) {
				throw error(what + ": not a number");
			}
		}

		ResultsFormatException error(String problem) {
			return new ResultsFormatException(file, "at byte " + pos + ": " + problem);
		}
	}
}
