package org.anodyne.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.anodyne.io.AtomicFiles;
import org.anodyne.ui.wizards.DesignTemplatePage;
import org.anodyne.ui.wizards.NewDesignWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Lets a script drive a real product launch without sleeping or guessing: with
 * {@code -Danodyne.readyFile=F} the workbench writes F once its first window is open (with the
 * active perspective, window title and the workspace's projects, once the example designs are
 * imported), and closes itself normally when the file {@code F.quit}
 * appears. With {@code -Danodyne.readyWizard=true} it first opens File &gt; New &gt; Anodyne Design and
 * adds the electrolyte presets the wizard offers ({@code wizardPresets=}, one label per {@code |}), so
 * a test of an installed plug-in can check them and take a screenshot. The product smoke test, the
 * extras' install test and the README's screenshot recipe use this.
 */
final class ScriptedLaunch {

	static final String PROPERTY = "anodyne.readyFile";
	static final String WIZARD_PROPERTY = "anodyne.readyWizard";
	private static final long POLL_MILLIS = 200;

	private ScriptedLaunch() {
	}

	static void startIfRequested(Job exampleImport) {
		String name = System.getProperty(PROPERTY);
		if (name == null || name.isBlank()) {
			return;
		}
		Path readyFile = Paths.get(name);
		if (exampleImport != null) {
			try {
				exampleImport.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.asyncExec(() -> writeReady(workbench, readyFile));

		Thread watcher = new Thread(() -> awaitQuitRequest(workbench, display, readyFile), "Anodyne scripted-launch watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	private static void writeReady(IWorkbench workbench, Path readyFile) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		String perspective = page == null || page.getPerspective() == null ? "" : page.getPerspective().getId();
		String title = window == null ? "" : window.getShell().getText();
		String projects = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.map(IProject::getName).collect(Collectors.joining(","));
		String content = "perspective=" + perspective + "\nwindowTitle=" + title + "\nprojects=" + projects + "\n";
		if (Boolean.getBoolean(WIZARD_PROPERTY) && window != null) {
			content += "wizardPresets=" + String.join("|", openNewDesignWizard(workbench, window)) + "\n";
		}
		try {
			AtomicFiles.writeString(readyFile, content);
		} catch (IOException e) {
			AnodyneUiPlugin.logError("Cannot write the ready file " + readyFile + " requested by -D" + PROPERTY, e);
		}
	}

	/** Opens the New Design wizard without blocking and answers the presets its first page offers. */
	private static List<String> openNewDesignWizard(IWorkbench workbench, IWorkbenchWindow window) {
		NewDesignWizard wizard = new NewDesignWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return ((DesignTemplatePage) wizard.getPage(DesignTemplatePage.NAME)).offeredPresets();
	}

	private static void awaitQuitRequest(IWorkbench workbench, Display display, Path readyFile) {
		Path quitFile = readyFile.resolveSibling(readyFile.getFileName() + ".quit");
		while (!display.isDisposed()) {
			if (Files.exists(quitFile)) {
				display.asyncExec(() -> {
					for (Shell shell : display.getShells()) {
						if (shell.getData() instanceof WizardDialog dialog) {
							dialog.close();
						}
					}
					if (!workbench.isClosing()) {
						workbench.close();
					}
				});
				return;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
