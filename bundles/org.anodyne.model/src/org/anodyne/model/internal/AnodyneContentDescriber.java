/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.anodyne.model.resource.DesignResources;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognises Anodyne designs by the namespace near the top of the file. It scans text instead of
 * running an XML parser, so sniffing a hostile file can never resolve an entity; a file without the
 * namespace is indeterminate (not invalid) so the editor still opens it and reports what is wrong.
 */
public final class AnodyneContentDescriber implements ITextContentDescriber {

	private static final int SCAN_LIMIT = 4096;

	@Override
	public int describe(InputStream contents, IContentDescription description) throws IOException {
		byte[] head = contents.readNBytes(SCAN_LIMIT);
		return classify(new String(head, StandardCharsets.UTF_8));
	}

	@Override
	public int describe(Reader contents, IContentDescription description) throws IOException {
		char[] buffer = new char[SCAN_LIMIT];
		int read = 0;
		while (read < buffer.length) {
			int n = contents.read(buffer, read, buffer.length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		return classify(new String(buffer, 0, read));
	}

	/** VALID when the head of a file carries an Anodyne namespace, INDETERMINATE otherwise. */
	public static int classify(String head) {
		return head.contains(DesignResources.NAMESPACE_PREFIX) ? VALID : INDETERMINATE;
	}

	@Override
	public QualifiedName[] getSupportedOptions() {
		return new QualifiedName[0];
	}
}
