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
 * Numerical machinery of the deposition solver, not API: the time loop and discretisation
 * ({@link org.anodyne.solver.internal.DepositionEngine} and the parts it is split into), the per-face kinetic solve and the
 * multigrid-preconditioned conjugate-gradient solver. Open to the solver's tests and to the
 * benchmark; other bundles use {@link org.anodyne.solver.deposition.DepositionSolver}.
 */
package org.anodyne.solver.internal;
