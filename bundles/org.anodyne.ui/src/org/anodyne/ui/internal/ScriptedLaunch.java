/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.anodyne.io.AtomicFiles;
import org.anodyne.model.edit.CollectorTypes;
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
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Lets a script drive a real product launch without sleeping or guessing: with
 * {@code -Danodyne.readyFile=F} the workbench writes F once its first window is open (with the
 * active perspective, window title and the workspace's projects, once the example designs are
 * imported), and closes itself normally when the file {@code F.quit}
 * appears. With {@code -Danodyne.readyWizard=true} it first opens File &gt; New &gt; Anodyne Design and
 * adds the electrolyte presets and collector types the wizard offers ({@code wizardPresets=},
 * {@code wizardCollectors=}) and the collector types New Child offers under an anode
 * ({@code newChildCollectors=}), one label per {@code |}, so a test of an installed plug-in can check
 * them and take a screenshot. With {@code -Danodyne.readyInstallWizard=true} it runs Help &gt; Install
 * New Software… and writes the file once that wizard is up ({@code installWizard=title|page}); with
 * {@code -Danodyne.readyInstall=URI} too, it closes that wizard and installs from the repository
 * through p2's wizard ({@link ScriptedInstall}). The product smoke test, the extras' install test and
 * the README's screenshot recipe use this.
 */
final class ScriptedLaunch {

	static final String PROPERTY = "anodyne.readyFile";
	static final String WIZARD_PROPERTY = "anodyne.readyWizard";
	/** Picks the collector type whose label, without spaces, ends so in the opened wizard (for a screenshot). */
	static final String WIZARD_COLLECTOR_PROPERTY = "anodyne.readyWizardCollector";
	static final String INSTALL_WIZARD_PROPERTY = "anodyne.readyInstallWizard";
	/** p2's Help &gt; Install New Software… command. */
	static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
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

		Thread watcher = new Thread(() -> awaitQuitRequest(workbench, display, readyFile),
				"Anodyne scripted-launch watcher");
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
			DesignTemplatePage wizardPage = openNewDesignWizard(workbench, window);
			content += "wizardPresets=" + String.join("|", wizardPage.offeredPresets()) + "\n";
			content += "wizardCollectors=" + String.join("|", wizardPage.offeredCollectorTypes()) + "\n";
			String collector = System.getProperty(WIZARD_COLLECTOR_PROPERTY);
			if (collector != null) {
				wizardPage.offeredCollectorTypes().stream().filter(t -> t.replace(" ", "").endsWith(collector))
						.findFirst()
						.ifPresent(wizardPage::selectCollectorType);
			}
			content += "newChildCollectors="
					+ CollectorTypes.offered().stream().map(CollectorTypes.CollectorType::label)
							.collect(Collectors.joining("|"))
					+ "\n";
		}
		if (Boolean.getBoolean(INSTALL_WIZARD_PROPERTY) && window != null) {
			openInstallWizard(workbench, window, readyFile, content);
			return;
		}
		if (System.getProperty(ScriptedInstall.PROPERTY) != null) {
			ScriptedInstall.start(workbench.getDisplay(), readyFile, content);
			return;
		}
		write(readyFile, content);
	}

	private static void write(Path readyFile, String content) {
		try {
			AtomicFiles.writeString(readyFile, content);
		} catch (IOException e) {
			AnodyneUiPlugin.logError("Cannot write the ready file " + readyFile + " requested by -D" + PROPERTY, e);
		}
	}

	/**
	 * Runs Help &gt; Install New Software… through its command, as the menu does, and writes the ready
	 * file once the wizard's dialog is up, with its title and page ({@code installWizard=}). The command
	 * blocks in the dialog, so it runs after this returns and the dialog is found by polling.
	 */
	private static void openInstallWizard(IWorkbench workbench, IWorkbenchWindow window, Path readyFile,
			String content) {
		Display display = workbench.getDisplay();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof WizardDialog dialog && shell.isVisible()
						&& dialog.getCurrentPage() != null
						&& !(dialog.getCurrentPage() instanceof DesignTemplatePage)) {
					String opened = content + "installWizard=" + shell.getText() + "|"
							+ dialog.getCurrentPage().getTitle() + "\n";
					if (System.getProperty(ScriptedInstall.PROPERTY) != null) {
						dialog.close();
						ScriptedInstall.start(display, readyFile, opened);
						return;
					}
					// Paint it before saying it is up, so a screenshot taken then shows it.
					shell.update();
					write(readyFile, opened);
					return;
				}
			}
			display.timerExec((int) POLL_MILLIS, poll[0]);
		};
		display.timerExec((int) POLL_MILLIS, poll[0]);
		display.asyncExec(() -> {
			IHandlerService handlers = window.getService(IHandlerService.class);
			try {
				handlers.executeCommand(INSTALL_COMMAND, null);
			} catch (Exception e) {
				write(readyFile, content + "installWizard=failed: " + e + "\n");
			}
		});
	}

	/** Opens the New Design wizard without blocking and answers its first page. */
	private static DesignTemplatePage openNewDesignWizard(IWorkbench workbench, IWorkbenchWindow window) {
		NewDesignWizard wizard = new NewDesignWizard();
		wizard.init(workbench, StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return (DesignTemplatePage) wizard.getPage(DesignTemplatePage.NAME);
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
