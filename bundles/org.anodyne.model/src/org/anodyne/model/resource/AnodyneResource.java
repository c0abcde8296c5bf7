/*
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.resource;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
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
 */
public class AnodyneResource extends XMIResourceImpl {

    /** SAX feature that makes the parser reject a DOCTYPE declaration outright. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final Map<EObject, Integer> lines = new IdentityHashMap<>();

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

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected void doUnload() {
        lines.clear();
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
                return "<" + name + "> has " + count + " attributes; at most " + DesignLimits.MAX_ATTRIBUTES + " are read";
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

        @Override
        protected void processObject(EObject object) {
            if (object != null && locator != null) {
                lines.put(object, locator.getLineNumber());
            }
            super.processObject(object);
        }
    }
}
