/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.internal;

import java.util.Optional;

import org.anodyne.ui.results.ResultsUi;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

/**
 * The tooltip of a table of scalars (rows whose data is the scalar's summary.json name): what the
 * scalar means and a link to its page in the user guide. A JFace tooltip rather than the table's own,
 * because only a tooltip of one's own can hold a link; it stays while the pointer moves within the
 * row or onto the tooltip, so that the link can be clicked. Help opens through the workbench's help
 * system, so the result viewers need no plug-in of the help's.
 */
public final class ScalarTip extends ToolTip {

	private final Table table;
	private Link link;

	private ScalarTip(Table table) {
		super(table, ToolTip.NO_RECREATE, false);
		this.table = table;
		setHideOnMouseDown(false);
		setPopupDelay(400);
	}

	/** Gives a table of scalars its tooltips; each row's data must be the scalar's name. */
	static ScalarTip attach(Table table) {
		return new ScalarTip(table);
	}

	private TableItem itemAt(Event event) {
		return table.getItem(new Point(event.x, event.y));
	}

	@Override
	protected Object getToolTipArea(Event event) {
		return itemAt(event);
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		TableItem item = itemAt(event);
		return super.shouldCreateToolTip(event) && item != null && item.getData() instanceof String name
				&& !Texts.scalarMeaning(name).isEmpty();
	}

	@Override
	protected Composite createToolTipContentArea(Event event, Composite parent) {
		String name = (String) itemAt(event).getData();
		Composite area = new Composite(parent, SWT.NONE);
		area.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		area.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		area.setLayout(layout);
		Label meaning = new Label(area, SWT.WRAP);
		meaning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		meaning.setText(Texts.scalarMeaning(name));
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = Math.min(420, meaning.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
		meaning.setLayoutData(wrap);
		Optional<String> href = ResultsUi.helpHref(name);
		link = null;
		if (href.isPresent()) {
			link = new Link(area, SWT.NONE);
			link.setText("<a>Help page: " + Texts.scalarLabel(name).replace("&", "&&") + "</a>");
			link.setData(href.get());
			link.addListener(SWT.Selection, e -> {
				hide();
				PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(href.get());
			});
		}
		return area;
	}

	@Override
	protected void afterHideToolTip(Event event) {
		link = null;
	}

	/**
	 * The link to the help page in the tooltip on screen (its data is the href), or null when none
	 * is (the tooltip appears after a short delay); for tests, which show it with {@link #show}.
	 */
	public Link link() {
		return link;
	}
}
