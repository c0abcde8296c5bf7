/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anodyne.help.internal.WelcomePart;
import org.anodyne.model.Anode;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.Orientation;
import org.anodyne.ui.editor.DesignEditor;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A newcomer's first minutes, in the product's workbench: the welcome page on first start, a help
 * topic in the help window, the cheat sheet beside the design editor with its steps run, and the
 * Properties view's descriptions. Each leaves a screenshot under target/screenshots and no error in
 * the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WelcomeAndCheatSheetTest {

	private static final String HELP_KEY = "org.eclipse.ui.help";
	/** True when the page or one of its frames (the help window's topic frame) shows the topic on Pi. */
	private static final String SHOWS_PI_TOPIC = """
			function shows(w) {
				try {
					if (w.document.body && w.document.body.innerText.indexOf('the ohmic-barrier number') >= 0) return true;
				} catch (e) {}
				for (var i = 0; i < w.frames.length; i++) if (shows(w.frames[i])) return true;
				return false;
			}
			return shows(window);""";
	private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY \\S+ 4 .*$", Pattern.MULTILINE);

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Fails with the log's ERROR entries, if it has any. */
	private static void assertNoErrorsInLog() throws IOException {
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		Matcher m = ERROR_ENTRY.matcher(text);
		assertTrue(!m.find(), "ERROR in the log " + log + ":\n" + text);
	}

	@Test
	@Order(1)
	void theWelcomePageOpensOnFirstStart() throws Exception {
		IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
		assertInstanceOf(WelcomePart.class, intro.getIntro(), "the welcome page is shown on first start");
		assertTrue(!intro.isIntroStandby(intro.getIntro()), "the welcome page fills the window on first start");
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<String> links = Workbench.find(shell, Hyperlink.class).stream().map(Hyperlink::getText).toList();
		assertTrue(links.containsAll(List.of("Your first inverted-anode study", "Open the paper's inverted cell",
				"Create a design", "Read the user guide", "What the results mean", "Go to the workbench")),
				links.toString());
		Workbench.screenshot("welcome-page");
		assertNoErrorsInLog();
	}

	@Test
	@Order(2)
	void aHelpTopicOpensInTheHelpWindow() throws Exception {
		PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager().getIntro());
		PlatformUI.getWorkbench().getHelpSystem()
				.displayHelpResource("/org.anodyne.help/guide/reference/quantities/pi.html");
		Browser[] browser = new Browser[1];
		Workbench.await("the help window showing the topic on Pi (windows: " + windows() + ")", 120_000, () -> {
			for (Shell s : PlatformUI.getWorkbench().getDisplay().getShells()) {
				for (Browser b : Workbench.find(s, Browser.class)) {
					if (b.getUrl().contains("pi.html") && Boolean.TRUE.equals(b.evaluate(SHOWS_PI_TOPIC))) {
						browser[0] = b;
						return true;
					}
				}
			}
			return false;
		});
		Shell help = browser[0].getShell();
		help.setBounds(40, 40, 1100, 760);
		Workbench.idle(3000);
		Workbench.screenshot("help-topic", help);
		help.close();
		assertNoErrorsInLog();
	}

	@Test
	@Order(3)
	void theCheatSheetRunsItsStepsBesideTheEditor() throws Exception {
		IProject examples = exampleProject();
		new OpenCheatSheetAction(WelcomePart.CHEAT_SHEET).run();
		IViewPart cheatSheet = page().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView");
		assertNotNull(cheatSheet, "the cheat sheet view is open");

		List<String> steps = commandsOfTheCheatSheet();
		assertEquals(6, steps.size(), steps.toString());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		List<ParameterizedCommand> parsed = new ArrayList<>();
		for (String step : steps) {
			parsed.add(commands.deserialize(step));
		}
		// Open, flip (and save, as the step tells the user to) and validate; running the studies is the
		// results tests' business.
		handlers.executeCommand(parsed.get(0), null);
		Workbench.idle(300);
		handlers.executeCommand(parsed.get(1), null);
		IEditorPart editor = page().getActiveEditor();
		assertInstanceOf(DesignEditor.class, editor);
		assertEquals("my-first-inverted.anodyne", editor.getEditorInput().getName());
		editor.doSave(null);
		handlers.executeCommand(parsed.get(2), null);
		Workbench.idle(1000);
		CellDesign design = ((DesignEditor) editor).getDesign();
		for (Cell cell : design.getCells()) {
			for (Anode anode : List.of(cell.getAnode(), cell.getCounterAnode())) {
				assertEquals(Orientation.INVERTED, anode.getOrientation(),
						"the cheat sheet's Flip step inverted " + cell.getName());
			}
		}
		IFile file = examples.getFile("my-first-inverted.anodyne");
		Workbench.await("validation markers", 30_000, () -> {
			try {
				return file.findMaxProblemSeverity(IMarker.PROBLEM, true,
						IResource.DEPTH_ZERO) < IMarker.SEVERITY_ERROR;
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals("org.anodyne.help.design_editor",
				Workbench.find(((DesignEditor) editor).getSite().getShell(), Tree.class)
						.stream().map(t -> findHelp(t))
						.filter(id -> id != null && id.startsWith("org.anodyne.help.design")).findFirst()
						.orElse(null),
				"F1 on the design tree opens the design editor's help");
		Workbench.screenshot("cheat-sheet-beside-editor");
		assertNoErrorsInLog();
	}

	@Test
	@Order(4)
	void thePropertiesViewDescribesAPropertyInItsToolTip() throws Exception {
		DesignEditor editor = (DesignEditor) page().getActiveEditor();
		Anode anode = editor.getDesign().getCells().get(0).getAnode();
		editor.setSelectionToViewer(List.of(anode));
		PropertySheet properties = (PropertySheet) page().showView("org.eclipse.ui.views.PropertySheet");
		page().activate(editor);
		// The sheet fills its rows from the selection asynchronously: wait for them, not for a fixed time.
		Workbench.await("the Properties view to show the anode's rows", 30_000,
				() -> Workbench.find(properties.getCurrentPage().getControl(), Tree.class).stream()
						.anyMatch(t -> rows(t).stream().anyMatch(i -> i.getText().startsWith("Pre-Deposited Metal"))));
		Workbench.idle(500);
		Tree tree = Workbench.find(properties.getCurrentPage().getControl(), Tree.class).get(0);
		assertEquals("org.anodyne.help.properties", findHelp(tree), "F1 in the Properties view opens its help");
		TreeItem row = rows(tree).stream().filter(i -> i.getText().startsWith("Pre-Deposited Metal")).findFirst()
				.orElseThrow(() -> new AssertionError(
						"no row 'Pre-Deposited Metal' in " + rows(tree).stream().map(TreeItem::getText).toList()));
		// Selected, the row's description shows in the status line too.
		tree.setSelection(row);
		Event select = new Event();
		select.item = row;
		tree.notifyListeners(SWT.Selection, select);
		// Hovered where the row is now until the sheet (laid out and given its tool-tip support after its
		// rows) answers for it.
		Workbench.await("a tool tip on the row " + row.getText(), 30_000, () -> {
			Rectangle bounds = row.getBounds();
			Event hover = new Event();
			hover.x = bounds.x + 5;
			hover.y = bounds.y + bounds.height / 2;
			tree.notifyListeners(SWT.MouseHover, hover);
			String shown = tree.getToolTipText();
			return shown != null && shown.startsWith("Metal pre-deposited");
		});
		String tip = tree.getToolTipText();
		assertNotNull(tip, "no tool tip on the row " + row.getText());
		assertTrue(tip.startsWith("Metal pre-deposited on one face of the host"), tip);
		assertTrue(tip.contains("Typical: 1-10 mAh/cm2") && tip.contains("Source: Li et al. 2022"), tip);
		Workbench.screenshot("properties-descriptions");
		assertNoErrorsInLog();
	}

	/** The open windows and their browsers' addresses, for a failure message. */
	private static String windows() {
		List<String> found = new ArrayList<>();
		for (Shell s : PlatformUI.getWorkbench().getDisplay().getShells()) {
			found.add(
					"'" + s.getText() + "' " + Workbench.find(s, Browser.class).stream().map(Browser::getUrl).toList());
		}
		return String.join(", ", found);
	}

	/** The example designs in the workspace project the cheat sheet and the welcome page use. */
	private static IProject exampleProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Anodyne Examples");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try (java.util.stream.Stream<Path> designs = Files.list(Path.of(System.getProperty("anodyne.test.examples")))) {
			for (Path design : designs.filter(p -> p.toString().endsWith(".anodyne")).toList()) {
				IFile file = project.getFile(design.getFileName().toString());
				if (!file.exists()) {
					try (InputStream in = Files.newInputStream(design)) {
						file.create(in, true, null);
					}
				}
			}
		}
		return project;
	}

	private static String findHelp(org.eclipse.swt.widgets.Control control) {
		for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
			if (c.getData(HELP_KEY) instanceof String id) {
				return id;
			}
		}
		return null;
	}

	private static List<TreeItem> rows(Tree tree) {
		List<TreeItem> rows = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			rows.add(item);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				rows.add(child);
			}
		}
		return rows;
	}

	/** The command of every step of the cheat sheet, in order, as its file writes them. */
	private static List<String> commandsOfTheCheatSheet() throws IOException {
		try (InputStream in = Platform.getBundle("org.anodyne.help").getEntry("cheatsheets/first-inverted-study.xml")
				.openStream()) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher m = Pattern.compile("serialization=\"([^\"]+)\"").matcher(xml);
			List<String> found = new ArrayList<>();
			while (m.find()) {
				found.add(m.group(1));
			}
			return found;
		}
	}
}
