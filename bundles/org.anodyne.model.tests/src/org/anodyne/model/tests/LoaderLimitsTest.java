/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anodyne.model.resource.DesignLimits;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's own limits and the reasons it gives for files it cannot read: each of these was
 * accepted, hung, ran out of memory or was reported as "file not found" before.
 */
class LoaderLimitsTest {

	@TempDir
	Path dir;

	private static String example() throws IOException {
		return Files.readString(Designs.examples().resolve(Designs.SYMMETRIC));
	}

	private static FileDiagnostic refused(Path file) {
		LoadResult result = DesignResources.load(file);
		assertNull(result.design(), result.diagnostics().toString());
		List<FileDiagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
				.toList();
		assertEquals(1, errors.size(), errors.toString());
		return errors.get(0);
	}

	@Test
	void deeplyNestedRepeatsStopAtTheDepthLimit() throws IOException {
		int depth = 20_000;
		String open = "<steps xsi:type=\"anodyne:RepeatStep\" count=\"2\">";
		String nested = open.repeat(depth) + "</steps>".repeat(depth);
		Path file = dir.resolve("deep.anodyne");
		Files.writeString(file, example().replaceFirst("(<protocols id=\"sym-0.25\"[^>]*>)", "$1" + nested));
		FileDiagnostic d = refused(file);
		assertTrue(d.message().startsWith("elements are nested more than " + DesignLimits.MAX_ELEMENT_DEPTH + " deep"),
				d.toString());
		assertTrue(d.line() > 0, d.toString());
	}

	@Test
	void aHugeAttributeAndTooManyAttributesAreRefused() throws IOException {
		Path huge = dir.resolve("huge.anodyne");
		Files.writeString(huge, example().replace("name=\"Symmetric Li-CC cells, inverted\"",
				"name=\"" + "x".repeat(DesignLimits.MAX_ATTRIBUTE_CHARS + 1) + "\""));
		assertTrue(refused(huge).message().contains("attribute 'name' of <anodyne:CellDesign> is 1048577 characters"),
				refused(huge).toString());

		StringBuilder many = new StringBuilder();
		for (int i = 0; i < DesignLimits.MAX_ATTRIBUTES + 1; i++) {
			many.append(" a").append(i).append("=\"1\"");
		}
		Path wide = dir.resolve("wide.anodyne");
		Files.writeString(wide, example().replaceFirst("<studies ", "<studies" + many + " "));
		assertTrue(refused(wide).message().contains("attributes; at most " + DesignLimits.MAX_ATTRIBUTES), refused(wide)
				.toString());
	}

	@Test
	void aFileAboveTheSizeLimitIsRefusedBeforeParsing() throws IOException {
		Path file = dir.resolve("design.anodyne");
		Files.writeString(file, example());
		System.setProperty(DesignLimits.FILE_BYTES_PROPERTY, "1000");
		try {
			String message = refused(file).message();
			assertTrue(message.startsWith("the file is " + Files.size(file) + " bytes, more than the 1000 bytes"),
					message);
		} finally {
			System.clearProperty(DesignLimits.FILE_BYTES_PROPERTY);
		}
		assertTrue(DesignResources.load(file).ok());
	}

	@Test
	void eachUnreadableFileGetsItsOwnReason() throws Exception {
		Path loop = dir.resolve("loop.anodyne");
		Files.createSymbolicLink(loop, dir.resolve("other.anodyne"));
		Files.createSymbolicLink(dir.resolve("other.anodyne"), loop);
		assertEquals("the file is a loop of symbolic links", refused(loop).message());

		Path dangling = dir.resolve("dangling.anodyne");
		Files.createSymbolicLink(dangling, dir.resolve("missing"));
		assertEquals("the file is a symbolic link to a file that does not exist", refused(dangling).message());

		Path folder = Files.createDirectory(dir.resolve("folder.anodyne"));
		assertEquals("this is a directory, not a design file", refused(folder).message());

		Path fifo = dir.resolve("fifo.anodyne");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
		// Opening a FIFO without a writer blocks forever: it must be refused without being opened.
		assertTrue(refused(fifo).message().startsWith("not a regular file"), refused(fifo).toString());
	}

	@Test
	void aReferenceToAnElementOfTheWrongTypeIsAnErrorAtLoad() throws IOException {
		String text = example();
		String study = "<studies id=\"deposition-inverted\" name=\"Plate 1 mAh/cm2 at 0.25 (inverted)\" kind=\"deposition2D\""
				+ " cell=\"li-cc-inverted\" protocol=\"plate-1-at-0.25\">";
		assertTrue(text.contains(study));
		Path file = dir.resolve("href.anodyne");
		Files.writeString(file, text.replace(study, study.replace(" cell=\"li-cc-inverted\"", "")
				+ "<cell href=\"#plate-1-at-0.25\"/>"));
		FileDiagnostic d = refused(file);
		assertEquals("reference 'cell' of Study names an element of type Protocol, not a Cell", d.message(),
				d.toString());
		assertTrue(d.line() > 0, d.toString());
	}

	@Test
	void anElementOfTheWrongTypeIsNamedByItsTypeNotItsJavaObject() throws IOException {
		Path file = dir.resolve("type.anodyne");
		Files.writeString(file, example().replaceFirst("<collector xsi:type=\"anodyne:CarbonCloth\"",
				"<collector xsi:type=\"anodyne:Separator\""));
		List<FileDiagnostic> found = DesignResources.load(file).diagnostics();
		assertTrue(found.stream().noneMatch(d -> d.message().contains("Impl@")), found.toString());
		assertTrue(found.stream().anyMatch(d -> d.message().contains("an element of type Separator is not valid for"
				+ " 'collector'")), found.toString());
	}

	@Test
	void anUnsupportedEncodingIsNamedAsOne() throws IOException {
		Path file = dir.resolve("utf7.anodyne");
		Files.writeString(file, example().replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-7\""));
		List<FileDiagnostic> errors = DesignResources.load(file).diagnostics();
		assertTrue(errors.stream().anyMatch(d -> d.message().contains("character encoding 'UTF-7'")),
				errors.toString());
	}
}
