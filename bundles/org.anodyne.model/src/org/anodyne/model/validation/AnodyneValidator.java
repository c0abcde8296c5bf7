/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.metals.MetalRegistry;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The {@link EValidator} of the Anodyne package: EMF's default constraints (multiplicities, unique
 * ids, every reference resolves) plus the physical and logical constraints of {@link DesignConstraints}.
 * <p>
 * Constraints are chosen by {@code instanceof}, not by class id, so a subclass from another EPackage
 * (a third party's current collector, say) is checked like ours without any change here: the EMF
 * Diagnostician falls back to this validator for a class whose own package registers none.
 * <p>
 * The metal registry used for id checks can be passed in the validation context under the key
 * {@code MetalRegistry.class}; otherwise {@link MetalRegistry#getDefault()} is used.
 */
public class AnodyneValidator extends EObjectValidator {

	/** Diagnostic source of every Anodyne finding. */
	public static final String DIAGNOSTIC_SOURCE = "org.anodyne.model";

	/** Key of the id index in a validation context. */
	private static final Object ID_INDEX = new Object();

	/** The shared instance. */
	public static final AnodyneValidator INSTANCE = new AnodyneValidator();

	/** Registers the validator for the Anodyne package unless one is registered already. */
	public static void register() {
		EValidator.Registry.INSTANCE.putIfAbsent(AnodynePackage.eINSTANCE, INSTANCE);
	}

	@Override
	protected EPackage getEPackage() {
		return AnodynePackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (result || diagnostics != null) {
			result &= validateConstraints(eObject, diagnostics, context);
		}
		return result;
	}

	/**
	 * EMF's unique-id check, in linear time: EMF looks each id up with {@code Resource.getEObject},
	 * which scans the whole tree, so a design with 25 000 studies took minutes. Here the ids of a
	 * resource are indexed once per validation run (in its context) and each object is compared with
	 * the first holder of its id, which is what {@code getEObject} returns.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String id = EcoreUtil.getID(eObject);
		Resource resource = eObject.eResource();
		if (id == null || resource == null || context == null) {
			return super.validate_UniqueID(eObject, diagnostics, context);
		}
		EObject first = idIndex(resource, context).get(id);
		if (first == null || first == eObject) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(createDiagnostic(Diagnostic.ERROR, EObjectValidator.DIAGNOSTIC_SOURCE, EOBJECT__UNIQUE_ID,
					"_UI_DuplicateID_diagnostic",
					new Object[]{id, getObjectLabel(eObject, context), getObjectLabel(first, context)},
					new Object[]{eObject, first, id}, context));
		}
		return false;
	}

	/** The first holder of each id in a resource, in tree order; built once per validation context. */
	private static Map<String, EObject> idIndex(Resource resource, Map<Object, Object> context) {
		@SuppressWarnings("unchecked")
		Map<Resource, Map<String, EObject>> indexes = (Map<Resource, Map<String, EObject>>) context
				.computeIfAbsent(ID_INDEX, key -> new IdentityHashMap<Resource, Map<String, EObject>>());
		return indexes.computeIfAbsent(resource, r -> {
			Map<String, EObject> index = new HashMap<>();
			for (TreeIterator<EObject> i = EcoreUtil.getAllProperContents(r, false); i.hasNext();) {
				EObject object = i.next();
				String id = EcoreUtil.getID(object);
				if (id != null) {
					index.putIfAbsent(id, object);
				}
			}
			return index;
		});
	}

	/** Only the Anodyne constraints (not EMF's defaults) for one object. */
	public boolean validateConstraints(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		MetalRegistry registry = context != null && context.get(MetalRegistry.class) instanceof MetalRegistry r
				? r
				: MetalRegistry.getDefault();
		return new DesignConstraints(eObject, diagnostics, registry).check();
	}
}
