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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CurrentCollector;
import org.anodyne.model.edit.FlipAnodeCommand;
import org.anodyne.model.Orientation;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.model.validation.Severity;
import org.anodyne.ui.commands.FlipAnodeHandler;
import org.anodyne.ui.commands.ValidateDesignHandler;
import org.anodyne.ui.editor.DesignEditor;
import org.anodyne.ui.editor.DesignEditorContributor;
import org.anodyne.ui.editor.DesignMarkers;
import org.anodyne.ui.editor.ProblemLabelProvider;
import org.anodyne.ui.preferences.UiPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The design editor on the shipped example of the paper's inverted symmetric cell: opening by content
 * type, editing through the Properties view, undo, Flip Anode, validation markers, saving, and files
 * that cannot be read.
 */
class DesignEditorTest {

	private static final String PROJECT = "DesignEditorTest";
	private static final String EXAMPLE = "li-cc-symmetric-inverted.anodyne";

	private IProject project;
	private IFile file;

	@BeforeEach
	void copyExample() throws Exception {
		project = Workbench.freshProject(PROJECT);
		file = Workbench.copyExample(project, EXAMPLE);
	}

	@AfterEach
	void closeEverything() throws Exception {
		Workbench.closeDialogs();
		Workbench.page().closeAllEditors(false);
		Workbench.joinValidation();
		Workbench.deleteProject(PROJECT);
	}

	private DesignEditor open(IFile design) throws Exception {
		IEditorPart part = IDE.openEditor(Workbench.page(), design);
		Workbench.dispatch();
		return assertInstanceOf(DesignEditor.class, part, "the content type should open the design editor");
	}

	private static Cell cell(DesignEditor editor) {
		return editor.getDesign().getCells().get(0);
	}

	private static void select(DesignEditor editor, Object element) {
		Workbench.page().activate(editor);
		editor.setSelectionToViewer(List.of(element));
		Workbench.dispatch();
	}

	@Test
	void opensTheExampleAsATreeWithUnitsInTheLabels() throws Exception {
		DesignEditor editor = open(file);
		assertNull(editor.getProblemText(), "the example should open: " + editor.getLoadProblems());
		Tree tree = ((TreeViewer) editor.getViewer()).getTree();
		TreeItem root = tree.getItem(0);
		assertEquals("Symmetric Li-CC cells, inverted", root.getText());
		TreeItem cellItem = Arrays.stream(root.getItems()).filter(i -> i.getData() instanceof Cell).findFirst()
				.orElseThrow(() -> new AssertionError("no cell under the design"));
		assertTrue(cellItem.getText().startsWith("Li-CC inverted"), cellItem.getText());
		TreeItem anodeItem = Arrays.stream(cellItem.getItems()).filter(i -> i.getData() instanceof Anode).findFirst()
				.orElseThrow(() -> new AssertionError("the cell is not expanded down to its anode"));
		assertEquals("Li anode · inverted · 6 mAh cm⁻² pre-deposited", anodeItem.getText());
		assertFalse(editor.isDirty());
	}

	@Test
	void propertyTypedWithAUnitIsOneUndoableCommand() throws Exception {
		DesignEditor editor = open(file);
		Anode anode = cell(editor).getAnode();
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		select(editor, anode);
		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		TreeItem loading = row(properties, "Pre-Deposited Metal");
		assertEquals("Pre-Deposited Metal (mAh cm⁻²)", loading.getText(0));
		assertEquals("6 mAh cm⁻²", loading.getText(1));

		// 6000 µAh/cm² typed into a field stored in mAh/cm² is 6 mAh/cm²; 10 000 is 10.
		type(properties, loading, "10000 µAh/cm2");
		assertEquals(10.0, anode.getPreDepositLoading(), 1e-12);
		assertTrue(editor.isDirty(), "an edit makes the editor dirty");
		Workbench.dispatch();
		assertEquals("10 mAh cm⁻²", row(properties, "Pre-Deposited Metal").getText(1));

		Workbench.page().activate(editor);
		Workbench.execute("org.eclipse.ui.edit.undo");
		Workbench.dispatch();
		assertEquals(6.0, anode.getPreDepositLoading(), 1e-12);
		assertFalse(editor.isDirty(), "undoing the only change returns to the saved state");

		Workbench.execute("org.eclipse.ui.edit.redo");
		assertEquals(10.0, anode.getPreDepositLoading(), 1e-12);
	}

	/**
	 * A cycle-life study's Properties say whether the life model's values for its metal and electrolyte
	 * are calibrated, before it runs, and follow an edit of the electrolyte.
	 */
	@Test
	void aCycleLifeStudySaysItsPairIsUncalibratedInAnotherElectrolyte() throws Exception {
		DesignEditor editor = open(file);
		Study study = editor.getDesign().getStudies().stream().filter(s -> "life-0.25-inverted".equals(s.getId()))
				.findFirst().orElseThrow(() -> new AssertionError("no study life-0.25-inverted"));
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		select(editor, study);
		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		TreeItem calibration = row(properties, "Life-model calibration");
		assertEquals("Li/ether (calibrated)", calibration.getText(1));
		assertNull(((IPropertySheetEntry) calibration.getData()).getEditor(properties), "the status is read-only");

		select(editor, study.getCell().getElectrolyte().getSalt());
		properties = (Tree) sheet.getCurrentPage().getControl();
		type(properties, row(properties, "Name"), "LiFSI");
		assertEquals("LiFSI", study.getCell().getElectrolyte().getSalt().getName());
		select(editor, study);
		properties = (Tree) sheet.getCurrentPage().getControl();
		assertEquals("Li/ether (uncalibrated: calibrated in 1 M LiTFSI DOL/DME + LiNO3, this is 1 M LiFSI DOL/DME"
				+ " + LiNO3)", row(properties, "Life-model calibration").getText(1));
	}

	@Test
	void textThatIsNotAQuantityOfTheRightKindIsRefused() throws Exception {
		DesignEditor editor = open(file);
		Anode anode = cell(editor).getAnode();
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
		select(editor, anode);
		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		for (String wrong : new String[]{"ten", "6 mA/cm2", "6 furlongs"}) {
			type(properties, row(properties, "Pre-Deposited Metal"), wrong);
			assertEquals(6.0, anode.getPreDepositLoading(), 0.0, "'" + wrong + "' must not change the loading");
		}
		assertFalse(editor.isDirty());
	}

	@Test
	void flipTurnsBothAnodesOfTheCellAndOneUndoTurnsThemBack() throws Exception {
		DesignEditor editor = open(file);
		Cell cell = cell(editor);
		select(editor, cell);
		Workbench.execute(FlipAnodeHandler.COMMAND_ID);
		Workbench.dispatch();
		assertEquals(Orientation.UPRIGHT, cell.getAnode().getOrientation());
		assertEquals(Orientation.UPRIGHT, cell.getCounterAnode().getOrientation());
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		assertEquals(FlipAnodeCommand.LABEL, stack.getUndoCommand().getLabel());
		assertEquals("Li-CC inverted · symmetric · CR2025 · upright", itemOf(editor, cell).getText(),
				"the cell's label shows its anodes' new orientation");
		assertTrue(editor.isDirty());

		Workbench.page().activate(editor);
		Workbench.execute("org.eclipse.ui.edit.undo");
		assertEquals(Orientation.INVERTED, cell.getAnode().getOrientation());
		assertEquals(Orientation.INVERTED, cell.getCounterAnode().getOrientation());
		assertFalse(stack.canUndo(), "the flip of both anodes is a single undo step");
		assertFalse(editor.isDirty());
	}

	@Test
	void flipOfOneSelectedAnodeLeavesTheOtherAlone() throws Exception {
		DesignEditor editor = open(file);
		Cell cell = cell(editor);
		select(editor, cell.getAnode().getCollector());
		Workbench.execute(FlipAnodeHandler.COMMAND_ID);
		assertEquals(Orientation.UPRIGHT, cell.getAnode().getOrientation());
		assertEquals(Orientation.INVERTED, cell.getCounterAnode().getOrientation());
	}

	@Test
	void validationMarksTheElementAndOpeningTheMarkerSelectsIt() throws Exception {
		DesignEditor editor = open(file);
		CurrentCollector collector = cell(editor).getAnode().getCollector();
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(
				SetCommand.create(domain, collector, AnodynePackage.Literals.CURRENT_COLLECTOR__POROSITY, 1.5));
		select(editor, editor.getDesign());
		Workbench.execute(ValidateDesignHandler.COMMAND_ID);
		Workbench.joinValidation();

		IMarker porosity = marker("porosity-range");
		assertEquals(IMarker.SEVERITY_ERROR, porosity.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(porosity.getAttribute(IMarker.MESSAGE, "").contains("1.5"),
				porosity.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(lineOf("<collector"), porosity.getAttribute(IMarker.LINE_NUMBER, -1),
				"the marker names the line the collector starts on");
		assertTrue(porosity.isSubtypeOf(DesignMarkers.PROBLEM) && porosity.isSubtypeOf(IMarker.PROBLEM));

		IDE.gotoMarker(editor, porosity);
		Workbench.dispatch();
		assertSame(collector, ((IStructuredSelection) editor.getSelection()).getFirstElement(),
				"opening the marker selects the collector");
	}

	/**
	 * A thickness of −350 µm typed into Properties is found without Validate: once the live
	 * validation (its pause set to 0, its job family joined) has run, the collector and the cell and
	 * design above it carry an error overlay, the Properties row says what is wrong, the Problems view
	 * lists it and has come forward; undo takes it all back.
	 */
	@Test
	void aBadValueGetsAnOverlayAndAProblemWithoutValidate() throws Exception {
		UiPreferences.node().putInt(UiPreferences.LIVE_VALIDATION_DELAY, 0);
		try {
			DesignEditor editor = open(file);
			Workbench.joinValidation();
			Cell cell = cell(editor);
			CurrentCollector collector = cell.getAnode().getCollector();
			TreeItem collectorItem = itemOf(editor, collector);
			Image plain = collectorItem.getImage();
			PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
			select(editor, collector);
			Tree properties = (Tree) sheet.getCurrentPage().getControl();
			type(properties, row(properties, "Thickness"), "-350 µm");
			assertEquals(-350.0, collector.getThickness(), 1e-9);
			Workbench.dispatch();
			Workbench.joinValidation();

			assertEquals(1, markers("not-positive").size(), describe());
			ProblemLabelProvider labels = (ProblemLabelProvider) ((TreeViewer) editor.getViewer()).getLabelProvider();
			assertEquals(Severity.ERROR, labels.severity(collector));
			assertEquals(Severity.ERROR, labels.severity(cell), "the cell shows the error inside it");
			assertEquals(Severity.ERROR, labels.severity(editor.getDesign()));
			assertNull(labels.severity(cell.getElectrolyte()), "elements without a finding stay plain");
			assertNotSame(plain, itemOf(editor, collector).getImage(), "the collector's icon carries the overlay");
			assertTrue(labels.problemText(collector).contains("thickness"), labels.problemText(collector));
			IPropertySheetEntry thickness = (IPropertySheetEntry) row(properties, "Thickness").getData();
			assertTrue(thickness.getDescription().startsWith("error: ") && thickness.getDescription().contains("-350"),
					thickness.getDescription());
			assertTrue(Workbench.page().isPartVisible(Workbench.page().findView(IPageLayout.ID_PROBLEM_VIEW)),
					"the Problems view comes forward with the first error");
			assertTrue(Workbench.page().isPartVisible(sheet), "and Properties stays in sight");

			Workbench.page().activate(editor);
			Workbench.execute("org.eclipse.ui.edit.undo");
			Workbench.dispatch();
			Workbench.joinValidation();
			assertEquals(0, markers("not-positive").size(), describe());
			assertNull(labels.severity(collector));
			assertSame(plain, itemOf(editor, collector).getImage());
		} finally {
			UiPreferences.node().remove(UiPreferences.LIVE_VALIDATION_DELAY);
		}
	}

	/** Redo has one key, and every menu names it: the workbench's on GTK, not EMF's "Ctrl+Y". */
	@Test
	void redoHasOneKey() throws Exception {
		DesignEditor editor = open(file);
		Workbench.page().activate(editor);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.redo"))
				.map(TriggerSequence::format).toList();
		assertEquals(1, keys.size(), "redo keys: " + keys);
		DesignEditorContributor contributor = (DesignEditorContributor) editor.getEditorSite()
				.getActionBarContributor();
		assertFalse(contributor.redoAction().getText().contains("@"), contributor.redoAction().getText());
		assertEquals("org.eclipse.ui.edit.redo", contributor.redoAction().getActionDefinitionId());
	}

	@Test
	void validationChecksThatThePreDepositFitsIntoTheHostsPores() throws Exception {
		DesignEditor editor = open(file);
		Anode anode = cell(editor).getAnode();
		EditingDomain domain = editor.getEditingDomain();
		// Li: 1 mAh/cm² is 4.85 µm of dense metal; the 350 µm cloth at porosity 0.75 holds 262.5 µm.
		// 50 mAh/cm² (242.4 µm) fits, 60 mAh/cm² (290.9 µm) does not.
		domain.getCommandStack().execute(
				SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__PRE_DEPOSIT_LOADING, 50.0));
		editor.validate();
		Workbench.joinValidation();
		assertEquals(0, markers("predeposit-exceeds-pores").size());

		domain.getCommandStack().execute(
				SetCommand.create(domain, anode, AnodynePackage.Literals.ANODE__PRE_DEPOSIT_LOADING, 60.0));
		editor.validate();
		Workbench.joinValidation();
		IMarker exceeds = marker("predeposit-exceeds-pores");
		String message = exceeds.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.contains("290.9 µm") && message.contains("262.5 µm"), message);
		IDE.gotoMarker(editor, exceeds);
		assertSame(anode, ((IStructuredSelection) editor.getSelection()).getFirstElement());
	}

	@Test
	void savingWritesTheFileAndLeavesNoTemporaryFile() throws Exception {
		DesignEditor editor = open(file);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(
				SetCommand.create(domain, cell(editor).getAnode(), AnodynePackage.Literals.ANODE__PRE_DEPOSIT_LOADING,
						8.0));
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		assertNull(editor.getLastSaveFailure());
		LoadResult saved = DesignResources.load(file.getLocation().toPath());
		assertTrue(saved.ok(), saved.diagnostics().toString());
		assertEquals(8.0, saved.design().getCells().get(0).getAnode().getPreDepositLoading(), 0.0);
		try (Stream<Path> folder = Files.list(project.getLocation().toPath())) {
			assertEquals(List.of(),
					folder.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
		}
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace knows the saved file");
	}

	@Test
	void deletingAMaterialClearsItsUsesSoTheDesignStillSaves() throws Exception {
		DesignEditor editor = open(file);
		Cell cell = cell(editor);
		select(editor, cell.getElectrolyte());
		Workbench.execute("org.eclipse.ui.edit.delete");
		Workbench.dispatch();
		assertTrue(editor.getDesign().getLibrary().getElectrolytes().isEmpty());
		assertNull(cell.getElectrolyte(), "the cell no longer names the deleted electrolyte");
		editor.doSave(new NullProgressMonitor());
		assertNull(editor.getLastSaveFailure());
		editor.validate();
		Workbench.joinValidation();
		assertEquals(1, markers("missing-electrolyte").size());

		Workbench.page().activate(editor);
		Workbench.execute("org.eclipse.ui.edit.undo");
		assertEquals("ether-litfsi", cell.getElectrolyte().getId(), "undo restores the electrolyte and its use");
	}

	@Test
	void failedSaveLeavesTheOldFileIntactAndTheEditorDirty() throws Exception {
		DesignEditor editor = open(file);
		String before = Workbench.read(file);
		EditingDomain domain = editor.getEditingDomain();
		// An electrolyte that is in no resource cannot be written as a reference: the save must fail.
		domain.getCommandStack().execute(SetCommand.create(domain, cell(editor),
				AnodynePackage.Literals.CELL__ELECTROLYTE, AnodyneFactory.eINSTANCE.createElectrolyte()));
		editor.doSave(new NullProgressMonitor());
		assertTrue(editor.isDirty(), "nothing was saved, so the changes are still unsaved");
		assertNotNull(editor.getLastSaveFailure());
		assertTrue(editor.getLastSaveFailure().contains(EXAMPLE) && editor.getLastSaveFailure().contains("unchanged"),
				editor.getLastSaveFailure());
		assertEquals(before, Workbench.read(file), "the old file must be left as it was");
	}

	@Test
	void malformedFileShowsFileAndLineInsteadOfTheTree() throws Exception {
		IFile broken = Workbench.write(project, "broken.anodyne",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<anodyne:CellDesign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:anodyne="http://anodyne.org/model/1.0" name="broken">
						  <cells name="a">
						</anodyne:CellDesign>
						""");
		DesignEditor editor = open(broken);
		assertNull(editor.getDesign());
		String shown = editor.getProblemText();
		assertNotNull(shown, "the editor must say what is wrong");
		assertTrue(shown.contains("broken.anodyne:4"), "names file and line: " + shown);
		assertTrue(shown.contains("not well-formed XML"), shown);
		assertFalse(shown.contains("Exception"), "no stack trace or exception names: " + shown);
		Workbench.joinValidation();
		IMarker[] problems = broken.findMarkers(DesignMarkers.FILE_PROBLEM, false, IResource.DEPTH_ZERO);
		assertEquals(1, problems.length);
		assertEquals(4, problems[0].getAttribute(IMarker.LINE_NUMBER, -1));
		assertFalse(editor.isSaveAsAllowed());
	}

	@Test
	void fileWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
		IFile hostile = Workbench.write(project, "hostile.anodyne", """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE d [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<anodyne:CellDesign xmlns:anodyne="http://anodyne.org/model/1.0" name="&secret;"/>
				""");
		DesignEditor editor = open(hostile);
		String shown = editor.getProblemText();
		assertNotNull(shown);
		assertTrue(shown.contains("hostile.anodyne:2") && shown.contains("DOCTYPE"), shown);
		assertFalse(shown.contains("root:"), "the entity must never be resolved: " + shown);
	}

	@Test
	void fileChangedOnDiskIsReadAgainWhenThereAreNoUnsavedChanges() throws Exception {
		DesignEditor editor = open(file);
		String renamed = Workbench.read(file).replace("name=\"Symmetric Li-CC cells, inverted\"",
				"name=\"Changed elsewhere\"");
		Workbench.write(project, EXAMPLE, renamed);
		Workbench.waitUntil("the editor reads the changed file",
				() -> editor.getDesign() != null && "Changed elsewhere".equals(editor.getDesign().getName()));
		assertEquals("Changed elsewhere", ((TreeViewer) editor.getViewer()).getTree().getItem(0).getText());
	}

	@Test
	void markerElementFragmentsResolveInTheSavedFile() throws Exception {
		DesignEditor editor = open(file);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, cell(editor),
				AnodynePackage.Literals.CELL__ELECTRODE_AREA, -1.0));
		editor.validate();
		Workbench.joinValidation();
		IMarker area = marker("not-positive");
		String fragment = area.getAttribute(DesignMarkers.ELEMENT_FRAGMENT, null);
		CellDesign onDisk = DesignResources.load(URI.createPlatformResourceURI(file.getFullPath().toString(), true))
				.design();
		assertSame(onDisk.getCells().get(0), onDisk.eResource().getEObject(fragment));
	}

	private static TreeItem itemOf(DesignEditor editor, Object element) {
		Tree tree = ((TreeViewer) editor.getViewer()).getTree();
		List<TreeItem> pending = new ArrayList<>(Arrays.asList(tree.getItems()));
		while (!pending.isEmpty()) {
			TreeItem item = pending.remove(0);
			if (item.getData() == element) {
				return item;
			}
			pending.addAll(Arrays.asList(item.getItems()));
		}
		throw new AssertionError(element + " is not in the tree");
	}

	private IMarker marker(String constraint) throws Exception {
		List<IMarker> found = markers(constraint);
		assertEquals(1, found.size(), "one '" + constraint + "' marker expected among " + describe());
		return found.get(0);
	}

	private List<IMarker> markers(String constraint) throws Exception {
		return Arrays.stream(file.findMarkers(DesignMarkers.VALIDATION_PROBLEM, false, IResource.DEPTH_ZERO))
				.filter(m -> constraint.equals(m.getAttribute(DesignMarkers.CONSTRAINT, ""))).toList();
	}

	private String describe() throws Exception {
		return Arrays.stream(file.findMarkers(DesignMarkers.PROBLEM, true, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(DesignMarkers.CONSTRAINT, "?") + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.toList().toString();
	}

	private int lineOf(String text) throws Exception {
		List<String> lines = Workbench.read(file).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	private static TreeItem row(Tree properties, String name) {
		return Arrays.stream(properties.getItems()).filter(i -> i.getText(0).startsWith(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no property '" + name + "' among "
						+ Arrays.stream(properties.getItems()).map(i -> i.getText(0)).toList()));
	}

	/** Types into a Properties-view row as a user does: open its cell editor, type, press Enter. */
	private static void type(Tree properties, TreeItem row, String text) {
		IPropertySheetEntry entry = (IPropertySheetEntry) row.getData();
		CellEditor cellEditor = entry.getEditor(properties);
		assertNotNull(cellEditor, row.getText(0) + " is not editable");
		((Text) cellEditor.getControl()).setText(text);
		entry.applyEditorValue();
		cellEditor.deactivate();
		Workbench.dispatch();
	}
}
