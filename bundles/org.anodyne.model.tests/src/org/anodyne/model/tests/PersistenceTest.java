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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CellDesign;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.internal.AnodyneContentDescriber;
import org.anodyne.model.resource.AnodyneResource;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.FileDiagnostic;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

	@TempDir
	Path dir;

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static FileDiagnostic onlyError(LoadResult result) {
		assertNull(result.design(), "a broken file yields no design");
		assertFalse(result.ok());
		List<FileDiagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
				.toList();
		assertFalse(errors.isEmpty(), "an error is reported");
		return errors.get(0);
	}

	@Test
	void aDesignSurvivesSaveAndLoad() throws IOException {
		CellDesign design = Designs.valid();
		Path file = dir.resolve("design.anodyne");
		DesignResources.save(design, file);
		String xml = Files.readString(file);
		assertTrue(xml.contains("xmlns:anodyne=\"" + DesignResources.NAMESPACE + "\""),
				"the format version is written");
		assertTrue(xml.contains("electrolyte=\"ether-litfsi\""), "references are by id: " + xml);

		LoadResult result = DesignResources.load(file);
		assertTrue(result.ok(), result.diagnostics().toString());
		assertTrue(EcoreUtil.equals(design, result.design()), "what was saved is what is loaded");
		assertEquals(List.of(), DesignValidation.validate(result.design(), TestMetals.registry()));
	}

	@Test
	void aCounterElectrodePotentialIsSavedOnlyWhenSet() throws IOException {
		CellDesign design = Designs.valid();
		Path unset = dir.resolve("unset.anodyne");
		DesignResources.save(design, unset);
		assertFalse(Files.readString(unset).contains("counterElectrodePotential"), "unset is not written");
		assertFalse(
				DesignResources.load(unset).design().getStudies().get(0).getSolver().isSetCounterElectrodePotential());

		design.getStudies().get(0).getSolver().setCounterElectrodePotential(0.0);
		Path set = dir.resolve("set.anodyne");
		DesignResources.save(design, set);
		assertTrue(Files.readString(set).contains("counterElectrodePotential=\"0.0\""), Files.readString(set));
		SolverSettings loaded = DesignResources.load(set).design().getStudies().get(0).getSolver();
		assertTrue(loaded.isSetCounterElectrodePotential(), "0 mV is a value, not the default");
		assertEquals(0.0, loaded.getCounterElectrodePotential(), 0.0);
	}

	@Test
	void validationNamesTheLineOfTheElementInTheFile() throws IOException {
		CellDesign design = Designs.valid();
		design.getCells().get(0).getAnode().getCollector().setPorosity(1.5);
		Path file = dir.resolve("bad.anodyne");
		DesignResources.save(design, file);
		LoadResult result = DesignResources.load(file);
		DesignDiagnostic d = DesignValidation.validate(result.design(), TestMetals.registry()).get(0);
		List<String> lines = Files.readAllLines(file);
		assertTrue(d.line() > 0, "a line is known");
		assertTrue(
				lines.get(d.line() - 1).contains("porosity=\"1.5\"") || lines.get(d.line() - 2).contains("CarbonCloth"),
				"line " + d.line() + " is the collector: " + lines.get(d.line() - 1));
		assertTrue(
				d.format(file.toString())
						.startsWith(file + ":" + d.line() + ": /cells[Li-CC inverted]/anode/collector: error:"),
				d.format(file.toString()));
	}

	@Test
	void aFormat10FileLoadsWithoutTheLifeParametersThatWereReplacedAndSavesAs11() throws IOException {
		Path file = write("format-1.0.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <studies id="s" name="S">
						    <lifeModel seiLossCoefficient="0.004" deadMetalFraction="0.4" inactiveLayerPorosity="0.6"
						        separatorPenetrationTolerance="40.0" cathodeFadeRate="0.03"/>
						  </studies>
						</anodyne:CellDesign>
						""");
		LoadResult loaded = DesignResources.load(file);
		List<FileDiagnostic> warnings = loaded.diagnostics();
		assertTrue(loaded.ok(), warnings.toString());
		assertEquals(4, warnings.size(), warnings.toString());
		assertTrue(warnings.stream().allMatch(w -> w.severity() == Severity.WARNING && w.line() == 5),
				warnings.toString());
		assertTrue(
				warnings.stream().anyMatch(w -> w.message().startsWith("'deadMetalFraction' of format 1.0 is no longer"
						+ " part of the model and was dropped: dead metal now follows")
						&& w.message().contains("isolationProbability")),
				warnings.toString());
		assertEquals(0.6, loaded.design().getStudies().get(0).getLifeModel().getInactiveLayerPorosity(), 0.0,
				"what still exists is kept");
		DesignResources.save(loaded.design(), file);
		String xml = Files.readString(file);
		assertTrue(xml.contains(DesignResources.NAMESPACE) && !xml.contains("seiLossCoefficient"), xml);
		assertTrue(DesignResources.load(file).diagnostics().isEmpty(), "the migrated file loads cleanly");
	}

	@Test
	void malformedXmlGivesFileAndLineNotAStackTrace() throws IOException {
		Path file = write("truncated.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <cells id="a" name="A">
						    <anode metal="li"
						""");
		FileDiagnostic e = onlyError(DesignResources.load(file));
		assertEquals(file.toString(), e.file());
		assertTrue(e.line() >= 4, e.toString());
		assertTrue(e.message().startsWith("not well-formed XML"), e.toString());
		assertTrue(e.toString().startsWith(file + ":" + e.line()), e.toString());
	}

	@Test
	void everyProblemOfABrokenFileIsReportedOnceAsASentence() throws IOException {
		String design = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<anodyne:CellDesign xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:anodyne=\"http://anodyne.org/model/1.0\">\n";
		List<String> broken = List.of(design + "  <cells id=\"a\" name=\"A\">\n    <anode metal=\"li\"\n",
				"", "not XML at all", "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>\n",
				design + "  <cells id=\"a\" name=\"A\"></library>\n</anodyne:CellDesign>\n");
		for (int i = 0; i < broken.size(); i++) {
			Path file = write("broken-" + i + ".anodyne", broken.get(i));
			List<FileDiagnostic> found = DesignResources.load(file).diagnostics();
			assertEquals(1, found.size(), file.getFileName() + ": " + found);
			String message = found.get(0).message();
			assertFalse(message.contains("Exception") || message.contains("publicId") || message.contains("systemId"),
					message);
			assertTrue(message.startsWith("not well-formed XML: ") || message.startsWith("DOCTYPE declarations"),
					message);
		}

		Path other = write("other.anodyne", "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>\n");
		List<FileDiagnostic> found = DesignResources.load(other).diagnostics();
		assertEquals(1, found.size(), found.toString());
		assertEquals("the element has no XML namespace, so this is not an Anodyne design; a design starts with"
				+ " <anodyne:CellDesign xmlns:anodyne=\"" + DesignResources.NAMESPACE + "\">", found.get(0).message());
		assertEquals(2, found.get(0).line());

		Path foreign = write("foreign.anodyne", "<?xml version=\"1.0\"?>\n"
				+ "<x:CellDesign xmlns:x=\"http://example.org/cells\"/>\n");
		found = DesignResources.load(foreign).diagnostics();
		assertEquals(1, found.size(), "the unknown namespace, not also its unknown type: " + found);
		assertTrue(found.get(0).message().contains("unknown namespace 'http://example.org/cells'"), found.toString());
	}

	/**
	 * A design whose collector type comes from a plug-in that is not installed: the file's record of the
	 * contributing bundle (xsi:schemaLocation, written on save) lets the message name the plug-in; the
	 * location is never fetched; a file without the record gets the plain unknown-namespace message.
	 */
	@Test
	void aMissingPluginIsNamedWhenTheFileRecordsIt() throws IOException {
		String cell = "<cells id=\"c\" name=\"C\"><anode metal=\"li\">"
				+ "<collector xsi:type=\"wires:Wires\" thickness=\"30.0\"/></anode></cells>";
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<anodyne:CellDesign xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xmlns:anodyne=\"" + DesignResources.NAMESPACE + "\" xmlns:wires=\"http://example.org/wires/1.0\"";
		Path recorded = write("recorded.anodyne", head
				+ " xsi:schemaLocation=\"http://example.org/wires/1.0 platform:/plugin/org.example.wires/\" id=\"d\">\n"
				+ cell + "\n</anodyne:CellDesign>\n");
		List<FileDiagnostic> found = DesignResources.load(recorded).diagnostics();
		assertEquals(1, found.size(), found.toString());
		assertEquals("unknown collector type 'wires:Wires': it needs plug-in org.example.wires (not installed), which"
				+ " defines http://example.org/wires/1.0", found.get(0).message());
		assertEquals(Severity.ERROR, found.get(0).severity());
		assertEquals("/cells[C]/anode/collector", found.get(0).element(), "the element that needs the plug-in");

		Path plain = write("plain.anodyne", head + " id=\"d\">\n" + cell + "\n</anodyne:CellDesign>\n");
		found = DesignResources.load(plain).diagnostics();
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).message().contains("unknown namespace 'http://example.org/wires/1.0'"),
				found.toString());
	}

	/**
	 * Metals are registry ids, not namespaces: saving records the bundle contributing each metal id the
	 * design uses in the same xsi:schemaLocation attribute, so a design whose metal plug-in is missing is
	 * refused naming the plug-in; the record survives a save without the plug-in, and a file without it
	 * gets the message it always got.
	 */
	@Test
	void aMissingMetalPluginIsNamedWhenTheFileRecordsIt() throws IOException {
		Path saved = dir.resolve("saved.anodyne");
		DesignResources.save(Designs.valid(), saved);
		assertTrue(Files.readString(saved).contains(
				"xsi:schemaLocation=\"urn:anodyne:metal:li platform:/plugin/org.anodyne.metal.lithium/\""),
				"the lithium plug-in is recorded: " + Files.readString(saved));
		assertTrue(DesignResources.load(saved).ok(), "a file with the record reads as before");

		Path sodium = write("sodium.anodyne",
				Files.readString(saved).replace("metal=\"li\"", "metal=\"na\"")
						.replace("cation=\"li\"", "cation=\"na\"")
						.replace("urn:anodyne:metal:li platform:/plugin/org.anodyne.metal.lithium/",
								"urn:anodyne:metal:na platform:/plugin/org.example.sodium/"));
		LoadResult loaded = DesignResources.load(sodium);
		assertTrue(loaded.ok(), loaded.diagnostics().toString());
		List<String> errors = DesignValidation.validate(loaded.design()).stream()
				.filter(d -> d.code().equals("unknown-metal")).map(DesignDiagnostic::message).toList();
		assertFalse(errors.isEmpty(), "the anodes and salts name the metal");
		assertTrue(errors.stream().allMatch(
				e -> e.endsWith(": unknown metal 'na': it needs plug-in org.example.sodium (not installed)")),
				errors.toString());

		Path resaved = dir.resolve("resaved.anodyne");
		DesignResources.save(loaded.design(), resaved);
		assertTrue(Files.readString(resaved).contains("urn:anodyne:metal:na platform:/plugin/org.example.sodium/"),
				"a save without the plug-in keeps the record: " + Files.readString(resaved));

		Path older = write("older.anodyne", Files.readString(sodium)
				.replace(" xsi:schemaLocation=\"urn:anodyne:metal:na platform:/plugin/org.example.sodium/\"", ""));
		List<String> plain = DesignValidation.validate(DesignResources.load(older).design()).stream()
				.filter(d -> d.code().equals("unknown-metal")).map(DesignDiagnostic::message).toList();
		assertFalse(plain.isEmpty());
		assertTrue(plain.stream().allMatch(e -> e.contains(": unknown metal 'na'; known metals: [li")),
				plain.toString());
	}

	@Test
	void externalEntitiesAndDtdsAreNeverResolved() throws IOException {
		Path secret = write("secret.txt", "TOPSECRET-42");
		Path file = write("hostile.anodyne", "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE anodyne:CellDesign [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ "<anodyne:CellDesign xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:anodyne=\"http://anodyne.org/model/1.0\" name=\"&leak;\"/>\n");
		LoadResult result = DesignResources.load(file);
		FileDiagnostic e = onlyError(result);
		assertEquals(2, e.line(), e.toString());
		assertTrue(e.message().contains("DOCTYPE declarations are not allowed"), e.toString());
		assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("TOPSECRET")));
		assertTrue(result.resource().getContents().isEmpty(), "nothing of the file is read");

		Path external = write("external-dtd.anodyne", "<?xml version=\"1.0\"?>\n"
				+ "<!DOCTYPE x SYSTEM \"" + secret.toUri() + "\">\n<x/>\n");
		assertTrue(onlyError(DesignResources.load(external)).message().contains("DOCTYPE"));
	}

	@Test
	void aReferenceToAnotherFileIsNotFollowed() throws IOException {
		Path other = dir.resolve("other.anodyne");
		DesignResources.save(Designs.valid(), other);
		Path file = write("pointing.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <cells id="c" name="C">
						    <electrolyte href="other.anodyne#ether"/>
						  </cells>
						</anodyne:CellDesign>
						""");
		LoadResult result = DesignResources.load(file);
		assertNotNull(result.design(), result.diagnostics().toString());
		List<DesignDiagnostic> found = DesignValidation.validate(result.design(), TestMetals.registry());
		assertTrue(
				found.stream().anyMatch(
						d -> d.code().equals("unresolved-reference") && d.message().contains("other.anodyne")),
				found.toString());
		assertTrue(result.resource().getResourceSet().getResources().stream().filter(r -> r != result.resource())
				.allMatch(r -> r.getContents().isEmpty()), "nothing of the other file was read");
		assertTrue(result.design().getCells().get(0).getElectrolyte().eIsProxy());
	}

	@Test
	void unknownContentIsReportedWithItsLine() throws IOException {
		Path file = write("unknown.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <cells id="c" name="C" flavour="strawberry"/>
						</anodyne:CellDesign>
						""");
		FileDiagnostic e = onlyError(DesignResources.load(file));
		assertEquals(3, e.line(), e.toString());
		assertTrue(e.message().contains("unknown element or attribute 'flavour'"), e.toString());

		Path retired = write("retired.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <studies id="s" name="S">
						    <lifeModel inactiveLayerResistivity="400.0"/>
						  </studies>
						</anodyne:CellDesign>
						""");
		FileDiagnostic old = onlyError(DesignResources.load(retired));
		assertEquals(4, old.line(), old.toString());
		assertTrue(old.message().contains("'inactiveLayerResistivity'; it was replaced by inactiveLayerTortuosity"),
				old.toString());

		Path badValue = write("badvalue.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">

						  <cells id="c" name="C" electrodeArea="large"/>
						</anodyne:CellDesign>
						""");
		FileDiagnostic v = onlyError(DesignResources.load(badValue));
		assertEquals(4, v.line(), v.toString());
		assertTrue(v.message().contains("'large'") && v.message().contains("electrodeArea"), v.toString());

		Path missingRef = write("missingref.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0">
						  <cells id="c" name="C" separator="no-such-separator"/>
						</anodyne:CellDesign>
						""");
		FileDiagnostic r = onlyError(DesignResources.load(missingRef));
		assertTrue(r.message().contains("'no-such-separator'"), r.toString());
	}

	@Test
	void aFileFromANewerFormatSaysSo() throws IOException {
		Path file = write("future.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/2.0"/>
						""");
		FileDiagnostic e = onlyError(DesignResources.load(file));
		assertTrue(
				e.message().contains("format '2.0' is not supported")
						&& e.message().contains("reads format " + DesignResources.FORMAT_VERSION),
				e.toString());
		assertEquals(2, e.line(), e.toString());
	}

	@Test
	void missingAndEmptyFilesAreDiagnosed() throws IOException {
		FileDiagnostic missing = onlyError(DesignResources.load(dir.resolve("nothing-here.anodyne")));
		assertTrue(missing.message().contains("not found") || missing.message().contains("nothing-here"),
				missing.toString());
		FileDiagnostic empty = onlyError(DesignResources.load(write("empty.anodyne", "")));
		assertEquals(dir.resolve("empty.anodyne").toString(), empty.file());
		FileDiagnostic wrongRoot = onlyError(DesignResources.load(write("ecore.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:Cell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0"/>
						""")));
		assertTrue(wrongRoot.message().contains("not a CellDesign"), wrongRoot.toString());
	}

	@Test
	void aFailedSaveLeavesTheOldFileIntact() throws IOException {
		CellDesign design = Designs.valid();
		Path file = dir.resolve("keep.anodyne");
		DesignResources.save(design, file);
		byte[] before = Files.readAllBytes(file);

		// A reference to an element in no file cannot be written: the save fails half-way through.
		design.getCells().get(0).setElectrolyte(AnodyneFactory.eINSTANCE.createElectrolyte());
		design.setName("changed");
		IOException failure = assertThrows(IOException.class, () -> DesignResources.saveAtomically(design.eResource()));
		assertTrue(
				failure.getMessage().contains(file.toString())
						&& failure.getMessage().contains("previous file is unchanged"),
				failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the old file is untouched");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void aSuccessfulSaveReplacesTheFileAndClearsTheDirtyFlag() throws IOException {
		CellDesign design = Designs.valid();
		Path file = dir.resolve("replace.anodyne");
		DesignResources.save(design, file);
		design.setName("Renamed design");
		AnodyneResource resource = (AnodyneResource) design.eResource();
		resource.setModified(true);
		DesignResources.saveAtomically(resource);
		assertFalse(resource.isModified());
		assertEquals("Renamed design", DesignResources.load(file).design().getName());
	}

	@Test
	void theContentDescriberRecognisesDesignsWithoutParsingXml() {
		assertEquals(IContentDescriber.VALID,
				AnodyneContentDescriber
						.classify("<anodyne:CellDesign xmlns:anodyne=\"http://anodyne.org/model/1.0\"/>"));
		assertEquals(IContentDescriber.INDETERMINATE,
				AnodyneContentDescriber.classify("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>"));
	}
}
