/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.anodyne.results.ResultsFormat;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.internal.ResultViewerDescriptor;
import org.anodyne.ui.results.internal.ResultViewerRegistry;
import org.anodyne.ui.results.internal.ResultsEditor;
import org.anodyne.ui.testing.Ui;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Viewers come from the extension point, keyed by result kind: Anodyne's own, and a third party's
 * for its own kind (contributed by this fragment), while broken contributions are logged and skipped.
 */
class ViewerRegistryTest {

	@Test
	void anodynesViewersAreContributedByKindInPriorityOrder() {
		ResultViewerRegistry r = ResultViewerRegistry.getDefault();
		assertEquals(List.of("org.anodyne.ui.results.overview", "org.anodyne.ui.results.timeSeries",
				"org.anodyne.ui.results.cycles"), ids(r.viewersFor(ResultsFormat.KIND_CYCLE_LIFE)));
		assertEquals(List.of("org.anodyne.ui.results.overview", "org.anodyne.ui.results.fieldMaps",
				"org.anodyne.ui.results.timeSeries", "org.anodyne.ui.results.otherSeries"),
				ids(r.viewersFor(ResultsFormat.KIND_DEPOSITION_2D)));
	}

	@Test
	void aThirdPartyViewerShowsItsOwnKindAndBrokenContributionsAreSkipped() {
		List<ResultViewerDescriptor> impedance = ResultViewerRegistry.getDefault().viewersFor("impedance");
		assertEquals(List.of("org.anodyne.ui.results.overview", "org.anodyne.ui.results.timeSeries",
				"org.anodyne.ui.results.tests.thirdParty", "org.anodyne.ui.results.tests.notAViewer"), ids(impedance),
				"no class, a priority that is not a number and a repeated id are skipped");
	}

	@Test
	void skippedContributionsAreLoggedWithWhatIsWrong() {
		List<String> messages = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.WARNING) {
				messages.add(status.getMessage());
			}
		};
		Platform.addLogListener(listener);
		try {
			ResultViewerRegistry.read(
					Platform.getExtensionRegistry().getConfigurationElementsFor(ResultsUi.VIEWERS_EXTENSION_POINT),
					ILog.of(ViewerRegistryTest.class));
		} finally {
			Platform.removeLogListener(listener);
		}
		assertTrue(messages.stream().anyMatch(m -> m.contains("'org.anodyne.ui.results.tests.noClass' has no 'class'")),
				messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("priority 'high' is not a whole number")),
				messages.toString());
		assertTrue(
				messages.stream()
						.anyMatch(m -> m.contains("'org.anodyne.ui.results.tests.thirdParty' is contributed twice")),
				messages.toString());
	}

	@Test
	void theResultsEditorShowsTheThirdPartyTabAndLeavesOutWhatCannotBeCreated() throws Exception {
		IProject project = Ui.project("impedance");
		ResultFixtures.impedance(Ui.location(project).resolve("results/eis/eis"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile summary = project.getFile("results/eis/eis/summary.json");
		ResultsEditor editor = (ResultsEditor) IDE.openEditor(Ui.page(), summary);
		try {
			assertEquals(List.of("Overview", "Impedance table"), editor.getTabTitles(),
					"the time-series viewer has nothing against time here, and the 'viewer' that is no ResultViewer gets no tab");
			ThirdPartyViewer viewer = (ThirdPartyViewer) editor.showViewer("org.anodyne.ui.results.tests.thirdParty")
					.orElseThrow();
			assertEquals("3 frequencies", viewer.text());
		} finally {
			Ui.page().closeAllEditors(false);
		}
	}

	private static List<String> ids(List<ResultViewerDescriptor> d) {
		return d.stream().map(ResultViewerDescriptor::id).toList();
	}
}
