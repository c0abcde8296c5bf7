package org.anodyne.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.anodyne.model.CellDesign;
import org.anodyne.model.Study;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.results.ScalarNames;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyStatus;
import org.anodyne.ui.results.ResultsUi;
import org.anodyne.ui.results.charts.FieldMapPanel;
import org.anodyne.ui.results.charts.FieldScale;
import org.anodyne.ui.results.charts.UnitText;
import org.anodyne.ui.results.internal.CompareResultsView;
import org.anodyne.ui.results.internal.RunStudyJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.resources.ProjectExplorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inverted against upright from real runs: the 2D deposition studies of the shipped symmetric
 * examples, made coarse (4 µm grid), solved in the IDE and compared. The inverted host must plate
 * at its bottom and the upright at its top, and the maps must show it.
 */
class RealRunsTest {

	private static final long RUN_TIMEOUT_MS = 10 * 60_000;

	@AfterEach
	void tearDown() {
		IWorkbenchPage page = Ui.page();
		IViewReference ref = page.findViewReference(ResultsUi.COMPARE_VIEW_ID);
		if (ref != null) {
			page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			page.hideView(ref);
		}
	}

	private static Path examples() {
		String dir = System.getProperty("anodyne.test.examples");
		return dir != null ? Path.of(dir) : Path.of("..", "..", "examples");
	}

	/** Solves an example's deposition study on a 4 µm grid into the project and returns its result folder. */
	private static IFolder solveDeposition(IProject project, String example, String name) throws Exception {
		LoadResult loaded = DesignResources.load(examples().resolve(example));
		assertTrue(loaded.ok(), "example " + example + " does not load: " + loaded.diagnostics());
		CellDesign design = loaded.design();
		List<Study> others = new ArrayList<>(design.getStudies().stream().filter(s -> !s.getId().startsWith("deposition")).toList());
		design.getStudies().removeAll(others);
		assertEquals(1, design.getStudies().size(), "one deposition study in " + example);
		design.getStudies().get(0).getSolver().setGridSpacing(4);
		Path file = Ui.location(project).resolve(name + ".anodyne");
		DesignResources.save(design, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IFile designFile = project.getFile(name + ".anodyne");
		RunStudyJob job = new RunStudyJob(designFile, List.of(), false);
		job.schedule();
		Ui.waitUntil("the deposition run of " + name, RUN_TIMEOUT_MS,
				() -> job.getState() == Job.NONE && Job.getJobManager().find(RunStudyJob.FAMILY).length == 0);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		Path written = job.writtenResults().get(0);
		assertEquals(StudyStatus.OK, StudyResult.read(written).summary().status());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		Path rel = Ui.location(project).relativize(written);
		return project.getFolder(rel.toString());
	}

	@Test
	void invertedPlatesAtTheBottomAndUprightAtTheTopOnOneColourScale() throws Exception {
		IProject project = Ui.project("real");
		IFolder inverted = solveDeposition(project, "li-cc-symmetric-inverted.anodyne", "li-cc-inverted");
		IFolder upright = solveDeposition(project, "li-cc-symmetric-upright.anodyne", "li-cc-upright");

		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		ProjectExplorer explorer = (ProjectExplorer) Ui.page().showView(ProjectExplorer.VIEW_ID);
		explorer.selectReveal(new StructuredSelection(new Object[] { inverted, upright }));
		Ui.settle(200);
		explorer.getSite().getService(IHandlerService.class).executeCommand(ResultsUi.COMPARE_COMMAND, null);
		CompareResultsView view = (CompareResultsView) Ui.page().findView(ResultsUi.COMPARE_VIEW_ID);
		Ui.page().setPartState(Ui.page().findViewReference(ResultsUi.COMPARE_VIEW_ID), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.settle(400);

		view.showTab("figures");
		int row = -1;
		TableItem[] rows = view.figuresTable().getItems();
		for (int k = 0; k < rows.length; k++) {
			if (rows[k].getText(0).equals(UnitText.scalarLabel(ScalarNames.BOTTOM_FRACTION))) {
				row = k;
			}
		}
		assertTrue(row >= 0, "a bottom-fraction row among " + Arrays.stream(rows).map(r -> r.getText(0)).toList());
		double invertedBottom = Double.parseDouble(rows[row].getText(1));
		double uprightBottom = Double.parseDouble(rows[row].getText(2));
		assertTrue(invertedBottom > 0.8, "inverted bottom fraction " + invertedBottom);
		assertTrue(uprightBottom < 0.2, "upright bottom fraction " + uprightBottom);

		view.showTab("maps");
		Ui.settle(400);
		List<FieldMapPanel> maps = view.maps();
		assertEquals(2, maps.size());
		assertEquals("newMetal", maps.get(0).getArray().name(), "the maps open on the new metal");
		assertEquals(maps.get(0).getScale(), maps.get(1).getScale(), "one colour scale for both runs");
		assertEquals(FieldScale.Palette.OCCUPANCY, maps.get(0).getScale().palette());
		assertTrue(maps.get(0).showsProfile());
		double[] down = maps.get(0).rowProfile();
		double[] up = maps.get(1).rowProfile();
		assertTrue(lowerHalf(down) > 0.5 && lowerHalf(down) > lowerHalf(up) + 0.3, "the inverted map's new metal lies "
				+ "low, the upright's high: " + lowerHalf(down) + " vs " + lowerHalf(up) + " of the row means in the lower half");
		int mapHeight = maps.get(0).getSize().y;
		assertTrue(mapHeight > 600, "the maps use the height of the maximised view: " + mapHeight + " px");
		Path shot = Ui.screenshot("compare-inverted-vs-upright");
		assertTrue(Files.size(shot) > 10_000);

		double[] view0 = maps.get(0).viewUm();
		maps.get(0).zoomTo(0, view0[1], 0, view0[3] / 4);
		maps.get(1).zoomTo(0, view0[1], view0[3] * 3 / 4, view0[3]);
		Ui.settle(300);
		assertEquals(view0[3] / 4, maps.get(0).viewUm()[3], 4.0, "zoomed to the lower quarter");
		Ui.screenshot("compare-inverted-vs-upright-zoomed");
	}

	/** The share of a row profile's total in its lower half of rows. */
	private static double lowerHalf(double[] profile) {
		double lower = 0;
		double all = 0;
		for (int j = 0; j < profile.length; j++) {
			all += profile[j];
			if (j < profile.length / 2) {
				lower += profile[j];
			}
		}
		return all > 0 ? lower / all : Double.NaN;
	}
}
