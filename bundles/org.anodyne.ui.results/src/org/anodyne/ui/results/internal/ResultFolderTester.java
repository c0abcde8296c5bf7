package org.anodyne.ui.results.internal;

import org.eclipse.core.expressions.PropertyTester;

/**
 * {@code org.anodyne.ui.results.isStudyResult}: true for a folder holding a study result's
 * summary.json and for that file, so that Open Results and Compare Results appear only on results.
 */
public final class ResultFolderTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return ResultFolders.summaryOf(receiver).isPresent();
	}
}
