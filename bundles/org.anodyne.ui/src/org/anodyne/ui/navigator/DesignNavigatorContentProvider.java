/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.anodyne.model.CellDesign;
import org.anodyne.model.resource.DesignResources;
import org.anodyne.model.resource.LoadResult;
import org.anodyne.ui.editor.FileProblems;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Puts a design's cells and studies under its file in the Project Explorer (or, for a file that cannot
 * be read, what is wrong with it). Each file is read once, with the same safe loading as the editor,
 * into a model of its own that nothing edits, and read again when it changes on disk.
 */
public class DesignNavigatorContentProvider implements ITreeContentProvider, IResourceChangeListener {

	/** Content type of design files, declared by the model bundle. */
	public static final String CONTENT_TYPE = "org.anodyne.model.design";

	private static final Object[] NONE = new Object[0];

	private final Map<IFile, LoadResult> designs = new ConcurrentHashMap<>();
	private StructuredViewer viewer;

	public DesignNavigatorContentProvider() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
		designs.clear();
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof IFile file) || !isDesign(file)) {
			return NONE;
		}
		LoadResult loaded = designs.computeIfAbsent(file, DesignNavigatorContentProvider::load);
		CellDesign design = loaded.ok() ? loaded.design() : null;
		if (design == null) {
			return FileProblems.distinct(loaded.diagnostics()).stream().map(d -> new FileProblem(file, d)).toArray();
		}
		List<Object> children = new ArrayList<>(design.getCells());
		children.addAll(design.getStudies());
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof FileProblem problem) {
			return problem.file();
		}
		if (element instanceof EObject object && object.eResource() != null) {
			return fileOf(object.eResource().getURI());
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IFile file && isDesign(file);
	}

	/** The workspace file a design element was read from, or null. */
	static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
	}

	/** Whether a file is a design by its content type (which the {@code .anodyne} extension gives). */
	static boolean isDesign(IFile file) {
		IContentType designType = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
		try {
			IContentDescription description = file.getContentDescription();
			if (description != null && description.getContentType() != null && designType != null) {
				return description.getContentType().isKindOf(designType);
			}
		} catch (CoreException e) {
			// Out of sync or unreadable: the extension still says what the file is meant to be.
		}
		return DesignResources.FILE_EXTENSION.equals(file.getFileExtension());
	}

	private static LoadResult load(IFile file) {
		return DesignResources.load(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && designs.containsKey(file)
						&& (delta.getKind() != IResourceDelta.CHANGED
								|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					changed.add(file);
				}
				return delta.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			designs.clear();
		}
		if (changed.isEmpty()) {
			return;
		}
		changed.forEach(designs::remove);
		StructuredViewer target = viewer;
		if (target != null && !target.getControl().isDisposed()) {
			target.getControl().getDisplay().asyncExec(() -> {
				if (!target.getControl().isDisposed()) {
					changed.stream().filter(IFile::exists).forEach(file -> target.refresh(file));
				}
			});
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		designs.clear();
	}
}
