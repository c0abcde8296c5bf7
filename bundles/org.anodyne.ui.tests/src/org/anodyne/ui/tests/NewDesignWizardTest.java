/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Orientation;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.DesignDiagnostic;
import org.anodyne.model.validation.DesignValidation;
import org.anodyne.model.validation.Severity;
import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.preferences.UiPreferences;
import org.anodyne.ui.wizards.DesignTemplate;
import org.anodyne.ui.wizards.DesignTemplatePage;
import org.anodyne.ui.wizards.NewDesignWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File > New > Anodyne Design: the paper's cells as templates, written into the workspace and opened. */
class NewDesignWizardTest {

	private static final String PROJECT = "NewDesignWizardTest";

	private static final Map<DesignTemplate, String> EXAMPLES = new EnumMap<>(Map.of(
			DesignTemplate.SYMMETRIC_INVERTED, "li-cc-symmetric-inverted.anodyne",
			DesignTemplate.SYMMETRIC_UPRIGHT, "li-cc-symmetric-upright.anodyne",
			DesignTemplate.FULL_INVERTED, "li-cc-lfp-full-inverted.anodyne",
			DesignTemplate.FULL_UPRIGHT, "li-cc-lfp-full-upright.anodyne"));

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Workbench.freshProject(PROJECT);
	}

	@AfterEach
	void cleanUp() throws Exception {
		UiPreferences.node().remove(UiPreferences.DEFAULT_GRID_SPACING);
		Workbench.closeDialogs();
		Workbench.page().closeAllEditors(false);
		Workbench.joinValidation();
		Workbench.deleteProject(PROJECT);
	}

	@Test
	void eachPaperTemplateIsTheShippedExample() {
		EXAMPLES.forEach((template, example) -> {
			LoadResult shipped = DesignResources.load(Workbench.example(example));
			assertTrue(shipped.ok(), example + ": " + shipped.diagnostics());
			CellDesign built = template.create(UiPreferences.DEFAULT_GRID_SPACING_UM);
			assertTrue(EcoreUtil.equals(shipped.design(), built),
					template + " differs from examples/" + example + "; the template must be the packed example");
			CellDesign coarse = template.create(5.0);
			assertTrue(coarse.getStudies().stream().allMatch(s -> s.getSolver().getGridSpacing() == 5.0),
					template + ": the chosen grid spacing is set in every study");
			shipped.design().getStudies().forEach(s -> s.getSolver().setGridSpacing(5.0));
			assertTrue(EcoreUtil.equals(shipped.design(), coarse), template + ": nothing but the grid spacing changes");
		});
	}

	@Test
	void everyTemplateValidatesWithoutErrors() {
		for (DesignTemplate template : DesignTemplate.values()) {
			List<DesignDiagnostic> findings = DesignValidation.validate(template.create(2.0));
			assertFalse(DesignValidation.hasErrors(findings), template + ": " + findings.stream()
					.filter(f -> f.severity() == Severity.ERROR).map(DesignDiagnostic::message).toList());
		}
	}

	@Test
	void paperTemplatesDifferOnlyInOrientationWhereThePaperDoes() {
		assertEquals(Orientation.INVERTED,
				DesignTemplate.SYMMETRIC_INVERTED.create(2).getCells().get(0).getCounterAnode().getOrientation());
		assertEquals(Orientation.UPRIGHT,
				DesignTemplate.SYMMETRIC_UPRIGHT.create(2).getCells().get(0).getCounterAnode().getOrientation());
		assertEquals(Orientation.INVERTED,
				DesignTemplate.FULL_INVERTED.create(2).getCells().get(0).getAnode().getOrientation());
		assertEquals(Orientation.UPRIGHT,
				DesignTemplate.FULL_UPRIGHT.create(2).getCells().get(0).getAnode().getOrientation());
	}

	@Test
	void wizardWritesTheChosenTemplateWithThePreferredGridAndOpensIt() throws Exception {
		UiPreferences.node().putDouble(UiPreferences.DEFAULT_GRID_SPACING, 1.5);
		NewDesignWizard wizard = new NewDesignWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			DesignTemplatePage templates = (DesignTemplatePage) wizard.getPage(DesignTemplatePage.NAME);
			templates.select(DesignTemplate.FULL_UPRIGHT);
			assertEquals(1.5, templates.gridSpacing(), 0.0, "the grid spacing comes from the preferences");
			WizardNewFileCreationPage filePage = (WizardNewFileCreationPage) wizard.getPage(NewDesignWizard.FILE_PAGE);
			assertEquals("li-cc-lfp-full-upright.anodyne", filePage.getFileName(),
					"the template suggests the file name");
			assertEquals(project.getFullPath(), filePage.getContainerFullPath(), "the selected project holds the file");
			assertTrue(wizard.canFinish());
			assertTrue(dialog.getShell().isVisible());
			assertTrue(finishButton(dialog).isEnabled(), "Finish is offered once a template is chosen");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile created = wizard.createdFile();
		assertNotNull(created);
		assertTrue(created.exists());
		LoadResult written = DesignResources.load(created.getLocation().toPath());
		assertTrue(written.ok(), written.diagnostics().toString());
		assertEquals("Li-CC || LFP full cell, upright", written.design().getName());
		for (Study study : written.design().getStudies()) {
			assertEquals(1.5, study.getSolver().getGridSpacing(), 0.0);
		}
		IEditorPart editor = Workbench.page().getActiveEditor();
		DesignEditor designEditor = assertInstanceOf(DesignEditor.class, editor, "the new design opens in the editor");
		assertEquals(created, designEditor.file());
	}

	private static Button finishButton(WizardDialog dialog) {
		return Arrays.stream(buttons(dialog.getShell())).filter(b -> b.getText().replace("&", "").equals("Finish"))
				.findFirst().orElseThrow(() -> new AssertionError("no Finish button"));
	}

	private static Button[] buttons(Composite composite) {
		return Arrays.stream(composite.getChildren()).flatMap(c -> c instanceof Button b
				? Stream.of(b)
				: c instanceof Composite inner ? Arrays.stream(buttons(inner)) : Stream.empty()).toArray(Button[]::new);
	}

	/** With a file of the design in the selected folder, the wizard proposes that folder and a name not yet taken. */
	@Test
	void wizardProposesTheSelectedFolderAndAFreeName() throws Exception {
		IFolder folder = project.getFolder("designs");
		folder.create(true, true, null);
		Workbench.write(project, "designs/li-cc-lfp-full-upright.anodyne", "<taken/>");
		NewDesignWizard wizard = new NewDesignWizard();
		wizard.init(PlatformUI.getWorkbench(),
				new StructuredSelection(folder.getFile("li-cc-lfp-full-upright.anodyne")));
		WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			((DesignTemplatePage) wizard.getPage(DesignTemplatePage.NAME)).select(DesignTemplate.FULL_UPRIGHT);
			WizardNewFileCreationPage filePage = (WizardNewFileCreationPage) wizard.getPage(NewDesignWizard.FILE_PAGE);
			assertEquals(folder.getFullPath(), filePage.getContainerFullPath(), "the selected file's folder");
			assertEquals("li-cc-lfp-full-upright-2.anodyne", filePage.getFileName(),
					"the template's name is taken there");
			assertTrue(wizard.canFinish());
		} finally {
			dialog.close();
		}
	}

	@Test
	void emptyDesignIsNamedAfterItsFile() throws Exception {
		NewDesignWizard wizard = new NewDesignWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			((DesignTemplatePage) wizard.getPage(DesignTemplatePage.NAME)).select(DesignTemplate.EMPTY);
			WizardNewFileCreationPage filePage = (WizardNewFileCreationPage) wizard.getPage(NewDesignWizard.FILE_PAGE);
			filePage.setFileName("my cell");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		LoadResult written = DesignResources.load(project.getFile("my cell.anodyne").getLocation().toPath());
		assertTrue(written.ok(), written.diagnostics().toString());
		assertEquals("my cell", written.design().getName());
		assertEquals("my-cell", written.design().getId());
		assertTrue(written.design().getCells().isEmpty());
	}
}
