/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.model.edit.CollectorTypes;
import org.anodyne.model.edit.CollectorTypes.CollectorType;
import org.anodyne.model.metals.ElectrolytePreset;
import org.anodyne.model.metals.ElectrolytePresets;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.units.Units;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/** First page of the New Anodyne Design wizard: which cell to start from, and the grid of its studies. */
public final class DesignTemplatePage extends WizardPage {

	/** Page name, for {@code IWizard.getPage}. */
	public static final String NAME = "template";
	private static final String TEMPLATE_COLLECTOR = "As in the template";

	private final double defaultGridSpacing;
	private DesignTemplate template = DesignTemplate.SYMMETRIC_INVERTED;
	private double gridSpacing;
	private TableViewer templates;
	private Label description;
	private Text gridSpacingText;
	private CheckboxTableViewer presets;
	private Combo collectors;
	private final List<CollectorType> collectorTypes = CollectorTypes.offered();
	private Runnable onTemplateChange = () -> {
	};

	DesignTemplatePage(double defaultGridSpacing) {
		super(NAME);
		this.defaultGridSpacing = defaultGridSpacing;
		this.gridSpacing = defaultGridSpacing;
		setTitle("New Anodyne Design");
		setDescription(
				"Start from one of the paper's cells (Li et al., Adv. Energy Mater. 2022) or from an empty design.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);

		Label heading = new Label(composite, SWT.NONE);
		heading.setText("&Template:");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(heading);
		templates = new TableViewer(composite, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		templates.setContentProvider(ArrayContentProvider.getInstance());
		templates.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((DesignTemplate) element).label();
			}
		});
		templates.setInput(DesignTemplate.values());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 120)
				.applyTo(templates.getControl());

		description = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(description);

		Label gridLabel = new Label(composite, SWT.NONE);
		gridLabel.setText("&Grid spacing of the studies:");
		gridSpacingText = new Text(composite, SWT.BORDER);
		gridSpacingText.setText(Units.format(defaultGridSpacing, "um"));
		gridSpacingText.setToolTipText("Cell size of the 2D deposition grid, e.g. '2 µm' or '0.002 mm'; the default"
				+ " comes from Preferences > Anodyne");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gridSpacingText);
		gridSpacingText.addModifyListener(e -> validate());

		Label collectorLabel = new Label(composite, SWT.NONE);
		collectorLabel.setText("&Collector type:");
		collectors = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
		collectors.add(TEMPLATE_COLLECTOR);
		collectorTypes.forEach(t -> collectors.add(t.label()));
		collectors.select(0);
		collectors.setToolTipText("Give the template's anodes another collector type (Anodyne's own or an installed"
				+ " plug-in's); the dimensions the two types share are kept");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(collectors);

		Label presetHeading = new Label(composite, SWT.NONE);
		presetHeading
				.setText("&Electrolyte presets to add to the materials library (from the installed metal plug-ins):");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(presetHeading);
		presets = CheckboxTableViewer.newCheckList(composite, SWT.BORDER | SWT.V_SCROLL);
		presets.setContentProvider(ArrayContentProvider.getInstance());
		presets.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return presetLabel((ElectrolytePreset) element);
			}
		});
		presets.setInput(ElectrolytePresets.getDefault().presets().toArray());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 90).applyTo(presets.getControl());

		templates.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			if (selected instanceof DesignTemplate chosen) {
				template = chosen;
				description.setText(chosen.description());
				composite.layout(true, true);
				onTemplateChange.run();
				// The file page took a new name while not shown; Finish must reflect its state now.
				if (getContainer() != null && getContainer().getCurrentPage() == this) {
					getContainer().updateButtons();
				}
			}
		});
		templates.setSelection(new StructuredSelection(template), true);
		setControl(composite);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(composite, "org.anodyne.help.new_design_wizard");
		validate();
	}

	private void validate() {
		try {
			double value = Units.parseIn(gridSpacingText.getText(), "um");
			if (!(value > 0) || !Double.isFinite(value)) {
				fail("The grid spacing must be greater than 0 µm.");
				return;
			}
			gridSpacing = value;
			setErrorMessage(null);
			setPageComplete(true);
		} catch (IllegalArgumentException e) {
			fail("Grid spacing: " + e.getMessage());
		}
	}

	private void fail(String message) {
		setErrorMessage(message);
		setPageComplete(false);
	}

	/** The chosen template. */
	public DesignTemplate template() {
		return template;
	}

	/** The grid spacing in µm for the studies of the new design. */
	public double gridSpacing() {
		return gridSpacing;
	}

	/** The collector type chosen for the template's anodes, or null to keep the template's. */
	public EClass collectorType() {
		int index = collectors.getSelectionIndex();
		return index <= 0 ? null : collectorTypes.get(index - 1).eClass();
	}

	/** The collector types the page's list offers (after "as in the template"), as their labels. */
	public List<String> offeredCollectorTypes() {
		return List.of(collectors.getItems()).subList(1, collectors.getItemCount());
	}

	/** Chooses a collector type by its label, as picking it in the list does. */
	public void selectCollectorType(String label) {
		collectors.select(collectors.indexOf(label));
	}

	/** "Diglyme 1 M NaPF6 (Sodium, z = 1)": the preset, its metal and charge number. */
	static String presetLabel(ElectrolytePreset preset) {
		String metal = MetalRegistry.getDefault().metal(preset.metal()).map(MetalDefinition::name)
				.orElse(preset.metal());
		return preset.name() + " (" + metal + ", z = " + preset.cationCharge() + ")";
	}

	/** The presets the page offers, in contribution order, as their labels. */
	public List<String> offeredPresets() {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < presets.getTable().getItemCount(); i++) {
			labels.add(presets.getTable().getItem(i).getText());
		}
		return labels;
	}

	/** The checked presets, whose electrolytes the new design's library receives. */
	public List<ElectrolytePreset> checkedPresets() {
		List<ElectrolytePreset> checked = new ArrayList<>();
		for (Object element : presets.getCheckedElements()) {
			checked.add((ElectrolytePreset) element);
		}
		return checked;
	}

	/** Checks the presets with these ids, as clicking their boxes does. */
	public void checkPresets(String... ids) {
		for (String id : ids) {
			ElectrolytePresets.getDefault().preset(id).ifPresent(p -> presets.setChecked(p, true));
		}
	}

	/** Chooses a template, as clicking it in the list does. */
	public void select(DesignTemplate chosen) {
		templates.setSelection(new StructuredSelection(chosen), true);
	}

	void onTemplateChange(Runnable listener) {
		onTemplateChange = listener;
	}
}
