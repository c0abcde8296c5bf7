/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Shared vocabulary of the Anodyne numerics: physical constants, metal and electrolyte property
 * records, progress/cancellation and the solver exceptions.
 * <p>
 * Everything in this bundle is pure Java and SI: lengths in m, concentrations in mol/m³, current
 * densities in A/m², charges per area in C/m². Unit conversion from the units battery people use
 * (mA cm⁻², mAh cm⁻², µm, mol L⁻¹) happens once, in the study layer that maps the model to these
 * records.
 */
package org.anodyne.solver;
