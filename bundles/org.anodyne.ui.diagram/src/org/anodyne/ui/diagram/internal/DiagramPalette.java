/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.edit.DesignLabels;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.metals.SubstrateDefinition;
import org.anodyne.study.geometry.CollectorGeometries;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The palette: tools that, clicked on an anode, give it another collector type, another metal, or a
 * lithiophilic layer (or take it away). Collector types are the model's concrete collector classes
 * and those contributed to the geometry extension point by plug-ins; metals and substrates come from
 * the metal registry.
 * <p>
 * Each entry loads a GEF {@link CreationTool} into the diagram's edit domain. The palette itself is
 * SWT buttons rather than GEF 3.2's PaletteViewer, whose entries and viewer call
 * {@code org.eclipse.jface.util.Assert}, a class today's JFace no longer has.
 */
public final class DiagramPalette {

	/** One palette entry. */
	public record Entry(String label, String description, PaletteChoice choice) {
	}

	/** A titled group of entries. */
	public record Group(String title, List<Entry> entries) {
	}

	private DiagramPalette() {
	}

	/** The palette's groups, from the model and the registries of the running platform. */
	public static List<Group> groups() {
		List<Entry> collectors = new ArrayList<>();
		for (EClass type : collectorTypes()) {
			String name = DesignLabels.words(type.getName());
			collectors.add(
					new Entry(name, "Click an anode to give it a " + name + " collector (shared dimensions are kept)",
							new PaletteChoice.CollectorType(type)));
		}
		MetalRegistry registry = MetalRegistry.getDefault();
		List<Entry> metals = new ArrayList<>();
		for (MetalDefinition metal : registry.metals()) {
			metals.add(new Entry(metal.name(), "Click an anode to make its metal " + metal.name(),
					new PaletteChoice.Metal(metal.id())));
		}
		List<Entry> layers = new ArrayList<>();
		for (SubstrateDefinition substrate : registry.substrates()) {
			if (registry.metal(substrate.id()).isEmpty()) {
				layers.add(new Entry(substrate.name() + " layer", "Click an anode to coat its pre-deposit face with "
						+ substrate.name() + " (" + (int) DiagramCommands.LAYER_THICKNESS_NM
						+ " nm, as the paper's CuO; change it in Properties)",
						new PaletteChoice.AddLayer(substrate.id())));
			}
		}
		layers.add(new Entry("Remove layer", "Click an anode to take its lithiophilic layer away",
				new PaletteChoice.RemoveLayer()));
		return List.of(new Group("Collector type", collectors), new Group("Metal", metals),
				new Group("Lithiophilic layer", layers));
	}

	/** Builds the palette's controls; an entry's button loads its tool into the edit domain. */
	public static Control create(Composite parent, EditDomain domain) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		Composite body = new Composite(scroll, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Button select = new Button(body, SWT.PUSH);
		select.setText("Select");
		select.setToolTipText("Select, drag the metal to flip, drag a handle to change a thickness");
		select.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		select.addListener(SWT.Selection, e -> domain.loadDefaultTool());
		for (Group group : groups()) {
			Label title = new Label(body, SWT.NONE);
			title.setText(group.title());
			for (Entry entry : group.entries()) {
				Button button = new Button(body, SWT.PUSH);
				button.setText(entry.label());
				button.setToolTipText(entry.description());
				button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				button.addListener(SWT.Selection, e -> domain.setActiveTool(tool(entry.choice())));
			}
		}
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		Point size = body.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		body.setSize(size);
		scroll.setMinSize(size);
		return scroll;
	}

	/** The tool of an entry: one click on an anode applies the choice, then the selection tool is back. */
	public static CreationTool tool(PaletteChoice choice) {
		CreationTool tool = new CreationTool(new CreationFactory() {
			@Override
			public Object getNewObject() {
				return choice;
			}

			@Override
			public Object getObjectType() {
				return choice.getClass();
			}
		});
		tool.setUnloadWhenFinished(true);
		return tool;
	}

	/** Concrete collector classes: the model's own, then any contributed a geometry by a plug-in. */
	static List<EClass> collectorTypes() {
		Set<EClass> types = new LinkedHashSet<>();
		EClass base = AnodynePackage.Literals.CURRENT_COLLECTOR;
		for (EClassifier classifier : AnodynePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && base.isSuperTypeOf(c)) {
				types.add(c);
			}
		}
		for (String key : CollectorGeometries.getDefault().contributedKeys()) {
			int hash = key.lastIndexOf('#');
			EPackage owner = hash < 0 ? null : EPackage.Registry.INSTANCE.getEPackage(key.substring(0, hash));
			if (owner != null && owner.getEClassifier(key.substring(hash + 1)) instanceof EClass c && !c.isAbstract()
					&& base.isSuperTypeOf(c)) {
				types.add(c);
			}
		}
		return new ArrayList<>(types);
	}
}
