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

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.anodyne.model.AnodynePackage;
import org.anodyne.model.metals.MetalDefinition;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.validation.ElementPaths;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EPackageImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of an {@code .anodyne} file.
 * <p>
 * Loading is hardened: the XML parser rejects any DOCTYPE, so DTDs and external entities are never
 * resolved (a file that tries gets a diagnostic, not the content of another file), and external DTDs
 * and schemas are not fetched. The line each element starts on is remembered so validation can say
 * where a problem is, and the {@link DesignLimits} on nesting and attributes are enforced as the
 * file is read. Saving writes UTF-8, documented default values included, with the namespace {@code http://anodyne.org/model/1.1},
 * which is the format version.
 * <p>
 * <b>Which plug-in a file needs.</b> For every other package a design uses (a plug-in's collector type,
 * say) saving records the bundle that contributes it, as the standard {@code xsi:schemaLocation} pair
 * {@code nsURI platform:/plugin/<bundle>/}. Reading remembers these pairs ({@link #contributorOf}) so that
 * a file whose plug-in is not installed can be refused naming the plug-in; a location is never fetched,
 * and files without the attribute read as before.
 * <p>
 * Metals are named by registry id, not by namespace, so the same attribute records the bundle that
 * contributes each metal id the design uses, as the pair {@code urn:anodyne:metal:<id>
 * platform:/plugin/<bundle>/} ({@link #metalContributorOf}); the key is no namespace, and a reader that
 * does not know it (an older Anodyne) records it and ignores it. No metamodel change is needed.
 * Electrolyte presets are not referenced by a design (a preset fills in an electrolyte's values), so
 * there is nothing to record for them.
 */
public class AnodyneResource extends XMIResourceImpl {

	/** SAX feature that makes the parser reject a DOCTYPE declaration outright. */
	public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private static final String PLUGIN_LOCATION = "platform:/plugin/";

	/** Prefix of the {@code xsi:schemaLocation} keys that record which bundle contributes a metal id. */
	static final String METAL_KEY = "urn:anodyne:metal:";

	/** The attributes whose value is a metal id of the registry. */
	private static final List<EAttribute> METAL_IDS = List.of(AnodynePackage.Literals.ANODE__METAL,
			AnodynePackage.Literals.METAL_ELECTROLYTE_PAIR__METAL, AnodynePackage.Literals.SALT__CATION,
			AnodynePackage.Literals.COUNTER_ELECTRODE__METAL);

	private final Map<EObject, Integer> lines = new IdentityHashMap<>();
	private final Map<String, String> contributors = new LinkedHashMap<>();
	private final Map<String, String> unknownTypes = new LinkedHashMap<>();
	private final Map<String, String> unknownElements = new LinkedHashMap<>();

	public AnodyneResource(URI uri) {
		super(uri);
		Map<Object, Object> load = getDefaultLoadOptions();
		Map<String, Boolean> features = new HashMap<>();
		features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		load.put(XMLResource.OPTION_PARSER_FEATURES, features);
		Map<String, String> properties = new HashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		load.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 120);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		// Write documented defaults (orientation, format, solver and life-model defaults ...) too, so a
		// file says what a solve will use, e.g. orientation="upright", even where the user kept the default.
		save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
	}

	/** The line the element started on when the file was read, or 0 when unknown (e.g. created since). */
	public int lineOf(EObject object) {
		Integer line = lines.get(object);
		return line == null ? 0 : line;
	}

	/**
	 * The bundle the file says contributes a namespace (recorded when it was saved with that bundle
	 * installed), e.g. {@code org.anodyne.collector.nanowire}.
	 */
	public Optional<String> contributorOf(String nsUri) {
		return Optional.ofNullable(contributors.get(nsUri));
	}

	/**
	 * For a namespace whose package was not found while reading: the first typed element of it, as
	 * {@code feature name + ' ' + type} (e.g. {@code collector nanowire:MetalNanowireArray}).
	 */
	public Optional<String> unknownTypeOf(String nsUri) {
		return Optional.ofNullable(unknownTypes.get(nsUri));
	}

	/**
	 * For a namespace whose package was not found while reading: the path of the element that needed it
	 * (e.g. {@code /cells[Li-CC inverted]/anode/collector}), as validation names elements.
	 */
	public Optional<String> unknownElementOf(String nsUri) {
		return Optional.ofNullable(unknownElements.get(nsUri));
	}

	/**
	 * The bundle the file says contributes the metal with this registry id (recorded when it was saved
	 * with that bundle installed), e.g. {@code org.anodyne.metal.sodium} for {@code na}.
	 */
	public Optional<String> metalContributorOf(String metalId) {
		return contributorOf(METAL_KEY + metalId);
	}

	/**
	 * Every metal id the design uses with the bundle contributing it: from the running registry, or,
	 * for a metal whose plug-in is not installed now, as the file recorded it, so a save keeps the record.
	 */
	private Map<String, String> metalContributors() {
		Map<String, String> found = new TreeMap<>();
		MetalRegistry registry = MetalRegistry.getDefault();
		for (Iterator<EObject> all = getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EAttribute attribute : METAL_IDS) {
				if (attribute.getEContainingClass().isSuperTypeOf(object.eClass())
						&& object.eGet(attribute) instanceof String id && !id.isBlank()) {
					registry.metal(id).map(MetalDefinition::contributor).or(() -> metalContributorOf(id))
							.ifPresent(bundle -> found.put(id, bundle));
				}
			}
		}
		return found;
	}

	/** The bundle whose generated package class this is, or null (dynamic packages, outside OSGi). */
	static String contributingBundle(EPackage ePackage) {
		if (ePackage == AnodynePackage.eINSTANCE || ePackage.getClass() == EPackageImpl.class) {
			return null;
		}
		Bundle bundle = FrameworkUtil.getBundle(ePackage.getClass());
		return bundle == null ? null : bundle.getSymbolicName();
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected void doUnload() {
		lines.clear();
		contributors.clear();
		unknownTypes.clear();
		unknownElements.clear();
		super.doUnload();
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LineRecordingHandler(resource, helper, options);
			}
		};
	}

	@Override
	protected XMLSave createXMLSave() {
		return new XMISaveImpl(createXMLHelper()) {
			@Override
			public void addNamespaceDeclarations() {
				super.addNamespaceDeclarations();
				StringBuilder locations = new StringBuilder();
				for (EPackage ePackage : helper.packages()) {
					String bundle = contributingBundle(ePackage);
					if (bundle != null) {
						locations.append(locations.isEmpty() ? "" : " ").append(ePackage.getNsURI()).append(' ')
								.append(PLUGIN_LOCATION).append(bundle).append('/');
					}
				}
				metalContributors().forEach((id, bundle) -> locations.append(locations.isEmpty() ? "" : " ")
						.append(METAL_KEY).append(id).append(' ').append(PLUGIN_LOCATION).append(bundle).append('/'));
				if (!locations.isEmpty()) {
					if (!declareXSI) {
						doc.addAttribute("xmlns:" + XMLResource.XSI_NS, XMLResource.XSI_URI);
					}
					doc.addAttribute(XSI_SCHEMA_LOCATION, locations.toString());
				}
			}
		};
	}

	private final class LineRecordingHandler extends SAXXMIHandler {
		LineRecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		private int depth;

		/**
		 * EMF's SAX wrapper calls this form, with the element's attributes in {@link #attribs}. It may
		 * not throw a SAXException, so the parse exception travels wrapped and is unwrapped by the loader.
		 */
		@Override
		public void startElement(String uri, String localName, String name) {
			String exceeded = exceeded(name);
			if (exceeded != null) {
				throw new WrappedException(new DesignLimits.Exceeded(exceeded, locator));
			}
			super.startElement(uri, localName, name);
		}

		private String exceeded(String name) {
			if (++depth > DesignLimits.MAX_ELEMENT_DEPTH) {
				return "elements are nested more than " + DesignLimits.MAX_ELEMENT_DEPTH + " deep at <" + name
						+ ">; an Anodyne design never needs that";
			}
			int count = attribs == null ? 0 : attribs.getLength();
			if (count > DesignLimits.MAX_ATTRIBUTES) {
				return "<" + name + "> has " + count + " attributes; at most " + DesignLimits.MAX_ATTRIBUTES
						+ " are read";
			}
			for (int i = 0; i < count; i++) {
				int length = attribs.getValue(i).length();
				if (length > DesignLimits.MAX_ATTRIBUTE_CHARS) {
					return "attribute '" + attribs.getQName(i) + "' of <" + name + "> is " + length
							+ " characters long; at most " + DesignLimits.MAX_ATTRIBUTE_CHARS + " are read";
				}
			}
			return null;
		}

		@Override
		public void endElement(String uri, String localName, String name) {
			depth--;
			super.endElement(uri, localName, name);
		}

		/** Records the plug-ins the file names; never loads a package from a location a file gives. */
		@Override
		protected void handleXSISchemaLocation(String schemaLocations) {
			String[] parts = schemaLocations.trim().split("\\s+");
			for (int i = 0; i + 1 < parts.length; i += 2) {
				String location = parts[i + 1];
				if (location.startsWith(PLUGIN_LOCATION)) {
					String rest = location.substring(PLUGIN_LOCATION.length());
					int slash = rest.indexOf('/');
					String bundle = slash < 0 ? rest : rest.substring(0, slash);
					if (!bundle.isEmpty()) {
						contributors.put(parts[i], bundle);
					}
				}
			}
		}

		@Override
		protected EObject createObjectFromTypeName(EObject peekObject, String typeQName, EStructuralFeature feature) {
			EObject created = super.createObjectFromTypeName(peekObject, typeQName, feature);
			if (created == null && feature != null) {
				int colon = typeQName.indexOf(':');
				String nsUri = helper.getURI(colon < 0 ? "" : typeQName.substring(0, colon));
				if (nsUri != null) {
					unknownTypes.putIfAbsent(nsUri, feature.getName() + " " + typeQName);
					String parent = peekObject == null ? "" : ElementPaths.pathOf(peekObject);
					unknownElements.putIfAbsent(nsUri, ("/".equals(parent) ? "" : parent) + "/" + feature.getName());
				}
			}
			return created;
		}

		@Override
		protected void processObject(EObject object) {
			if (object != null && locator != null) {
				lines.put(object, locator.getLineNumber());
			}
			super.processObject(object);
		}
	}
}
