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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CapacityStop;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.ConditionedStep;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.Orientation;
import org.anodyne.model.Protocol;
import org.anodyne.model.RepeatStep;
import org.anodyne.model.edit.AnodyneEditing;
import org.anodyne.model.edit.DesignLabels;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.anodyne.model.provider.AnodyneEditPlugin;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EditLabelsTest {

	private final AnodyneEditing.DesignAdapterFactory factory = AnodyneEditing.createAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	private String text(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
		assertNotNull(labels, "a label provider for " + object);
		return labels.getText(object);
	}

	@Test
	void labelsReadAtAGlanceWithUnits() {
		CellDesign design = Designs.valid();
		Cell cell = design.getCells().get(0);
		assertEquals("Carbon cloth · 350 µm · ε 0.75 · fibre Ø 9 µm", text(cell.getAnode().getCollector()));
		assertEquals("Li anode · inverted · 6 mAh cm⁻² pre-deposited", text(cell.getAnode()));
		assertEquals("Li counter anode · inverted · 6 mAh cm⁻² pre-deposited", text(cell.getCounterAnode()));
		assertEquals("Li-CC inverted · symmetric · CR2025 · inverted", text(cell));
		assertEquals("Celgard 2500 · 25 µm · ε 0.55", text(design.getLibrary().getSeparators().get(0)));
		assertEquals("Ether 1 M LiTFSI · 1 M LiTFSI · DOL/DME 1:1 · + 2 wt% LiNO3",
				text(design.getLibrary().getElectrolytes().get(0)));
		assertEquals("Plate at 0.25 mA/cm2 for 1 mAh/cm2", text(design.getProtocols().get(0).getSteps().get(0)));
		assertEquals("Repeat 1000 times:", text(design.getProtocols().get(1).getSteps().get(0)));
		assertEquals("Retention 0.937 at cycle 300", text(design.getStudies().get(4).getMeasuredPoints().get(0)));
		assertEquals("Plate 1 mAh/cm2 at 0.25 (inverted) · 2D deposition · Li-CC inverted",
				text(design.getStudies().get(0)));
		assertEquals("Solver · grid 2 µm · Δt ≤ 60 s · width 100 µm", text(design.getStudies().get(0).getSolver()));
	}

	/** The elements whose labels the factory tells viewers to update while {@code change} runs. */
	private List<Object> labelUpdates(Runnable change) {
		List<Object> updated = new ArrayList<>();
		INotifyChangedListener viewer = n -> {
			if (n instanceof IViewerNotification v && v.isLabelUpdate()) {
				updated.add(v.getElement());
			}
		};
		factory.addListener(viewer);
		try {
			change.run();
		} finally {
			factory.removeListener(viewer);
		}
		return updated;
	}

	@Test
	void aChangeInsideAnElementUpdatesTheLabelOfTheElementThatShowsIt() {
		CellDesign design = Designs.valid();
		Cell cell = design.getCells().get(0);
		Anode anode = cell.getAnode();
		// A viewer adapts every element it shows.
		text(cell);
		text(anode);
		assertEquals(List.of(anode, cell), labelUpdates(() -> anode.setOrientation(Orientation.UPRIGHT)));
		assertEquals("Li-CC inverted · symmetric · CR2025 · upright", text(cell));

		ConditionedStep plate = (ConditionedStep) design.getProtocols().get(0).getSteps().get(0);
		CapacityStop stop = (CapacityStop) plate.getStop();
		text(plate);
		text(stop);
		assertTrue(labelUpdates(() -> stop.setCapacity(2.0)).contains(plate));
		assertEquals("Plate at 0.25 mA/cm2 for 2 mAh/cm2", text(plate));

		Protocol protocol = design.getProtocols().get(0);
		text(protocol);
		assertTrue(labelUpdates(() -> protocol.getSteps().add(AnodyneFactory.eINSTANCE.createRestStep()))
				.contains(protocol), "the protocol's label counts its steps");
		assertEquals("Plate 1 mAh/cm2 at 0.25 mA/cm2 · 2 steps", text(protocol));
	}

	@Test
	void propertyNamesCarryTheirUnit() {
		CurrentCollector collector = Designs.valid().getCells().get(0).getAnode().getCollector();
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(collector, IItemPropertySource.class);
		List<String> names = properties.getPropertyDescriptors(collector).stream()
				.map(d -> d.getDisplayName(collector)).toList();
		assertTrue(names.contains("Thickness (µm)"), names.toString());
		assertTrue(names.contains("Areal Mass (mg cm⁻²)"), names.toString());
		assertTrue(names.contains("Substrate"), names.toString());
		IItemPropertyDescriptor thickness = properties.getPropertyDescriptors(collector).stream()
				.filter(d -> d.getFeature(collector) == AnodynePackage.Literals.CURRENT_COLLECTOR__THICKNESS)
				.findFirst()
				.orElseThrow();
		thickness.setPropertyValue(collector, 300.0);
		assertEquals(300.0, collector.getThickness(), 0);
	}

	@Test
	void theTreeShowsCellsProtocolsAndStudiesUnderTheDesign() {
		CellDesign design = Designs.valid();
		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(design,
				ITreeItemContentProvider.class);
		Collection<?> children = tree.getChildren(design);
		assertTrue(children.containsAll(design.getCells()) && children.containsAll(design.getStudies())
				&& children.containsAll(design.getProtocols()) && children.contains(design.getLibrary()),
				children.toString());
		RepeatStep repeat = (RepeatStep) design.getProtocols().get(1).getSteps().get(0);
		ITreeItemContentProvider stepTree = (ITreeItemContentProvider) factory.adapt(repeat,
				ITreeItemContentProvider.class);
		assertEquals(repeat.getSteps(), List.copyOf(stepTree.getChildren(repeat)));
		assertEquals(design.getProtocols().get(1), stepTree.getParent(repeat));
	}

	@Test
	void editsGoThroughCommandsOnTheEditingDomain() {
		CellDesign design = Designs.valid();
		Cell cell = design.getCells().get(0);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		Command rename = SetCommand.create(domain, cell, AnodynePackage.Literals.NAMED_ELEMENT__NAME, "Renamed");
		assertTrue(rename.canExecute());
		domain.getCommandStack().execute(rename);
		assertEquals("Renamed", cell.getName());
		domain.getCommandStack().undo();
		assertEquals("Li-CC inverted", cell.getName());
		Collection<?> newChildren = domain.getNewChildDescriptors(cell.getAnode(), null);
		assertTrue(newChildren.size() >= 4, "the four collector kinds can be created: " + newChildren.size());
	}

	@Test
	void aThirdPartyCollectorIsOfferedAsANewChildThroughAChildCreationExtender() {
		// What a third party's edit bundle declares with org.eclipse.emf.edit.childCreationExtenders.
		IChildCreationExtender.Descriptor extender = () -> new IChildCreationExtender() {
			@Override
			public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain) {
				return object instanceof Anode
						? List.of(new CommandParameter(null, AnodynePackage.Literals.ANODE__COLLECTOR,
								WireMesh.of(100, 0.6)))
						: List.of();
			}

			@Override
			public ResourceLocator getResourceLocator() {
				return AnodyneEditPlugin.INSTANCE;
			}
		};
		@SuppressWarnings("unchecked")
		Map<String, Collection<IChildCreationExtender.Descriptor>> registry = (Map<String, Collection<IChildCreationExtender.Descriptor>>) IChildCreationExtender.Descriptor.Registry.INSTANCE;
		Collection<IChildCreationExtender.Descriptor> before = registry.get(AnodynePackage.eNS_URI);
		List<IChildCreationExtender.Descriptor> extended = new ArrayList<>(
				IChildCreationExtender.Descriptor.Registry.INSTANCE.getDescriptors(AnodynePackage.eNS_URI));
		extended.add(extender);
		registry.put(AnodynePackage.eNS_URI, extended);
		AnodyneEditing.DesignAdapterFactory fresh = AnodyneEditing.createAdapterFactory();
		try {
			Anode anode = Designs.valid().getCells().get(0).getAnode();
			// EMF offers a new child for a single-valued containment only while it is empty.
			anode.setCollector(null);
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(fresh, new BasicCommandStack());
			Collection<?> children = domain.getNewChildDescriptors(anode, null);
			CommandParameter mesh = children.stream().map(CommandParameter.class::cast)
					.filter(c -> c.getValue() instanceof WireMesh).findFirst().orElseThrow();
			Command create = CreateChildCommand.create(domain, anode, mesh, List.of(anode));
			assertTrue(create.canExecute(), () -> "cannot create " + mesh + " with " + create);
			domain.getCommandStack().execute(create);
			assertTrue(anode.getCollector() instanceof WireMesh);
			assertEquals(List.of(), org.anodyne.model.validation.DesignValidation.validate(
					(org.anodyne.model.CellDesign) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(anode),
					TestMetals.registry()), "the third-party host validates clean");
		} finally {
			fresh.dispose();
			if (before == null) {
				registry.remove(AnodynePackage.eNS_URI);
			} else {
				registry.put(AnodynePackage.eNS_URI, before);
			}
		}
	}

	@Test
	void aThirdPartyCollectorGetsTheSameKindOfLabel() {
		WireMesh mesh = WireMesh.of(100, 0.6);
		Designs.valid().getCells().get(0).getAnode().setCollector(mesh);
		assertEquals("Wire mesh · 100 µm · ε 0.6", DesignLabels.text(mesh));
		assertEquals("Wire mesh · 100 µm · ε 0.6", text(mesh));
		assertEquals("Wire Diameter (µm)", AnodyneEditing.withUnit("Wire Diameter", WireMesh.WIRE_DIAMETER));
	}
}
