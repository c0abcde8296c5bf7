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
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;

/**
 * The palette: the selection tool, then tools that, clicked on an anode, give it another collector
 * type, another metal, or a lithiophilic layer (or take it away). Collector types are the model's
 * concrete collector classes and those contributed to the geometry extension point by plug-ins;
 * metals and substrates come from the metal registry.
 */
public final class DiagramPalette {

	private DiagramPalette() {
	}

	public static PaletteRoot create() {
		PaletteRoot root = new PaletteRoot();
		PaletteDrawer tools = new PaletteDrawer("Tools");
		SelectionToolEntry select = new SelectionToolEntry();
		tools.add(select);
		root.setDefaultEntry(select);
		root.add(tools);

		PaletteDrawer collectors = new PaletteDrawer("Collector type");
		for (EClass type : collectorTypes()) {
			String name = DesignLabels.words(type.getName());
			collectors.add(entry(name, "Click an anode to give it a " + name + " collector (shared dimensions are kept)",
					new PaletteChoice.CollectorType(type)));
		}
		root.add(collectors);

		MetalRegistry registry = MetalRegistry.getDefault();
		PaletteDrawer metals = new PaletteDrawer("Metal");
		for (MetalDefinition metal : registry.metals()) {
			metals.add(entry(metal.name(), "Click an anode to make its metal " + metal.name(),
					new PaletteChoice.Metal(metal.id())));
		}
		root.add(metals);

		PaletteDrawer layers = new PaletteDrawer("Lithiophilic layer");
		for (SubstrateDefinition substrate : registry.substrates()) {
			if (registry.metal(substrate.id()).isPresent()) {
				continue;
			}
			layers.add(entry(substrate.name() + " layer",
					"Click an anode to coat its pre-deposit face with " + substrate.name() + " ("
							+ (int) DiagramCommands.LAYER_THICKNESS_NM + " nm, as the paper's CuO; change it in Properties)",
					new PaletteChoice.AddLayer(substrate.id())));
		}
		layers.add(entry("Remove layer", "Click an anode to take its lithiophilic layer away", new PaletteChoice.RemoveLayer()));
		root.add(layers);
		return root;
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

	private static CombinedTemplateCreationEntry entry(String label, String description, PaletteChoice choice) {
		CreationFactory factory = new CreationFactory() {
			@Override
			public Object getNewObject() {
				return choice;
			}

			@Override
			public Object getObjectType() {
				return choice.getClass();
			}
		};
		return new CombinedTemplateCreationEntry(label, description, choice, factory, null, null);
	}
}
