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

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anodyne.io.AtomicFiles;
import org.anodyne.results.FieldFrame.FieldMask;
import org.anodyne.results.StudySummary.FieldEntry;
import org.anodyne.results.StudySummary.PictureEntry;
import org.anodyne.results.StudySummary.SeriesEntry;
import org.anodyne.results.internal.Csv;
import org.anodyne.results.internal.ParaViewCollection;
import org.anodyne.results.internal.VtkLegacy;
import org.anodyne.results.picture.PngExporter;
import org.anodyne.results.picture.Scene;
import org.anodyne.results.picture.SvgExporter;

/**
 * Writes one study result, atomically: everything goes into a hidden sibling directory
 * ({@code .<name>~writing-<pid>-<n>}), and {@link #commit(StudySummary)} writes summary.json last,
 * forces the files to disk and swaps the directory in place of the previous result. Closing without
 * committing (cancellation, an exception, Ctrl-C) deletes the partial directory and leaves the
 * previous complete result, or none, never a half-written one. Leftovers of a killed process are
 * cleaned up by the next writer of the same study.
 *
 * <pre>
 * try (StudyResultWriter out = StudyResultWriter.create(dir)) {
 *     out.writeSeries("deposition", series);
 *     out.writeField("t0001", frame);
 *     out.writePicture("deposit", FieldPicture.of(frame, "newMetal").render(), "new metal after 1 mAh/cm2");
 *     out.commit(summary);
 * }
 * </pre>
 *
 * One writer per study directory at a time; a writer is used from one thread.
 */
public final class StudyResultWriter implements Closeable {

	/*
	 * The staging mark is a character escaped result names never contain (ResultsLayout.STAGING_MARK),
	 * so the staging folder of study "x" cannot look like that of a study named "x.old-999999-1".
	 */
	private static final String WRITING = ResultsLayout.STAGING_MARK + "writing-";
	private static final String OLD = ResultsLayout.STAGING_MARK + "old-";
	private static long counter;

	private final Path target;
	private final Path staging;
	private final Set<String> names = new HashSet<>();
	private final List<SeriesEntry> series = new ArrayList<>();
	private final List<FieldEntry> fields = new ArrayList<>();
	private final List<PictureEntry> pictures = new ArrayList<>();
	private final List<SeriesAppender> open = new ArrayList<>();
	private boolean committed;
	private boolean closed;

	private StudyResultWriter(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	/**
	 * Starts writing the result of a study into {@code studyDirectory} (created on commit; its parent
	 * is created now).
	 */
	public static StudyResultWriter create(Path studyDirectory) throws IOException {
		Path target = studyDirectory.toAbsolutePath().normalize();
		Path parent = target.getParent();
		if (parent == null) {
			throw new IOException("cannot write a study result at the file system root");
		}
		Files.createDirectories(parent);
		recover(target);
		long n;
		synchronized (StudyResultWriter.class) {
			n = ++counter;
		}
		Path staging = parent.resolve("." + target.getFileName() + WRITING + ProcessHandle.current().pid() + "-" + n);
		Files.createDirectory(staging);
		return new StudyResultWriter(target, staging);
	}

	/** The directory the result will have once committed. */
	public Path directory() {
		return target;
	}

	/** Writes a whole series as {@code <name>.csv}. */
	public void writeSeries(String name, Series data) throws IOException {
		try (SeriesAppender out = openSeries(name, data.columns())) {
			double[] row = new double[data.columns().size()];
			for (int r = 0; r < data.rowCount(); r++) {
				for (int c = 0; c < row.length; c++) {
					row[c] = data.value(r, c);
				}
				out.append(row);
			}
		}
	}

	/**
	 * Opens a series for writing row by row, for series too long to hold in memory (e.g. the voltage
	 * trace of two thousand cycles). Close it before {@link #commit}; commit closes any left open.
	 */
	public SeriesAppender openSeries(String name, List<Column> columns) throws IOException {
		checkOpen();
		claim("series", name);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("series '" + name + "' has no columns");
		}
		Series.checkDistinctNames(columns);
		String file = name + ResultsFormat.SERIES_EXTENSION;
		SeriesAppender appender = new SeriesAppender(name, file, columns,
				Files.newBufferedWriter(staging.resolve(file), StandardCharsets.UTF_8));
		open.add(appender);
		return appender;
	}

	/** Writes a field frame as {@code fields/<name>.vtk}. */
	public void writeField(String name, FieldFrame frame) throws IOException {
		checkOpen();
		claim("field", name);
		Path dir = Files.createDirectories(staging.resolve(ResultsFormat.FIELDS_DIRECTORY));
		String fileName = name + ResultsFormat.FIELD_EXTENSION;
		try (OutputStream out = Files.newOutputStream(dir.resolve(fileName))) {
			VtkLegacy.write(frame, out);
		}
		List<String> arrays = frame.arrays().stream().map(a -> a.name() + "[" + a.unit() + "]").toList();
		Map<String, List<String>> legends = new LinkedHashMap<>();
		for (FieldMask m : frame.masks()) {
			legends.put(m.name(), m.legend());
		}
		fields.add(new FieldEntry(name, ResultsFormat.FIELDS_DIRECTORY + "/" + fileName, frame.timeSeconds(),
				frame.label(), arrays, legends));
	}

	/**
	 * Writes a picture as {@code <name>.png} (at {@link PngExporter#DEFAULT_DPI} dpi) and the same
	 * drawing as {@code <name>.svg} beside it.
	 */
	public void writePicture(String name, Scene picture, String caption) throws IOException {
		checkOpen();
		claim("picture", name);
		String file = name + ResultsFormat.PICTURE_EXTENSION;
		PngExporter png = PngExporter.standard();
		try (OutputStream out = Files.newOutputStream(staging.resolve(file))) {
			png.write(picture, out);
		}
		Files.writeString(staging.resolve(name + ResultsFormat.VECTOR_PICTURE_EXTENSION), SvgExporter.toSvg(picture),
				StandardCharsets.UTF_8);
		pictures.add(new PictureEntry(name, file, caption == null ? "" : caption, png.pixelWidth(picture),
				png.pixelHeight(picture)));
	}

	/**
	 * Writes summary.json (with the index of everything written), forces all files to disk and puts
	 * the result in place of the previous one.
	 */
	public void commit(StudySummary summary) throws IOException {
		checkOpen();
		for (SeriesAppender a : List.copyOf(open)) {
			a.close();
		}
		if (!fields.isEmpty()) {
			Files.writeString(staging.resolve(ResultsFormat.FIELDS_DIRECTORY).resolve(ResultsFormat.FIELD_SERIES_FILE),
					ParaViewCollection.of(fields), StandardCharsets.UTF_8);
		}
		StudySummary complete = summary.withFiles(series, fields, pictures);
		Path summaryFile = staging.resolve(ResultsFormat.SUMMARY_FILE);
		try (FileChannel channel = FileChannel.open(summaryFile, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE); Writer w = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
			w.write(SummaryJson.write(complete));
			w.flush();
		}
		AtomicFiles.swapDirectory(staging, target,
				target.resolveSibling(staging.getFileName().toString().replace(WRITING, OLD)));
		committed = true;
	}

	/**
	 * Records in a committed result the hash of the inputs it was computed from
	 * ({@link Provenance#inputHash()}), replacing summary.json atomically. A build stamps results after
	 * the study layer wrote them; if it is interrupted before, the result merely counts as out of date.
	 */
	public static void recordInputHash(Path studyDirectory, String inputHash) throws IOException {
		StudySummary summary = StudyResult.read(studyDirectory).summary();
		StudySummary stamped = summary.withProvenance(summary.provenance().withInputHash(inputHash));
		AtomicFiles.writeString(studyDirectory.resolve(ResultsFormat.SUMMARY_FILE), SummaryJson.write(stamped));
	}

	/** Discards everything unless committed; the previous result, if any, stays as it was. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		for (SeriesAppender a : List.copyOf(open)) {
			try {
				a.close();
			} catch (IOException ignored) {
				// The directory is deleted next; a failed flush does not matter.
			}
		}
		if (!committed) {
			AtomicFiles.deleteTree(staging);
		}
	}

	private void checkOpen() {
		if (committed || closed) {
			throw new IllegalStateException(
					"the result in " + target + " is already " + (committed ? "committed" : "closed"));
		}
	}

	/** Series, fields and pictures have their own file extensions, so each kind has its own names. */
	private void claim(String kind, String name) {
		if (!ResultsFormat.isValidName(name)) {
			throw new IllegalArgumentException("'" + name + "' cannot name a result file: use 1–100 letters, digits, "
					+ "'.', '_' or '-', starting with a letter or digit");
		}
		if (!names.add(kind + "/" + name)) {
			throw new IllegalArgumentException(kind + " '" + name + "' is already written in this result");
		}
	}

	/**
	 * Cleans up after a writer of the same study that died: staging directories of processes that no
	 * longer run are deleted; a previous result set aside by a commit that was interrupted between
	 * its two renames is put back when nothing replaced it.
	 */
	private static void recover(Path target) throws IOException {
		String prefix = "." + target.getFileName();
		List<Path> siblings = new ArrayList<>();
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(target.getParent(),
				prefix + ResultsLayout.STAGING_MARK + "*")) {
			dir.forEach(siblings::add);
		}
		for (Path p : siblings) {
			String rest = p.getFileName().toString().substring(prefix.length());
			boolean writing = rest.startsWith(WRITING);
			if (!writing && !rest.startsWith(OLD)) {
				continue;
			}
			String id = rest.substring(writing ? WRITING.length() : OLD.length());
			long pid;
			try {
				pid = Long.parseLong(id.substring(0, id.indexOf('-')));
			} catch (RuntimeException e) {
				continue;
			}
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				continue;
			}
			if (!writing && !Files.exists(target) && Files.exists(p.resolve(ResultsFormat.SUMMARY_FILE))) {
				AtomicFiles.move(p, target);
			} else {
				AtomicFiles.deleteTree(p);
			}
		}
	}

	/** Appends rows to one CSV series. */
	public final class SeriesAppender implements Closeable {
		private final String name;
		private final String file;
		private final List<Column> columns;
		private final BufferedWriter out;
		private long rows;
		private boolean done;

		private SeriesAppender(String name, String file, List<Column> columns, BufferedWriter out) throws IOException {
			this.name = name;
			this.file = file;
			this.columns = List.copyOf(columns);
			this.out = out;
			out.write(Csv.header(columns));
			out.write('\n');
		}

		/** Appends a row: one value per column, in column order. */
		public void append(double... row) throws IOException {
			if (done) {
				throw new IllegalStateException("series '" + name + "' is closed");
			}
			if (row.length != columns.size()) {
				throw new IllegalArgumentException("series '" + name + "': row has " + row.length + " values for "
						+ columns.size() + " columns");
			}
			Csv.row(out, row);
			rows++;
		}

		public long rows() {
			return rows;
		}

		@Override
		public void close() throws IOException {
			if (done) {
				return;
			}
			done = true;
			open.remove(this);
			out.close();
			series.add(new SeriesEntry(name, file, rows, columns));
		}
	}
}
