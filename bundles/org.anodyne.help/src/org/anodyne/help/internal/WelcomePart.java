/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.help.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.IntroPart;

/**
 * The welcome page: where a newcomer starts (the tutorial cheat sheet, an example, a new design,
 * the user guide). Plain SWT forms, so it needs no browser. Each entry runs a command, the same a
 * menu runs, and puts the welcome page aside.
 */
public class WelcomePart extends IntroPart {

	/** Id of the cheat sheet "Your first inverted-anode study". */
	public static final String CHEAT_SHEET = "org.anodyne.help.firstInvertedStudy";

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to Anodyne");
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 28;
		layout.marginHeight = 16;
		layout.verticalSpacing = 4;
		body.setLayout(layout);
		text(body, "Design metal-anode battery cells and predict where new metal plates inside a porous current"
				+ " collector and how long the cell lives. Anodyne follows Li et al., \"Inverted Anode Structure for"
				+ " Long-Life Lithium Metal Batteries\", Adv. Energy Mater. 2022.", 12);

		entry(body, "Your first inverted-anode study",
				"A cheat sheet: open the paper's upright cell, flip its anode, validate, run and compare, one step at a time.",
				"org.eclipse.ui.cheatsheets.openCheatSheet", Map.of("cheatSheetId", CHEAT_SHEET));
		entry(body, "Open the paper's inverted cell",
				"The symmetric Li-CC cell with the lithium face turned away from the separator, with its studies.",
				DesignStepHandler.COMMAND_ID, Map.of("file", "li-cc-symmetric-inverted.anodyne"));
		entry(body, "Create a design",
				"File > New > Anodyne Design: start from one of the paper's cells or from an empty design.",
				"org.eclipse.ui.newWizard", Map.of("newWizardId", "org.anodyne.ui.wizards.NewDesignWizard"));
		entry(body, "Read the user guide",
				"Collectors, pre-deposit and orientation, the nucleation barrier, studies and results; first design, run and compare, headless and CI, sweeps here and on Slurm.",
				"org.eclipse.ui.help.displayHelp", Map.of("href", "/org.anodyne.help/guide/index.html"));
		entry(body, "What the results mean",
				"Every result quantity (Pi, J/Jlim, t/tau Sand, metal in the lower half, cycles to failure ...), its unit and how to read it.",
				"org.eclipse.ui.help.displayHelp",
				Map.of("href", "/org.anodyne.help/guide/reference/quantities/index.html"));

		Hyperlink workbench = toolkit.createHyperlink(body, "Go to the workbench", SWT.NONE);
		GridData data = new GridData();
		data.verticalIndent = 18;
		workbench.setLayoutData(data);
		workbench.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				PlatformUI.getWorkbench().getIntroManager().closeIntro(WelcomePart.this);
			}
		});
		PlatformUI.getWorkbench().getHelpSystem().setHelp(form, "org.anodyne.help.welcome");
	}

	private void text(Composite body, String text, int spaceAfter) {
		Label label = toolkit.createLabel(body, text, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 560;
		label.setLayoutData(data);
		Label gap = toolkit.createLabel(body, "");
		GridData g = new GridData();
		g.heightHint = spaceAfter;
		gap.setLayoutData(g);
	}

	/** A link that runs a command, with a line saying what it does. */
	private void entry(Composite body, String title, String description, String commandId,
			Map<String, String> parameters) {
		Hyperlink link = toolkit.createHyperlink(body, title, SWT.NONE);
		link.setFont(JFaceResources.getHeaderFont());
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				run(title, commandId, parameters);
			}
		});
		text(body, description, 10);
	}

	private void run(String title, String commandId, Map<String, String> parameters) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		PlatformUI.getWorkbench().getIntroManager().setIntroStandby(this, true);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters),
					null);
		} catch (CommandException e) {
			ILog.of(WelcomePart.class).warn("Welcome page: '" + title + "' (" + commandId + ") failed", e);
			MessageDialog.openError(form.getShell(), title, title + " failed: " + e.getMessage());
		}
	}

	@Override
	public void standbyStateChanged(boolean standby) {
		form.reflow(true);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
