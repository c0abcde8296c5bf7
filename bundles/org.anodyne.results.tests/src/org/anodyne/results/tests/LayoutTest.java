package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.anodyne.results.ResultsLayout;
import org.junit.jupiter.api.Test;

class LayoutTest {

	@Test
	void studyNamesBecomeReadableSafeDirectoryNames() {
		assertEquals("plate_1_mAh_cm2_at_0.25", ResultsLayout.safeName("plate 1 mAh/cm2 at 0.25"));
		assertEquals("study", ResultsLayout.safeName("../"));
		assertEquals("study", ResultsLayout.safeName(""));
		assertEquals("Li_Li_inverted", ResultsLayout.safeName("Li||Li inverted"));
		assertEquals("x", ResultsLayout.safeName("..x"));
		assertEquals(80, ResultsLayout.safeName("a".repeat(500)).length());
	}

	@Test
	void resultsGoBesideTheDesignUnlessARootIsGiven() {
		Path design = Path.of("/data/cells/li-cc.anodyne");
		assertEquals(Path.of("/data/cells/results"), ResultsLayout.defaultRoot(design));
		Map<String, Path> dirs = ResultsLayout.studyDirectories(Path.of("/out"), design,
				List.of("a/b", "a b", "life", "a_b"));
		assertEquals(Path.of("/out/li-cc/a_b"), dirs.get("a/b"));
		assertEquals(Path.of("/out/li-cc/a_b-2"), dirs.get("a b"));
		assertEquals(Path.of("/out/li-cc/life"), dirs.get("life"));
		assertEquals(Path.of("/out/li-cc/a_b-3"), dirs.get("a_b"));
	}
}
