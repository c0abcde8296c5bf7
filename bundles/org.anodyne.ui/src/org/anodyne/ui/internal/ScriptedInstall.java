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
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.anodyne.io.AtomicFiles;
import org.anodyne.model.edit.CollectorTypes;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The scripted launch's install through p2's own user interface, as a user does it with Help &gt; Install
 * New Software…: with {@code -Danodyne.readyInstall=URI} the workbench loads that p2 repository, builds
 * an install operation for every feature in it, opens p2's install wizard with it and writes
 * {@code F.wizard} ({@code installWizard=title|page}, {@code wizardBounds=x,y,width,height} on the
 * screen) once the wizard is up and painted; when
 * {@code F.finish} appears (the test has taken its screenshot) it presses Next until the licences
 * page, accepts them and presses Finish, answers p2's trust dialog (the extras are unsigned) by
 * trusting what it lists, and when p2 asks to restart it writes {@code F.installed} (which features the
 * profile now holds, the dialogs answered) and presses Restart Now; the launch script starts the
 * workbench again. A launch whose profile already holds every feature of the repository writes the
 * ready file {@code F} at once, with {@code profileHas=} and {@code newChildCollectors=}. It drives p2
 * through its API and SWT events (no SWTBot is published where we build); only this class refers to
 * p2, so the UI bundle imports p2's packages optionally.
 */
final class ScriptedInstall {

	static final String PROPERTY = "anodyne.readyInstall";
	private static final long POLL_MILLIS = 200;
	private static final long PATIENCE_MINUTES = 5;

	private final Display display;
	private final Path readyFile;
	private final String content;
	private final URI repository;
	private final List<String> answered = new ArrayList<>();

	private ScriptedInstall(Display display, Path readyFile, String content, URI repository) {
		this.display = display;
		this.readyFile = readyFile;
		this.content = content;
		this.repository = repository;
	}

	/** Starts the install in its own thread; the UI thread stays free to run p2's dialogs. */
	static void start(Display display, Path readyFile, String content) {
		ScriptedInstall install = new ScriptedInstall(display, readyFile, content,
				URI.create(System.getProperty(PROPERTY)));
		Thread thread = new Thread(install::run, "Anodyne scripted install");
		thread.setDaemon(true);
		thread.start();
	}

	private void run() {
		try {
			ProvisioningUI ui = ProvisioningUI.getDefaultUI();
			IMetadataRepository metadata = ui.loadMetadataRepository(repository, false, new NullProgressMonitor());
			ui.loadArtifactRepository(repository, false, new NullProgressMonitor());
			Set<IInstallableUnit> features = metadata
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), new NullProgressMonitor())
					.toUnmodifiableSet();
			Set<String> ids = features.stream().map(IInstallableUnit::getId)
					.collect(Collectors.toCollection(TreeSet::new));
			if (!ids.isEmpty() && installed(ui).containsAll(ids)) {
				String offered = onUiThread(() -> CollectorTypes.offered().stream()
						.map(CollectorTypes.CollectorType::label).collect(Collectors.joining("|")));
				write(readyFile,
						content + "profileHas=" + String.join(",", ids) + "\nnewChildCollectors=" + offered + "\n");
				return;
			}
			InstallOperation operation = ui.getInstallOperation(features, new URI[]{repository});
			IStatus resolved = operation.resolveModal(new NullProgressMonitor());
			if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
				fail("the install of " + ids + " does not resolve: " + resolved);
				return;
			}
			display.asyncExec(() -> ui.openInstallWizard(features, operation, null));
			WizardDialog wizard = await("p2's install wizard", () -> {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getData() instanceof WizardDialog dialog
							&& dialog.getCurrentPage() != null) {
						// Paint it before saying it is up, so the screenshot taken then shows it.
						shell.update();
						return dialog;
					}
				}
				return null;
			});
			write(sibling("wizard"), onUiThread(() -> {
				Rectangle bounds = wizard.getShell().getBounds();
				return "installWizard=" + wizard.getShell().getText() + "|" + wizard.getCurrentPage().getTitle()
						+ "\nwizardBounds=" + bounds.x + "," + bounds.y + "," + bounds.width + "," + bounds.height
						+ "\n";
			}));
			await("the test's go-ahead " + sibling("finish"), () -> Files.exists(sibling("finish")) ? true : null);
			await("the wizard to finish", () -> pressFinish(wizard) ? true : null);
			await("p2 to ask for a restart", () -> answerDialogs(ui) ? true : null);
		} catch (IllegalStateException | IOException e) {
			fail(e.getMessage());
		} catch (Exception e) {
			fail(e.toString());
		}
	}

	/**
	 * One step through the wizard: on the licences page accept them, then Next until Finish is enabled
	 * and press it. True once Finish was pressed.
	 */
	private static boolean pressFinish(WizardDialog wizard) {
		Shell shell = wizard.getShell();
		for (Button radio : buttons(shell, SWT.RADIO)) {
			if (plain(radio).startsWith("I accept") && !radio.getSelection()) {
				buttons(shell, SWT.RADIO).forEach(other -> other.setSelection(other == radio));
				radio.notifyListeners(SWT.Selection, new Event());
			}
		}
		Button finish = button(shell, IDialogConstants.FINISH_ID);
		if (finish != null && finish.isEnabled()) {
			finish.notifyListeners(SWT.Selection, new Event());
			return true;
		}
		Button next = button(shell, IDialogConstants.NEXT_ID);
		if (next != null && next.isEnabled()) {
			next.notifyListeners(SWT.Selection, new Event());
		}
		return false;
	}

	/**
	 * Answers what p2 asks while it installs: its trust dialog by trusting every item it lists, and its
	 * restart question, after recording the profile, with Restart Now. True once restart was pressed.
	 */
	private boolean answerDialogs(ProvisioningUI ui) {
		for (Shell shell : display.getShells()) {
			if (!shell.isVisible() || shell.getData() instanceof WizardDialog || shell.getParent() == null) {
				continue;
			}
			String kind = shell.getData() == null ? "" : shell.getData().getClass().getSimpleName();
			Button restart = buttons(shell, SWT.PUSH).stream().filter(b -> plain(b).startsWith("Restart")).findFirst()
					.orElse(null);
			if (kind.startsWith("Trust")) {
				for (Table table : controls(shell, Table.class)) {
					if ((table.getStyle() & SWT.CHECK) != 0) {
						for (TableItem item : table.getItems()) {
							item.setChecked(true);
							Event checked = new Event();
							checked.item = item;
							checked.detail = SWT.CHECK;
							table.notifyListeners(SWT.Selection, checked);
						}
					}
				}
				Button ok = button(shell, IDialogConstants.OK_ID);
				if (ok != null && ok.isEnabled()) {
					answered.add(shell.getText() + ": " + plain(ok));
					ok.notifyListeners(SWT.Selection, new Event());
				}
			} else if (restart != null) {
				answered.add(shell.getText() + ": " + plain(restart));
				try {
					write(sibling("installed"), "profileHas=" + String.join(",", installed(ui)) + "\nanswered="
							+ String.join("|", answered) + "\n");
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				restart.notifyListeners(SWT.Selection, new Event());
				return true;
			}
		}
		return false;
	}

	/** The ids of the feature groups the running profile holds. */
	private static Set<String> installed(ProvisioningUI ui) {
		IProfileRegistry registry = ui.getSession().getProvisioningAgent().getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(ui.getProfileId());
		if (profile == null) {
			return Set.of();
		}
		return profile.query(QueryUtil.createIUGroupQuery(), new NullProgressMonitor()).toUnmodifiableSet().stream()
				.map(IInstallableUnit::getId).collect(Collectors.toCollection(TreeSet::new));
	}

	/** Asks on the UI thread, every {@value #POLL_MILLIS} ms, until the answer is not null. */
	private <T> T await(String what, Supplier<T> poll) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
		while (System.nanoTime() < deadline && !display.isDisposed()) {
			T answer = onUiThread(poll::get);
			if (answer != null) {
				return answer;
			}
			Thread.sleep(POLL_MILLIS);
		}
		String shells = display.isDisposed()
				? ""
				: onUiThread(() -> Arrays.stream(display.getShells()).filter(Shell::isVisible)
						.map(Shell::getText).collect(Collectors.joining("|")));
		throw new IllegalStateException(
				"waited " + PATIENCE_MINUTES + " min for " + what + "; open windows: " + shells);
	}

	/** Runs on the UI thread and returns its result; exceptions there come back as IllegalStateException. */
	private <T> T onUiThread(Supplier<T> task) {
		Object[] result = new Object[1];
		RuntimeException[] failure = new RuntimeException[1];
		display.syncExec(() -> {
			try {
				result[0] = task.get();
			} catch (RuntimeException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw new IllegalStateException(failure[0].toString(), failure[0]);
		}
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	/** Says why the install stopped in every file the test may be waiting for. */
	private void fail(String why) {
		String line = "installFailed=" + why.replace('\n', ' ') + "\n";
		try {
			for (String suffix : new String[]{"wizard", "installed"}) {
				if (!Files.exists(sibling(suffix))) {
					write(sibling(suffix), line);
				}
			}
		} catch (IOException e) {
			AnodyneUiPlugin.logError("Cannot write the scripted install's files beside " + readyFile, e);
		}
		AnodyneUiPlugin.logError("The scripted install stopped: " + why, null);
	}

	private Path sibling(String suffix) {
		return readyFile.resolveSibling(readyFile.getFileName() + "." + suffix);
	}

	private static void write(Path file, String text) throws IOException {
		AtomicFiles.writeString(file, text);
	}

	private static String plain(Button button) {
		return button.getText().replace("&", "");
	}

	/** The dialog button with this id (JFace stores it as the button's data). */
	private static Button button(Shell shell, int id) {
		return controls(shell, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData()))
				.findFirst().orElse(null);
	}

	private static List<Button> buttons(Shell shell, int style) {
		return controls(shell, Button.class).stream().filter(b -> (b.getStyle() & style) != 0).toList();
	}

	private static <C extends Control> List<C> controls(Composite parent, Class<C> type) {
		List<C> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(controls(composite, type));
			}
		}
		return found;
	}
}
