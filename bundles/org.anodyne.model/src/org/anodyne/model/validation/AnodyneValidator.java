/*
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.validation;

import java.util.Map;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.metals.MetalRegistry;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

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

    /** Only the Anodyne constraints (not EMF's defaults) for one object. */
    public boolean validateConstraints(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        MetalRegistry registry = context != null && context.get(MetalRegistry.class) instanceof MetalRegistry r ? r
                : MetalRegistry.getDefault();
        return new DesignConstraints(eObject, diagnostics, registry).check();
    }
}
