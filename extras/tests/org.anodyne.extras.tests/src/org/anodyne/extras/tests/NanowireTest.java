package org.anodyne.extras.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.anodyne.collector.nanowire.MetalNanowireArray;
import org.anodyne.collector.nanowire.NanowireFactory;
import org.anodyne.collector.nanowire.NanowirePackage;
import org.anodyne.collector.nanowire.geometry.NanowireGeometry;
import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.edit.AnodyneEditing;
import org.anodyne.model.edit.CollectorTypes;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.study.geometry.AnodeOrientation;
import org.anodyne.study.geometry.CollectorGeometries;
import org.anodyne.study.geometry.GeometryContext;
import org.anodyne.study.geometry.HostStructure;
import org.anodyne.study.geometry.PolygonSolid;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nanowire collector plug-in as Anodyne's published API sees it: its constraints come through EMF's
 * validator registry into Anodyne's validation with messages naming element and values, its generator
 * comes through the extension point and lays wires out as rectangles on a base, and a saved design
 * records the plug-in it needs.
 */
class NanowireTest {

	@TempDir
	Path work;

	private static MetalNanowireArray array(double diameter, double spacing, double height, double base, double thickness) {
		MetalNanowireArray array = NanowireFactory.eINSTANCE.createMetalNanowireArray();
		array.setWireDiameter(diameter);
		array.setWireSpacing(spacing);
		array.setWireHeight(height);
		array.setBaseThickness(base);
		array.setThickness(thickness);
		array.setSubstrate("copper");
		array.setPorosity(1.0 - Math.PI * diameter * diameter / (4.0 * spacing * spacing));
		return array;
	}

	private static CellDesign design(MetalNanowireArray array) {
		CellDesign design = AnodyneFactory.eINSTANCE.createCellDesign();
		design.setId("d");
		design.setName("D");
		Cell cell = AnodyneFactory.eINSTANCE.createCell();
		cell.setId("c");
		cell.setName("C");
		Anode anode = AnodyneFactory.eINSTANCE.createAnode();
		anode.setMetal("li");
		anode.setCollector(array);
		cell.setAnode(anode);
		design.getCells().add(cell);
		return design;
	}

	private static List<String> findings(MetalNanowireArray array, String code) {
		List<DesignDiagnostic> all = DesignValidation.validate(design(array));
		return all.stream().filter(d -> d.code().equals(code)).map(DesignDiagnostic::message).toList();
	}

	@Test
	void constraintsNameTheElementAndTheValues() {
		assertEquals(List.of(), findings(array(1, 4, 20, 5, 30), "nanowire-spacing"));
		List<String> touching = findings(array(2, 1.5, 20, 5, 30), "nanowire-spacing");
		assertEquals(1, touching.size(), touching.toString());
		assertTrue(touching.get(0).contains("wire spacing 1.5 µm must exceed the wire diameter 2 µm"), touching.get(0));
		assertTrue(touching.get(0).startsWith("metal nanowire array of cell 'C' at /cells[C]/anode/collector: "),
				"names the element: " + touching.get(0));

		List<String> tall = findings(array(1, 4, 30, 5, 30), "nanowire-height");
		assertEquals(1, tall.size(), tall.toString());
		assertTrue(tall.get(0).contains("base thickness 5 µm + wire height 30 µm exceed the host thickness 30 µm"), tall.get(0));

		List<String> zero = findings(array(0, 4, 20, 5, 30), "nanowire-dimension");
		assertTrue(zero.stream().anyMatch(m -> m.contains("wireDiameter must be positive, got 0 µm")), zero.toString());

		MetalNanowireArray porosity = array(1, 4, 20, 5, 30);
		porosity.setPorosity(0.7);
		List<String> warned = findings(porosity, "nanowire-porosity");
		assertEquals(1, warned.size(), warned.toString());
		assertTrue(warned.get(0).contains("porosity 0.7 differs from the wire layer's 0.951"), warned.get(0));
	}

	@Test
	void wiresAreRectanglesOnABase() {
		MetalNanowireArray array = array(1, 4, 20, 5, 30);
		assertInstanceOf(NanowireGeometry.class, CollectorGeometries.getDefault().generatorFor(array));
		HostStructure host = CollectorGeometries.getDefault().generatorFor(array)
				.generate(array, new GeometryContext(12e-6, 0.5e-6, AnodeOrientation.INVERTED, 9.7e-6, 4.85e-6, null));
		assertEquals(30e-6, host.hostThickness(), 1e-12);
		assertEquals(1, host.planarSolids().size());
		assertEquals(5e-6, host.planarSolids().get(0).top(), 1e-12);
		assertEquals(3, host.polygons().size(), "12 µm / 4 µm spacing");
		for (PolygonSolid wire : host.polygons()) {
			assertEquals(1e-6 * 20e-6, wire.area(), 1e-18);
			assertEquals(25e-6, wire.top(), 1e-12);
			assertEquals("copper", wire.substrate());
		}
		assertEquals(1.0 - Math.PI / 64.0, host.porosity(), 1e-12);
	}

	/**
	 * What the Properties view and New Child show, from Anodyne's adapter factory: the plug-in's item
	 * providers with labels, units and documentation, and the type under an anode.
	 */
	@Test
	void propertiesAndNewChildComeFromTheEditLayer() {
		MetalNanowireArray array = array(1, 4, 20, 5, 30);
		AnodyneEditing.DesignAdapterFactory factory = AnodyneEditing.createAdapterFactory();
		try {
			IItemPropertySource properties = (IItemPropertySource) factory.adapt(array, IItemPropertySource.class);
			List<String> names = properties.getPropertyDescriptors(array).stream().map(d -> d.getDisplayName(array)).toList();
			assertTrue(names.containsAll(List.of("Wire Diameter (µm)", "Wire Spacing (µm)", "Wire Height (µm)",
					"Base Foil Thickness (µm)", "Wire Material", "Thickness (µm)", "Substrate")), names.toString());
			String description = properties.getPropertyDescriptor(array, "wireDiameter").getDescription(array);
			assertTrue(description.contains("Unit: um. Default: 1 um") && description.contains("Typical: 0.05-2 um"), description);
		} finally {
			factory.dispose();
		}
		assertTrue(CollectorTypes.offered().stream().anyMatch(t -> t.eClass() == NanowirePackage.Literals.METAL_NANOWIRE_ARRAY
				&& t.label().endsWith("Metal Nanowire Array")), CollectorTypes.offered().toString());
	}

	@Test
	void aSavedDesignRecordsThePluginItNeeds() throws Exception {
		Path file = work.resolve("wires.anodyne");
		DesignResources.save(design(array(1, 4, 20, 5, 30)), file);
		String text = Files.readString(file);
		assertTrue(text.contains("xsi:schemaLocation=\"http://anodyne.org/collector/nanowire/1.0"
				+ " platform:/plugin/org.anodyne.collector.nanowire/\""), text);
		assertTrue(!text.contains("platform:/plugin/org.anodyne.model"), "Anodyne's own package needs no record: " + text);
		LoadResult loaded = DesignResources.load(file);
		assertEquals(List.of(), loaded.diagnostics());
		assertInstanceOf(MetalNanowireArray.class, loaded.design().getCells().get(0).getAnode().getCollector());
	}
}
