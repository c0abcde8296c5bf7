/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.anodyne.results.Provenance;
import org.anodyne.results.ResultsFormat;
import org.anodyne.results.ResultsLayout;
import org.anodyne.results.StudyResult;
import org.anodyne.results.StudyResultWriter;
import org.anodyne.results.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTest {

	@Test
	void namesBecomeReadableFolderNamesThatReadBack() {
		assertEquals("plate_1_mAh%2Fcm2_at_0.25", ResultsLayout.folderName("plate 1 mAh/cm2 at 0.25"));
		assertEquals("%2E.%2F", ResultsLayout.folderName("../"));
		assertEquals("%", ResultsLayout.folderName(""));
		assertEquals("Li%7C%7CLi_inverted", ResultsLayout.folderName("Li||Li inverted"));
		assertEquals("%2E.x", ResultsLayout.folderName("..x"));
		assertEquals("a%5Fb", ResultsLayout.folderName("a_b"));
		assertEquals("%C2%B5m", ResultsLayout.folderName("µm"));
		for (String name : List.of("plate 1 mAh/cm2 at 0.25", "../", "", "a_b", "a b", "µm ≈ 1", "x.old-999999-1",
				"sweep+x", "a@b", "x~writing-1-1", "%41")) {
			assertEquals(name, ResultsLayout.nameOf(ResultsLayout.folderName(name)), name);
		}
		String longName = ResultsLayout.folderName("a".repeat(500));
		assertEquals(120, longName.length());
		assertNotEquals(longName, ResultsLayout.folderName("a".repeat(501)));
	}

	@Test
	void resultsGoBesideTheDesignUnlessARootIsGiven() {
		Path design = Path.of("/data/cells/li-cc.anodyne");
		assertEquals(Path.of("/data/cells/results"), ResultsLayout.defaultRoot(design));
		assertEquals(Path.of("/data/cells/results/li-cc"),
				ResultsLayout.designDirectory(ResultsLayout.defaultRoot(design), design));
		Map<String, Path> dirs = ResultsLayout.studyDirectories(Path.of("/data/cells/out"), design,
				List.of("a/b", "a b", "life", "a_b"));
		assertEquals(Path.of("/data/cells/out/li-cc/a%2Fb"), dirs.get("a/b"));
		assertEquals(Path.of("/data/cells/out/li-cc/a_b"), dirs.get("a b"));
		assertEquals(Path.of("/data/cells/out/li-cc/life"), dirs.get("life"));
		assertEquals(Path.of("/data/cells/out/li-cc/a%5Fb"), dirs.get("a_b"));
	}

	@Test
	void designsWhoseNamesLookAlikeOrThatLiveInOtherFoldersGetTheirOwnFolders() {
		Path root = Path.of("/data/results");
		Path spaced = Path.of("/data/a b.anodyne");
		Path underscored = Path.of("/data/a_b.anodyne");
		assertNotEquals(ResultsLayout.designDirectory(root, spaced), ResultsLayout.designDirectory(root, underscored));
		Path x = ResultsLayout.designDirectory(root, Path.of("/data/x/cell.anodyne"));
		Path y = ResultsLayout.designDirectory(root, Path.of("/data/y/cell.anodyne"));
		assertNotEquals(x, y);
		assertTrue(x.getFileName().toString().startsWith("cell" + ResultsLayout.HASH_MARK), x.toString());
		// The hash is of the path relative to the root's folder: a clone elsewhere keeps its folders.
		assertEquals(x.getFileName(),
				ResultsLayout.designDirectory(Path.of("/clone/results"), Path.of("/clone/x/cell.anodyne"))
						.getFileName());
	}

	@Test
	void studiesWithOneNameAndStudiesAndSweepsWithLookAlikeNamesGetTheirOwnFolders() {
		Path design = Path.of("/data/cell.anodyne");
		Path root = ResultsLayout.defaultRoot(design);
		List<Path> dirs = ResultsLayout.studyDirectories(root, design, List.of("life", "life", "sweep x", "a b", "a_b"),
				List.of("l1", "l2", "s", "ab1", "ab2"));
		assertEquals(dirs.size(), new HashSet<>(dirs).size(), dirs.toString());
		Path sweep = ResultsLayout.sweepDirectory(root, design, "x", null);
		assertTrue(!dirs.contains(sweep), sweep.toString());
		assertNotEquals(ResultsLayout.sweepDirectory(root, design, "x", "s1"),
				ResultsLayout.sweepDirectory(root, design, "x", "s2"));
	}

	@Test
	void aStudyCannotTouchTheStagingFolderOfAStudyWhoseNameExtendsItsOwn(@TempDir Path tmp) throws Exception {
		Path design = tmp.resolve("cell.anodyne");
		Map<String, Path> dirs = ResultsLayout.studyDirectories(ResultsLayout.defaultRoot(design), design,
				List.of("x", "x.old-999999-1"));
		Path other = dirs.get("x.old-999999-1");
		try (StudyResultWriter writing = StudyResultWriter.create(other)) {
			// While "x.old-999999-1" is being written, "x" starts and commits.
			try (StudyResultWriter x = StudyResultWriter.create(dirs.get("x"))) {
				x.commit(summary("x"));
			}
			writing.commit(summary("x.old-999999-1"));
		}
		assertEquals("x.old-999999-1", StudyResult.read(other).summary().study());
		assertEquals("x", StudyResult.read(dirs.get("x")).summary().study());
		try (var left = Files.list(other.getParent())) {
			assertEquals(2, left.count(), "no staging folder left behind");
		}
	}

	private static StudySummary summary(String study) {
		return StudySummary.builder(study, ResultsFormat.KIND_DEPOSITION_2D)
				.provenance(new Provenance("test", "cell.anodyne", "sha256:0", null, "", "", "", Map.of())).build();
	}
}
