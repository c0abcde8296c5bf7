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
 * From a model {@link org.anodyne.model.Study} to the solvers and back to results.
 * <ul>
 * <li>{@link org.anodyne.study.StudyRunner#run(org.anodyne.model.Study, java.nio.file.Path, String, org.anodyne.study.Progress)}
 * runs a 2D deposition or a cycle-life study and writes its result through
 * {@code org.anodyne.results}; it returns a {@link org.anodyne.study.StudyOutcome} (ok, failed with a
 * message, or cancelled) and never throws for a problem with the design or the numerics.</li>
 * <li>{@link org.anodyne.study.StudyRunner#plan(java.util.List)} reads studies from the model once into
 * a {@link org.anodyne.study.StudyPlan}: SI, immutable, no model object in it, so several runs of a
 * design's studies share it ({@code build -j}, Run Study on several studies).</li>
 * <li>No signature of this package, {@code geometry}, {@code section} or {@code sweep} carries a solver
 * type; what talks to the solvers is in {@code org.anodyne.study.internal}: {@code CellTranslation}
 * reads the study's cell from the model into {@code SolverInputs} (SI, units through the model's one
 * units class, metal data and nucleation barriers from the metal registry, the collector laid out by
 * its generator, see {@link org.anodyne.study.geometry}), {@code ProtocolTranslation} turns the model's
 * protocol into the life package's, {@code CoupledDeposition} feeds the life model from a 2D steady
 * split of the same cell, {@code StudyCalibration} fits named parameters to the measured points of
 * cycle-life studies.</li>
 * </ul>
 * Sign conventions are the solvers': current density j &gt; 0 plates metal onto the working electrode,
 * the cathodic overpotential η = φ − φ<sub>s</sub> &gt; 0 drives plating.
 */
package org.anodyne.study;
