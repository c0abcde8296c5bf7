/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.anodyne.model.Anode;
import org.anodyne.model.Cell;
import org.anodyne.model.CellDesign;
import org.anodyne.model.edit.FlipAnodeCommand;
import org.anodyne.ui.diagram.internal.CellPart;
import org.anodyne.ui.diagram.internal.CellStack;
import org.anodyne.ui.diagram.internal.DepositBar;
import org.anodyne.ui.diagram.internal.DesignEditors;
import org.anodyne.ui.diagram.internal.DesignPart;
import org.anodyne.ui.diagram.internal.DiagramCommands;
import org.anodyne.ui.diagram.internal.DiagramPalette;
import org.anodyne.ui.diagram.internal.DiagramParts;
import org.anodyne.ui.diagram.internal.DiagramState;
import org.anodyne.ui.diagram.internal.EmfCommand;
import org.anodyne.ui.diagram.internal.PaletteVisibility;
import org.anodyne.ui.diagram.internal.SharedCommandStack;
import org.anodyne.ui.diagram.internal.StackScale;
import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.editparts.ScalableRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The cell-stack diagram of the design in the active design editor: every cell drawn to scale (or
 * on a compressed scale), with its host's real cross-section and the pre-deposited metal on the
 * face its orientation gives.
 * <p>
 * It is a view on the editor rather than an editor of its own so that there is one editing domain:
 * it edits through the editor's domain, and its GEF command stack is a {@link SharedCommandStack}
 * over the editor's EMF stack. Undo, redo and the dirty state are therefore the editor's, whichever
 * of tree, Properties and diagram made the change; selection follows both ways, and Properties
 * shows what is selected on the diagram through the editor's own property sheet.
 * <p>
 * Flip: the toolbar, the context menu, the F key, or dragging the metal to the other face of its
 * host. Thickness: drag the top or bottom handle of a host or separator. The palette changes the
 * collector type or metal and adds or removes a lithiophilic layer.
 */
public class CellStackView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.anodyne.ui.diagram.CellStackView";

	/** Height the thickest cell is drawn to on the linear scale [px]. */
	private static final int FIT_HEIGHT = 460;

	/** The zooms the diagram may be drawn at to fit the view's width: never larger than drawn, at least a tenth. */
	private static final double[] FIT_ZOOMS = {0.1, 1.0};

	/**
	 * Width [px] the diagram needs beside the palette to stay legible (a cell drawn at about two thirds of its
	 * size); a narrower view folds the palette away until the user shows it.
	 */
	private static final int LEGIBLE_DIAGRAM_WIDTH = 300;

	private final EditDomain editDomain = new EditDomain();
	private ScrollingGraphicalViewer viewer;
	private DepositBar depositBar;
	private IEditorPart editor;
	private DiagramState state;
	private SharedCommandStack stack;
	private boolean syncing;
	private boolean fitPending;

	private final DiagramSelection selection = new DiagramSelection();
	private final ISelectionChangedListener editorSelection = this::editorSelectionChanged;

	private final Action flip = action("Flip Anode",
			"Flip the selected anodes (or every anode): F, or drag the metal to the other face", this::flip);
	private final Action compressed = new Action("Compressed Scale", IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			setCompressed(isChecked());
		}
	};
	private final Action overlay = new Action("Show Deposit", IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			showDeposit(isChecked());
		}
	};
	/**
	 * Unset until the user chooses; then the palette stays as chosen whatever the view's width, across
	 * closing the view and restarts.
	 */
	private Boolean paletteChosen = PaletteVisibility.load();
	private SashForm sash;
	private Control palette;
	private final Action showPalette = new Action("Show Palette", IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			paletteChosen = isChecked();
			PaletteVisibility.store(paletteChosen);
			fitPalette();
		}
	};
	private final Action exportPng = action("Export PNG…", "Save the diagram as a PNG picture", () -> export(false));
	private final Action exportSvg = action("Export SVG…", "Save the diagram as an SVG drawing", () -> export(true));
	private final Action undo = action("Undo", "Undo the last edit of the design", () -> stack.undo());
	private final Action redo = action("Redo", "Redo the edit undone last", () -> stack.redo());

	private final IPartListener2 parts = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (part instanceof IEditorPart e && part != editor) {
				if (DesignEditors.designOf(e) != null) {
					show(e);
				} else if (editor == null) {
					setContentDescription(notADesign(e));
				}
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				show(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);

		depositBar = new DepositBar(body, this::redraw);

		sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		palette = DiagramPalette.create(sash, editDomain);

		viewer = new ScrollingGraphicalViewer();
		viewer.createControl(sash);
		ScalableRootEditPart root = new ScalableRootEditPart();
		viewer.setRootEditPart(root);
		root.getZoomManager().setZoomLevels(FIT_ZOOMS);
		// The view sits in a narrow column: the diagram fits its width (fitToWidth) and scrolls only down.
		((FigureCanvas) viewer.getControl()).setHorizontalScrollBarVisibility(FigureCanvas.NEVER);
		viewer.getControl().addListener(SWT.Resize, e -> fitToWidth());
		viewer.setEditPartFactory(new DiagramParts());
		viewer.getControl().setBackground(viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_WHITE));
		editDomain.addViewer(viewer);
		sash.addListener(SWT.Resize, e -> fitPalette());
		showPalette.setToolTipText("Show the palette of collector types, metals and layers (it folds away when the"
				+ " view is too narrow for it and a legible diagram)");
		// F1 on the diagram opens its page of the user guide (context defined by org.anodyne.help).
		PlatformUI.getWorkbench().getHelpSystem().setHelp(viewer.getControl(), "org.anodyne.help.cell_diagram");

		KeyHandler keys = new KeyHandler();
		keys.put(KeyStroke.getPressed('f', 'f', 0), flip);
		viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));

		viewer.addSelectionChangedListener(this::diagramSelectionChanged);
		getSite().setSelectionProvider(selection);

		flip.setImageDescriptor(ImageDescriptor.createFromURL(getClass().getResource("/icons/flip16.png")));
		IActionBars bars = getViewSite().getActionBars();
		IToolBarManager toolbar = bars.getToolBarManager();
		toolbar.add(flip);
		toolbar.add(compressed);
		toolbar.add(overlay);
		toolbar.add(new Separator());
		toolbar.add(exportPng);
		toolbar.add(exportSvg);
		bars.getMenuManager().add(showPalette);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();

		getSite().getPage().addPartListener(parts);
		IEditorPart active = getSite().getPage().getActiveEditor();
		show(active != null && DesignEditors.designOf(active) != null ? active : null);
		if (editor == null && active != null) {
			setContentDescription(notADesign(active));
		}
	}

	/** What the view says while a result (or another non-design) editor is active and no design was shown yet. */
	private static String notADesign(IEditorPart active) {
		return active.getTitle() + " is not a design. The cell stack of the design editor last active is drawn"
				+ " here: open a design (.anodyne) to see its cells.";
	}

	/**
	 * Gives the palette the width its widest button needs (at most half the view), the diagram the rest: a
	 * fixed share clipped the buttons in the perspective's right-hand column. Where that would leave the
	 * diagram too narrow to read (the perspective's right-hand column), the palette folds away unless the
	 * user asked for it: fitted beside it there, the cell was drawn at a third of its size.
	 */
	private void fitPalette() {
		int width = sash.getClientArea().width;
		if (width <= 0) {
			return;
		}
		int wanted = palette.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + sash.getSashWidth();
		boolean shown = paletteChosen != null ? paletteChosen : width - wanted >= LEGIBLE_DIAGRAM_WIDTH;
		showPalette.setChecked(shown);
		sash.setMaximizedControl(shown ? null : viewer.getControl());
		int paletteWidth = Math.min(wanted, width / 2);
		sash.setWeights(new int[]{paletteWidth, Math.max(1, width - paletteWidth)});
	}

	/** Whether the palette is showing beside the diagram. */
	public boolean paletteShown() {
		return sash.getMaximizedControl() == null;
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private void fillMenu(IMenuManager menu) {
		menu.add(flip);
		menu.add(compressed);
		menu.add(overlay);
		menu.add(showPalette);
		menu.add(new Separator());
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(exportPng);
		menu.add(exportSvg);
	}

	/** Shows the design of an editor (null: none) on the editor's editing domain and command stack. */
	public void show(IEditorPart newEditor) {
		detach();
		editor = newEditor;
		overlay.setChecked(false);
		depositBar.clear(null);
		CellDesign design = editor == null ? null : DesignEditors.designOf(editor);
		if (design == null) {
			viewer.setContents((EditPart) null);
			setContentDescription("Open a design to see its cells.");
			updateActions();
			return;
		}
		EditingDomain domain = ((IEditingDomainProvider) editor).getEditingDomain();
		stack = new SharedCommandStack(domain.getCommandStack());
		stack.addCommandStackListener(event -> updateActions());
		editDomain.setCommandStack(stack);
		double thickest = design.getCells().stream().mapToDouble(CellStack::thicknessOf).max().orElse(0.0);
		state = new DiagramState(domain, StackScale.fitting(thickest, FIT_HEIGHT, compressed.isChecked()));
		viewer.setProperty(DiagramState.KEY, state);
		viewer.setContents(design);
		// Cells added or removed, a collector of another width or the other scale change the design's width.
		contentFigure().addFigureListener(figure -> fitLater());
		fitToWidth();
		editor.getSite().getSelectionProvider().addSelectionChangedListener(editorSelection);
		setContentDescription(editor.getTitle());
		updateActions();
	}

	/** Stops listening to the editor shown so far and lets go of its command stack. */
	private void detach() {
		if (editor != null) {
			editor.getSite().getSelectionProvider().removeSelectionChangedListener(editorSelection);
		}
		if (stack != null) {
			stack.dispose();
			stack = null;
		}
	}

	private void updateActions() {
		boolean on = stack != null;
		flip.setEnabled(on);
		exportPng.setEnabled(on);
		exportSvg.setEnabled(on);
		overlay.setEnabled(on);
		compressed.setEnabled(on);
		undo.setEnabled(on && stack.canUndo());
		redo.setEnabled(on && stack.canRedo());
		undo.setText(on && stack.canUndo() ? "Undo " + stack.getUndoCommand().getLabel() : "Undo");
		redo.setText(on && stack.canRedo() ? "Redo " + stack.getRedoCommand().getLabel() : "Redo");
	}

	// ---- what the diagram shows

	/** The graphical viewer (tests drive it). */
	public GraphicalViewer viewer() {
		return viewer;
	}

	/** The diagram's figure: every cell, the size of the exported pictures. */
	public IFigure contentFigure() {
		return ((GraphicalEditPart) viewer.getContents()).getFigure();
	}

	/** The GEF command stack the diagram's tools execute on (the editor's EMF stack behind it). */
	public SharedCommandStack commandStack() {
		return stack;
	}

	public void setCompressed(boolean on) {
		compressed.setChecked(on);
		if (state != null) {
			state.setScale(state.scale().withCompressed(on));
			redraw();
		}
	}

	/** Flips the anodes of the selection, or of every cell when nothing on the diagram is selected. */
	public void flip() {
		if (stack == null) {
			return;
		}
		List<Object> selected = selection.models();
		List<Anode> anodes = FlipAnodeCommand.anodesOf(selected);
		if (anodes.isEmpty()) {
			anodes = FlipAnodeCommand.anodesOf(DesignEditors.designOf(editor).getCells());
		}
		stack.execute(new EmfCommand(DiagramCommands.flip(state.domain(), anodes)));
	}

	// ---- results

	/** Overlays the newest deposit of each cell's deposition study on its host; off removes it. */
	public void showDeposit(boolean on) {
		overlay.setChecked(on);
		if (state == null) {
			return;
		}
		depositBar.clear(state);
		setContentDescription(editor.getTitle());
		if (on) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			Path path = file == null || file.getLocation() == null ? null : file.getLocation().toFile().toPath();
			if (!depositBar.show(path, DesignEditors.designOf(editor), state)) {
				overlay.setChecked(false);
				setContentDescription(editor.getTitle() + ": no cell has a complete 2D deposition result beside the "
						+ "design yet; run a deposition study first");
			}
		}
		redraw();
	}

	/** Shows result frame k (in time order) of the overlaid deposits. */
	public void showFrame(int k) {
		depositBar.showFrame(k);
	}

	/**
	 * Fits the diagram to the view's width without a horizontal scroll bar: the cells side by side when
	 * they fit, else one above the other, drawn smaller when even one cell is wider than the view (never
	 * larger than its own size). The vertical scroll bar's width is kept free, so that a bar appearing
	 * does not push the cells past the edge.
	 */
	public void fitToWidth() {
		fitPending = false;
		if (viewer.getControl().isDisposed() || !(viewer.getContents() instanceof DesignPart design)) {
			return;
		}
		FigureCanvas canvas = (FigureCanvas) viewer.getControl();
		int width = canvas.getClientArea().width;
		if (canvas.getVerticalBar() != null && !canvas.getVerticalBar().isVisible()) {
			width -= canvas.getVerticalBar().getSize().x;
		}
		if (width <= 0) {
			return;
		}
		int designWidth = design.arrangeFor(width);
		zoomManager().setZoom(Math.min(1.0, width / (double) designWidth));
	}

	/** Fits once the figures have settled (a change of the design's size is reported while it is laid out). */
	private void fitLater() {
		if (!fitPending) {
			fitPending = true;
			viewer.getControl().getDisplay().asyncExec(this::fitToWidth);
		}
	}

	/** The zoom the diagram is drawn at. */
	public ZoomManager zoomManager() {
		return ((ScalableRootEditPart) viewer.getRootEditPart()).getZoomManager();
	}

	private void redraw() {
		if (viewer.getContents() instanceof DesignPart design) {
			design.refreshAll();
		}
	}

	// ---- export

	private void export(boolean svg) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[]{svg ? "*.svg" : "*.png"});
		dialog.setFileName(editor.getTitle().replaceFirst("\\.anodyne$", "") + (svg ? "-stack.svg" : "-stack.png"));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			String title = "Cell stack of " + editor.getTitle();
			if (svg) {
				DiagramExport.svg(contentFigure(), title, Path.of(chosen));
			} else {
				DiagramExport.png(contentFigure(), title, Path.of(chosen));
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + chosen + ": " + e.getMessage());
		}
	}

	// ---- selection, both ways

	private void diagramSelectionChanged(SelectionChangedEvent event) {
		List<Object> models = selection.models();
		selection.fire();
		if (syncing || editor == null || models.isEmpty()) {
			return;
		}
		syncing = true;
		try {
			editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(models));
		} finally {
			syncing = false;
		}
	}

	private void editorSelectionChanged(SelectionChangedEvent event) {
		if (syncing || !(event.getSelection() instanceof IStructuredSelection structured)) {
			return;
		}
		List<EditPart> found = new ArrayList<>();
		for (Object element : structured.toList()) {
			Object part = viewer.getEditPartRegistry().get(element);
			if (part instanceof EditPart editPart && !(editPart instanceof DesignPart)) {
				found.add(editPart);
			}
		}
		syncing = true;
		try {
			viewer.setSelection(new StructuredSelection(found));
			if (!found.isEmpty()) {
				viewer.reveal(found.get(0));
			}
		} finally {
			syncing = false;
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && editor != null) {
			// The editor's property sheet: the same units, the same commands on the same stack.
			return editor.getAdapter(adapter);
		}
		if (adapter == org.eclipse.gef.commands.CommandStack.class) {
			return (T) stack;
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(parts);
		detach();
		editor = null;
		super.dispose();
	}

	/** The diagram's selection as the model elements it shows, for Properties and the workbench. */
	private final class DiagramSelection implements ISelectionProvider {
		private final List<ISelectionChangedListener> listeners = new ArrayList<>();

		List<Object> models() {
			List<Object> models = new ArrayList<>();
			if (viewer != null) {
				for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
					Object model = ((EditPart) part).getModel();
					if (model instanceof EObject && !(part instanceof DesignPart)) {
						models.add(model);
					}
				}
			}
			return models;
		}

		void fire() {
			SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
			for (ISelectionChangedListener listener : List.copyOf(listeners)) {
				listener.selectionChanged(event);
			}
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public ISelection getSelection() {
			return new StructuredSelection(models());
		}

		@Override
		public void setSelection(ISelection selection) {
			editorSelectionChanged(new SelectionChangedEvent(this, selection));
		}
	}

	/** The part that draws a cell. */
	public Optional<CellPart> partOf(Cell cell) {
		return Optional.ofNullable((CellPart) viewer.getEditPartRegistry().get(cell));
	}
}
