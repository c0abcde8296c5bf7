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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anodyne.model.AnodynePackage;
import org.anodyne.model.CellDesign;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.resource.AnodyneResource;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates a design and returns flat, printable findings. The command line prints each with
 * {@link DesignDiagnostic#format(String)} as {@code file:line: element-path: severity: message}; the
 * editor can use {@link #diagnose(EObject, MetalRegistry)} to get EMF's Diagnostic tree instead.
 */
public final class DesignValidation {

	static {
		AnodyneValidator.register();
	}

	private DesignValidation() {
	}

	/** Validates with the platform's metal registry. */
	public static List<DesignDiagnostic> validate(CellDesign design) {
		return validate(design, MetalRegistry.getDefault());
	}

	/** Validates with the given metal registry (useful outside OSGi). */
	public static List<DesignDiagnostic> validate(CellDesign design, MetalRegistry metals) {
		Diagnostic root = diagnose(design, metals);
		List<DesignDiagnostic> result = new ArrayList<>();
		collect(root, result);
		return result;
	}

	/** Whether the findings contain an error. */
	public static boolean hasErrors(List<DesignDiagnostic> diagnostics) {
		return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}

	/** EMF's diagnostic tree for an element and everything it contains. */
	public static Diagnostic diagnose(EObject element, MetalRegistry metals) {
		AnodyneDiagnostician diagnostician = new AnodyneDiagnostician();
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(MetalRegistry.class, metals);
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(element);
		diagnostician.validate(element, diagnostics, context);
		return diagnostics;
	}

	private static void collect(Diagnostic diagnostic, List<DesignDiagnostic> result) {
		if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getChildren().isEmpty()) {
			EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e)
					? null
					: e;
			String code = diagnostic.getData().size() > 1 && diagnostic.getData().get(1) instanceof String s
					? s
					: emfCode(diagnostic);
			Severity severity = switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
			case Diagnostic.WARNING -> Severity.WARNING;
			default -> Severity.INFO;
			};
			String path = element == null ? "/" : ElementPaths.pathOf(element);
			int line = element != null && element.eResource() instanceof AnodyneResource r ? r.lineOf(element) : 0;
			result.add(new DesignDiagnostic(element, path, severity, code, diagnostic.getMessage(), line));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, result);
		}
	}

	/** Readable codes for the constraints EMF checks on every object. */
	private static String emfCode(Diagnostic diagnostic) {
		if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return diagnostic.getSource() + "-" + diagnostic.getCode();
		}
		return switch (diagnostic.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> "unresolved-reference";
		case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> "dangling-reference";
		case EObjectValidator.EOBJECT__UNIQUE_ID -> "duplicate-id";
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> "multiplicity";
		case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> "invalid-value";
		default -> "emf-" + diagnostic.getCode();
		};
	}

	/**
	 * A Diagnostician that labels elements by kind and path, and applies the Anodyne constraints also to
	 * subclasses from other packages whose package registers a validator of its own.
	 */
	private static final class AnodyneDiagnostician extends Diagnostician {

		AnodyneDiagnostician() {
			super(EValidator.Registry.INSTANCE);
		}

		@Override
		public String getObjectLabel(EObject eObject) {
			if (eObject.eIsProxy()) {
				return String.valueOf(((InternalEObject) eObject).eProxyURI());
			}
			return DesignConstraints.describe(eObject) + " at " + ElementPaths.pathOf(eObject);
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			boolean result = super.validate(eClass, eObject, diagnostics, context);
			EPackage own = eObject.eClass().getEPackage();
			if (own != AnodynePackage.eINSTANCE && isAnodyneSubclass(eObject.eClass())
					&& eValidatorRegistry.getEValidator(own) != null
					&& eValidatorRegistry.getEValidator(own) != AnodyneValidator.INSTANCE) {
				result &= AnodyneValidator.INSTANCE.validateConstraints(eObject, diagnostics, context);
			}
			return result;
		}

		private static boolean isAnodyneSubclass(EClass eClass) {
			return eClass.getEAllSuperTypes().stream().anyMatch(c -> c.getEPackage() == AnodynePackage.eINSTANCE);
		}
	}
}
