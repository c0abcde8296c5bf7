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

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.anodyne.results.ResultsFormat;
import org.anodyne.results.StudySummary.FieldEntry;

/**
 * A ParaView data collection ({@code .pvd}): one {@code DataSet} per field file with its time in
 * seconds, paths relative to the fields directory where the collection lies. Opening it in ParaView
 * loads the frames as one time series with the right times.
 */
public final class ParaViewCollection {

	private ParaViewCollection() {
	}

	/** The collection's XML for fields written into the fields directory. */
	public static String of(List<FieldEntry> fields) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			out.writeStartDocument("UTF-8", "1.0");
			out.writeStartElement("VTKFile");
			out.writeAttribute("type", "Collection");
			out.writeAttribute("version", "0.1");
			out.writeStartElement("Collection");
			String prefix = ResultsFormat.FIELDS_DIRECTORY + "/";
			for (FieldEntry f : fields) {
				out.writeCharacters("\n");
				out.writeEmptyElement("DataSet");
				out.writeAttribute("timestep", Double.toString(f.timeSeconds()));
				out.writeAttribute("group", "");
				out.writeAttribute("part", "0");
				out.writeAttribute("file",
						f.file().startsWith(prefix) ? f.file().substring(prefix.length()) : f.file());
			}
			// Closes Collection and VTKFile.
			out.writeEndDocument();
			out.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write a ParaView collection: " + e.getMessage(), e);
		}
		return text.append('\n').toString();
	}
}
