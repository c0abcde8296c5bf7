package org.anodyne.ui.results;

/** Identifiers of the result viewers' workbench contributions, for plug-ins and tests. */
public final class ResultsUi {

	/** Extension point for result viewers (schema/viewers.exsd). */
	public static final String VIEWERS_EXTENSION_POINT = "org.anodyne.ui.results.viewers";

	/** The results editor, opened on a study result's summary.json. */
	public static final String RESULTS_EDITOR_ID = "org.anodyne.ui.results.editor";

	/** The view that overlays or lines up two or more study results. */
	public static final String COMPARE_VIEW_ID = "org.anodyne.ui.results.compare";

	/** Runs the studies of the selected or edited design. */
	public static final String RUN_STUDY_COMMAND = "org.anodyne.ui.results.runStudy";

	/** Opens the comparison view on the selected result folders. */
	public static final String COMPARE_COMMAND = "org.anodyne.ui.results.compareResults";

	/** A {@code resultKind} that matches every kind of result. */
	public static final String ANY_KIND = "*";

	private ResultsUi() {
	}
}
