/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.anodyne.io.AtomicFiles;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CellDesign;
import org.anodyne.model.validation.Severity;
import org.anodyne.model.internal.ParserMessages;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving designs, safe for files from anywhere; used by the CLI, the study layer and the
 * editor.
 * <ul>
 * <li>{@link #load(Path)} never throws for bad content: a malformed, truncated or hostile file yields
 * {@link FileDiagnostic}s naming the file, line and column.</li>
 * <li>A design is self-contained: the resource set refuses to read any URI but the design's own, so
 * neither a cross-document reference nor an unknown namespace makes it open another file or URL.</li>
 * <li>{@link #saveAtomically(Resource)} writes a temporary file next to the target and replaces the old
 * file only when the new one is complete on disk; a failed save leaves the old file as it was.</li>
 * <li>The namespace {@value #NAMESPACE} is the format version ({@value #FORMAT_VERSION}); a file from a
 * newer Anodyne is reported as such rather than half-read. Format 1.0 files ({@value #NAMESPACE_1_0})
 * are migrated as they load: the life-model parameters 1.1 no longer has are dropped with a warning
 * naming what replaced them, and the next save writes format 1.1.</li>
 * </ul>
 */
public final class DesignResources {

	/** The format version this release writes and reads. */
	public static final String FORMAT_VERSION = "1.1";

	/** Namespace of format 1.0, which this release reads and migrates. */
	public static final String NAMESPACE_1_0 = "http://anodyne.org/model/1.0";

	/** XML namespace of the current format; it ends with the format version. */
	public static final String NAMESPACE = AnodynePackage.eNS_URI;

	/** Common prefix of the namespaces of all Anodyne format versions. */
	public static final String NAMESPACE_PREFIX = "http://anodyne.org/model/";

	/** File extension of designs. */
	public static final String FILE_EXTENSION = "anodyne";

	/**
	 * Life-model features that designs written before the calibrated defaults carried, and what to do
	 * about them: their values meant something else, so they are not read as their successors.
	 */
	private static final Map<String, String> RETIRED_FEATURES = Map.of(
			"inactiveLayerResistivity", "it was replaced by inactiveLayerTortuosity (dimensionless, default 3);"
					+ " remove the attribute to use the calibrated default",
			"fadeAcceleration", "it was replaced by solventPerSeiMetal (solvent molecules reduced per metal atom in"
					+ " SEI, default 1); remove the attribute to use the calibrated default");

	/**
	 * Life-model features of format 1.0 that format 1.1 dropped, and what replaced them: a 1.0 file
	 * that sets them still loads, without them, and says so.
	 */
	private static final Map<String, String> DROPPED_IN_1_1 = Map.of(
			"seiLossCoefficient", "SEI now forms on the fresh surface each plating exposes (seiChargePerArea of the"
					+ " electrolyte's metal-electrolyte pair)",
			"deadMetalFraction", "dead metal now follows from the deposit's morphology and host support"
					+ " (isolationProbability of the electrolyte's metal-electrolyte pair)",
			"separatorPenetrationTolerance", "the separator is penetrated when the inactive layers span its own"
					+ " thickness, after filling the buffer the geometry leaves",
			"cathodeFadeRate",
			"the cathode's own fade belongs to the cathode (CounterElectrode.capacityLossPerCycle, LiFePO4: 0.021 % per cycle), and"
					+ " electrolyte consumption accelerates it");

	private DesignResources() {
	}

	/**
	 * A resource set for one design: it knows the Anodyne package and resource factory (also outside
	 * OSGi) and will read no URI other than {@code designUri}.
	 */
	public static ResourceSet newResourceSet(URI designUri) {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(AnodynePackage.eNS_URI, AnodynePackage.eINSTANCE);
		set.getPackageRegistry().put(NAMESPACE_1_0, AnodynePackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new AnodyneResourceFactory());
		set.setURIConverter(new SelfContainedURIConverter(designUri));
		return set;
	}

	/** Loads the design in a file; see {@link #load(URI)}. */
	public static LoadResult load(Path file) {
		return load(URI.createFileURI(file.toAbsolutePath().normalize().toString()), file.toString());
	}

	/** Loads the design at a URI (file: or platform:/resource/); never throws for bad content. */
	public static LoadResult load(URI uri) {
		return load(uri, uri.isFile() ? uri.toFileString() : uri.toString());
	}

	private static LoadResult load(URI uri, String fileLabel) {
		ResourceSet set = newResourceSet(uri);
		Resource resource = set.createResource(uri);
		List<FileDiagnostic> diagnostics = new ArrayList<>();
		String refused = refuseBeforeParsing(uri);
		if (refused != null) {
			diagnostics.add(new FileDiagnostic(fileLabel, 0, 0, Severity.ERROR, refused));
			return new LoadResult(null, resource, diagnostics);
		}
		// EMF both throws the first error and records it among the resource's errors, a parse error
		// wrapped once more: each problem is reported once, by the exception at its root, thrown first.
		List<Throwable> causes = new ArrayList<>();
		try {
			resource.load(set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			causes.add(rootCause(e));
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof Throwable thrown) {
				Throwable cause = rootCause(thrown);
				if (causes.stream().noneMatch(c -> c == cause)) {
					causes.add(cause);
				}
			} else {
				diagnostics.add(describe(fileLabel, error, Severity.ERROR));
			}
		}
		List<FileDiagnostic> unknownNamespaces = new ArrayList<>();
		for (Throwable cause : causes) {
			FileDiagnostic described = cause instanceof PackageNotFoundException p
					? withMissingPlugin(describe(fileLabel, cause), p.uri(), resource)
					: describe(fileLabel, cause);
			if (cause instanceof FeatureNotFoundException f && DROPPED_IN_1_1.containsKey(f.getName())) {
				diagnostics.add(new FileDiagnostic(fileLabel, described.line(), described.column(), Severity.WARNING,
						"'" + f.getName() + "' of format 1.0 is no longer part of the model and was dropped: "
								+ DROPPED_IN_1_1.get(f.getName())));
				continue;
			}
			if (cause instanceof PackageNotFoundException) {
				unknownNamespaces.add(described);
			} else if (cause instanceof ClassNotFoundException && unknownNamespaces.stream()
					.anyMatch(n -> n.line() == described.line() && n.column() == described.column())) {
				// An element of an unknown namespace has an unknown type: the namespace says it all.
				continue;
			}
			diagnostics.add(described);
		}
		for (Resource.Diagnostic warning : resource.getWarnings()) {
			diagnostics.add(describe(fileLabel, warning, Severity.WARNING));
		}
		CellDesign design = null;
		if (!resource.getContents().isEmpty()) {
			EObject root = resource.getContents().get(0);
			if (root instanceof CellDesign cellDesign) {
				design = cellDesign;
			} else {
				diagnostics.add(new FileDiagnostic(fileLabel, 0, 0, Severity.ERROR, "the file holds a "
						+ root.eClass().getName() + ", not a CellDesign"));
			}
		} else if (diagnostics.isEmpty()) {
			diagnostics.add(new FileDiagnostic(fileLabel, 0, 0, Severity.ERROR, "the file holds no design"));
		}
		if (design != null) {
			checkReferenceTypes(resource, fileLabel, diagnostics);
		}
		if (design != null && diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
			// A design read only in part must not be mistaken for the whole file.
			design = null;
		}
		return new LoadResult(design, resource, diagnostics);
	}

	/**
	 * Every cross-reference must name an element of the type it declares. EMF accepts an {@code href}
	 * to an element of another type at load (as an unresolved proxy) and fails only when it is
	 * followed, with a ClassCastException in every study; here it is an error naming the reference.
	 */
	private static void checkReferenceTypes(Resource resource, String fileLabel, List<FileDiagnostic> diagnostics) {
		for (TreeIterator<EObject> i = resource.getAllContents(); i.hasNext();) {
			EObject object = i.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				List<?> values = value instanceof List<?> list ? list : List.of(value);
				for (Object v : values) {
					if (v instanceof EObject target && target.eIsProxy()) {
						EObject resolved = EcoreUtil.resolve(target, object);
						if (resolved != target && !reference.getEReferenceType().isInstance(resolved)) {
							int line = resource instanceof AnodyneResource r ? r.lineOf(object) : 0;
							diagnostics.add(new FileDiagnostic(fileLabel, line, 0, Severity.ERROR, "reference '"
									+ reference.getName() + "' of " + object.eClass().getName() + " names an element of"
									+ " type " + resolved.eClass().getName() + ", not a "
									+ reference.getEReferenceType().getName()));
						}
					}
				}
			}
		}
	}

	/**
	 * Why a local file cannot be read as a design, each reason in its own words, or null when it can be
	 * parsed: anything but a regular file (a FIFO would block the reader forever), a loop of symbolic
	 * links, a file the user may not read, or one larger than {@link DesignLimits#maxFileBytes()}.
	 */
	private static String refuseBeforeParsing(URI uri) {
		Path file;
		try {
			file = toPath(uri);
		} catch (IOException | RuntimeException e) {
			// Not a local file (a test's memory URI, say): the parser's own checks apply.
			return null;
		}
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (java.nio.file.NoSuchFileException e) {
			return Files.isSymbolicLink(file)
					? "the file is a symbolic link to a file that does not exist"
					: "file not found";
		} catch (java.nio.file.AccessDeniedException e) {
			return "permission denied: the file's folder may not be searched";
		} catch (IOException e) {
			return fileSystemReason(e);
		}
		if (attributes.isDirectory()) {
			return "this is a directory, not a design file";
		}
		if (!attributes.isRegularFile()) {
			return "not a regular file (a pipe, device or socket); only regular files are read as designs";
		}
		if (!Files.isReadable(file)) {
			return "permission denied: the file may not be read";
		}
		long limit = DesignLimits.maxFileBytes();
		if (attributes.size() > limit) {
			return "the file is " + attributes.size() + " bytes, more than the " + limit + " bytes a design may have"
					+ " (raise the limit with -D" + DesignLimits.FILE_BYTES_PROPERTY + "=BYTES)";
		}
		return null;
	}

	/** The operating system's reason for a failed file operation, in words (ELOOP, EACCES, …). */
	private static String fileSystemReason(IOException e) {
		String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
				? f.getReason()
				: String.valueOf(e.getMessage());
		if (reason.contains("Too many levels of symbolic links")) {
			return "the file is a loop of symbolic links";
		}
		if (reason.contains("Permission denied")) {
			return "permission denied";
		}
		return "cannot read the file: " + reason;
	}

	/**
	 * Saves a resource through {@link AtomicFiles#write}: a temporary file beside its target, forced to
	 * disk and moved over the old file in one step (through a symbolic link, keeping owner and mode).
	 * On any failure the old file is left intact and an IOException names the file and the reason.
	 */
	public static void saveAtomically(Resource resource) throws IOException {
		Path target = toPath(resource.getURI());
		try {
			AtomicFiles.write(target, out -> resource.save(out, null));
		} catch (IOException e) {
			Throwable cause = rootCause(e);
			if (cause instanceof IOException) {
				throw e;
			}
			throw new IOException(
					"Could not save " + target + ": " + message(cause) + "; the previous file is unchanged", e);
		}
		resource.setModified(false);
	}

	/** Saves a design to a file, atomically, putting it into a resource first if it has none. */
	public static void save(CellDesign design, Path file) throws IOException {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = design.eResource();
		if (resource == null) {
			resource = newResourceSet(uri).createResource(uri);
			resource.getContents().add(design);
		} else {
			resource.setURI(uri);
		}
		saveAtomically(resource);
	}

	/** The file a resource URI denotes: file: URIs directly, platform:/resource/ through the platform. */
	static Path toPath(URI uri) throws IOException {
		URI local = uri.isFile() ? uri : CommonPlugin.asLocalURI(uri);
		if (!local.isFile()) {
			throw new IOException("Cannot save " + uri + ": it does not denote a local file");
		}
		return Path.of(local.toFileString());
	}

	private static FileDiagnostic describe(String file, Resource.Diagnostic d, Severity severity) {
		if (d instanceof Throwable t) {
			FileDiagnostic described = describe(file, rootCause(t));
			return new FileDiagnostic(file, described.line(), described.column(), severity, described.message());
		}
		return new FileDiagnostic(file, Math.max(0, d.getLine()), Math.max(0, d.getColumn()), severity,
				ParserMessages.readable(d.getMessage()));
	}

	/**
	 * An unknown namespace the file itself says a plug-in contributes (recorded when it was saved): the
	 * message names the type that needed it and the plug-in to install.
	 */
	private static FileDiagnostic withMissingPlugin(FileDiagnostic described, String namespace, Resource resource) {
		if (!(resource instanceof AnodyneResource r) || namespace == null) {
			return described;
		}
		Optional<String> bundle = r.contributorOf(namespace);
		if (bundle.isEmpty()) {
			return new FileDiagnostic(described.file(), described.line(), described.column(), described.severity(),
					described.message(), r.unknownElementOf(namespace).orElse(""));
		}
		String what = r.unknownTypeOf(namespace).map(t -> {
			int space = t.indexOf(' ');
			return "unknown " + t.substring(0, space) + " type '" + t.substring(space + 1) + "'";
		}).orElse("unknown namespace '" + namespace + "'");
		return new FileDiagnostic(described.file(), described.line(), described.column(), described.severity(),
				what + ": it needs plug-in " + bundle.get() + " (not installed), which defines " + namespace,
				r.unknownElementOf(namespace).orElse(""));
	}

	private static FileDiagnostic describe(String file, Throwable t) {
		int line = 0;
		int column = 0;
		if (t instanceof SAXParseException sax) {
			line = sax.getLineNumber();
			column = sax.getColumnNumber();
		} else if (t instanceof XMIException xmi) {
			line = xmi.getLine();
			column = xmi.getColumn();
		}
		return new FileDiagnostic(file, Math.max(0, line), Math.max(0, column), Severity.ERROR,
				ParserMessages.readable(message(t)));
	}

	/** Turns what EMF and the XML parser throw into a sentence a user can act on. */
	private static String message(Throwable t) {
		String raw = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		if (t instanceof DesignLimits.Exceeded) {
			return raw;
		}
		if (t instanceof SAXParseException) {
			if (raw.contains("DOCTYPE")) {
				return "DOCTYPE declarations are not allowed in Anodyne files (DTDs and external entities are never"
						+ " resolved)";
			}
			return "not well-formed XML: " + raw;
		}
		if (t instanceof PackageNotFoundException p) {
			String namespace = p.uri();
			if (namespace != null && namespace.startsWith(NAMESPACE_PREFIX)) {
				return "format '" + namespace.substring(NAMESPACE_PREFIX.length()) + "' is not supported; this"
						+ " version of Anodyne reads format " + FORMAT_VERSION + " (" + NAMESPACE + ")";
			}
			if (namespace == null || namespace.isEmpty()) {
				return "the element has no XML namespace, so this is not an Anodyne design; a design starts with"
						+ " <anodyne:CellDesign xmlns:anodyne=\"" + NAMESPACE + "\">";
			}
			return "unknown namespace '" + namespace + "': no installed plug-in defines it";
		}
		if (t instanceof ClassNotFoundException c) {
			return "unknown type '" + c.getName() + "'";
		}
		if (t instanceof FeatureNotFoundException f) {
			String retired = RETIRED_FEATURES.get(f.getName());
			return "unknown element or attribute '" + f.getName() + "'" + (retired == null ? "" : "; " + retired);
		}
		if (t instanceof IllegalValueException v) {
			if (v.getValue() instanceof EObject element) {
				return "an element of type " + element.eClass().getName() + " is not valid for '"
						+ v.getFeature().getName() + "'";
			}
			return "value '" + v.getValue() + "' is not valid for '" + v.getFeature().getName() + "'";
		}
		if (t instanceof UnresolvedReferenceException u) {
			return "reference '" + u.getReference() + "' of '" + u.getFeature().getName() + "' names no element in"
					+ " this file";
		}
		if (t instanceof java.io.FileNotFoundException f && f.getMessage() != null
				&& !f.getMessage().contains("No such file")) {
			return fileSystemReason(new java.nio.file.FileSystemException(null, null, f.getMessage()));
		}
		if (t instanceof java.io.FileNotFoundException || t instanceof java.nio.file.NoSuchFileException) {
			return "file not found";
		}
		if (t instanceof java.io.UnsupportedEncodingException
				|| t instanceof java.nio.charset.UnsupportedCharsetException
				|| t instanceof java.nio.charset.IllegalCharsetNameException) {
			return "the file declares the character encoding '" + raw + "', which this Java runtime cannot read;"
					+ " save the design as UTF-8";
		}
		if (t instanceof ParserConfigurationException) {
			return "the XML parser could not be set up safely: " + raw;
		}
		return raw;
	}

	/**
	 * The exception that says what is wrong: wrappers (WrappedException, IOWrappedException and a bare
	 * XMIException that only carries the parser's exception) are looked through; a SAXParseException
	 * or a specific XMIException (unknown feature, bad value ...) is the answer.
	 */
	private static Throwable rootCause(Throwable t) {
		Throwable current = t;
		while (true) {
			Throwable next = current instanceof WrappedException w
					? w.exception()
					: current instanceof Resource.IOWrappedException w ? w.getCause() : current.getCause();
			boolean bareWrapper = current.getClass() == XMIException.class;
			if (next == null || next == current || current instanceof SAXParseException
					|| (current instanceof XMIException && !bareWrapper)) {
				return current;
			}
			current = next;
		}
	}

	/** Reads only the design's own URI; everything else a file might point at is refused. */
	private static final class SelfContainedURIConverter extends ExtensibleURIConverterImpl {
		private final URI allowed;

		SelfContainedURIConverter(URI allowed) {
			this.allowed = allowed;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			if (!uri.trimFragment().equals(allowed) && !normalize(uri.trimFragment()).equals(normalize(allowed))) {
				throw new IOException("refusing to read '" + uri + "': an Anodyne design is self-contained");
			}
			return super.createInputStream(uri, options);
		}
	}
}
