/**
 * The reduced cycle-life model of a metal anode and the execution of cycling protocols on it.
 * Pure Java, SI throughout (A/m², C/m², m, s, V); 1 mA cm⁻² = 10 A/m², 1 mAh cm⁻² = 36 000 C/m².
 *
 * <h2>What it is for</h2>
 * The 2D deposition solver says where the first milliampere-hours of metal go; this model carries
 * that over hundreds of cycles in milliseconds. The coupling is the quasi-steady current split of
 * the 2D solver (a {@link org.anodyne.solver.life.DepositionCoupling}): the share of plating against
 * the separator, the gap and pore volume between the plating front and the separator, the exposed
 * area and the first-instant overpotentials. Changing the collector, its thickness or the orientation
 * changes that record and therefore the predicted life; no parameter depends on the orientation, and
 * the Coulombic efficiency is an output. {@link org.anodyne.solver.life.AnalyticCoupling} estimates the
 * record from geometry alone.
 *
 * <h2>Signs</h2>
 * j &gt; 0 plates the working electrode (charges a full cell). The cell voltage is cathode − anode in
 * a full cell and working − counter in symmetric and half cells (negative while plating the working
 * electrode). Overpotentials η &gt; 0 drive plating, as in the deposition solver.
 *
 * <h2>State (per metal electrode k, per geometric area)</h2>
 * Active metal Q<sub>k</sub>; solid volume of inactive material (dead metal + SEI, counted at the
 * metal's molar volume) against the separator, S<sub>k</sub><sup>sep</sup>, and inside the host's
 * buffer, S<sub>k</sub><sup>buf</sup>; a full cell adds the cathode's state of charge s and capacity C,
 * and every cell its electrolyte volume V<sub>e</sub>.
 *
 * <h2>Where new metal grows</h2>
 * <pre>
 *   φ<sub>k</sub> = [S<sub>k</sub><sup>buf</sup>/(1−ε<sub>d</sub>) + (1−f<sub>s</sub>)(Q<sub>k</sub>−Q<sub>k,0</sub>)V<sub>m</sub>/(zF)] / V<sub>buf</sub>     buffer fill
 *   G<sub>k</sub> = G₀·max(0, 1−φ<sub>k</sub>)                                            gap left to the separator
 *   u<sub>k</sub> = f<sub>s</sub> + (1−f<sub>s</sub>)·exp(−G<sub>k</sub>/ℓ)                                   unsupported share
 * </pre>
 * u is the share of new metal (and of its inactive remains) that grows against the separator with no
 * host fibre to hold it: 1 for the upright face, ≈ 0 for the inverted front deep in its host, rising
 * as the buffer fills.
 *
 * <h2>Losses: the Coulombic efficiency as an output</h2>
 * Plating dq on electrode k during dt:
 * <pre>
 *   dQ<sub>k</sub> = dq·[1 − λ − D<sub>s</sub>(1−u<sub>k</sub>) − D<sub>u</sub>u<sub>k</sub>] − i<sub>SEI</sub>·a·θ<sub>k</sub>·dt
 * </pre>
 * λ: SEI that passivates the fresh deposit; D<sub>s</sub>, D<sub>u</sub>: metal left dead after stripping
 * when it grew among fibres or unsupported; i<sub>SEI</sub>: continuous parasitic current on the exposed
 * metal area a (from the coupling), running in rests too; θ = 1 − exp(−Q/Q<sub>cov</sub>) the metal
 * coverage. Stripping removes dq. The lost charge becomes inactive solid volume
 * (lost)·V<sub>m</sub>/(zF), a share u to S<sup>sep</sup> and 1 − u to S<sup>buf</sup> (SCIENCE.md §3:
 * Q(n+1) = Q(n) − (1−CE)q, a layer (1−CE)qV<sub>m</sub>/(zF(1−ε<sub>d</sub>)) at the active front).
 * Per cycle of plated charge q and duration t<sub>c</sub>, the efficiency is therefore
 * CE = 1 − λ − D<sub>s</sub>(1−u) − D<sub>u</sub>u − i<sub>SEI</sub>·a·t<sub>c</sub>/q: lower where metal grows
 * unsupported against the separator (upright), and higher at higher current (shorter cycles).
 *
 * <h2>Overpotential</h2>
 * The voltage cost of current density j on electrode k:
 * <pre>
 *   η<sub>k</sub>(j) = |j|·(R<sub>Ω</sub> + δ<sub>k</sub>/κ<sub>d</sub>) + |η<sub>ct</sub>(j; i₀<sup>eff</sup>θ)| + η<sub>c</sub>(j) + [plating] (η<sub>nuc</sub> + (1−θ)Δη<sub>nuc</sub>)
 *   δ<sub>k</sub> = S<sup>sep</sup>/(1−ε<sub>d</sub>) + S<sup>buf</sup>/((1−ε<sub>d</sub>)ε<sub>h</sub>),   κ<sub>d</sub> = κε<sub>d</sub>/τ<sub>d</sub>
 *   η<sub>c</sub>(j) = 2(1−t₊)(RT/zF)·ln[(1+|j|/J<sub>lim</sub>)/(1−|j|/J<sub>lim</sub>)]
 * </pre>
 * R<sub>Ω</sub>, i₀<sup>eff</sup> (Butler–Volmer, α<sub>a</sub> + α<sub>c</sub> = 1), J<sub>lim</sub> and η<sub>nuc</sub> come
 * from the coupling's first-instant split; the inactive layer adds its ionic resistance, so the
 * overpotential follows the layer. Stripping with i₀θ makes the cost diverge as an electrode runs
 * out of metal. The cell adds the separator, |j|Lτ/(κε), and the counter electrode (its own η, or a
 * cathode's R<sub>c</sub>|j|):
 * <pre>
 *   V = V<sub>eq</sub> + σ·sgn(j)·[η<sub>WE</sub>(j) + η<sub>CE</sub>(−j) + |j|R<sub>sep</sub>],   σ = +1 full cell, −1 otherwise
 * </pre>
 * with V<sub>eq</sub> = OCV(s) for a full cell and 0 otherwise.
 *
 * <h2>Full cells</h2>
 * ds/dt = j/C. The cathode loses capacity with throughput, faster as electrolyte is consumed:
 * <pre>
 *   dC = −k<sub>c</sub>·(V<sub>e,0</sub>/V<sub>e</sub>)·|j|dt/2,     dV<sub>e</sub> = −ν·V<sub>solv</sub>·dQ<sub>SEI</sub>/(zF)
 * </pre>
 * The second, accelerating factor is what bends the retention curve beyond a CE<sup>n</sup> law (the
 * paper's 93.7 % at cycle 300 and 82.3 % at 750): each SEI-bound metal atom consumes ν solvent
 * molecules, and the cathode's degradation products are concentrated in what is left. The capacity
 * delivered is whatever the protocol's voltage limits allow: min(cathode capacity, usable metal),
 * since a discharge ends when the anode runs out of active metal.
 *
 * <h2>End of life</h2>
 * <ul>
 * <li>{@link org.anodyne.solver.life.FailureMode#SEPARATOR_PENETRATION}: Σ<sub>k</sub> S<sub>k</sub><sup>sep</sup>/(1−ε<sub>d</sub>) ≥ δ<sub>crit</sub>
 * — the inactive layers pressed against the separator (from both faces in a symmetric cell) bridge
 * it. The upright face starts there; the inverted front has the empty host as buffer.</li>
 * <li>{@link org.anodyne.solver.life.FailureMode#OVERPOTENTIAL_RUNAWAY}: the polarisation with θ = 1 and
 * no nucleation exceeds its limit.</li>
 * <li>{@link org.anodyne.solver.life.FailureMode#INVENTORY_EXHAUSTED}: an electrode must give metal it
 * no longer has (or a full cell falls below the end-of-life retention because its anode did).</li>
 * <li>{@link org.anodyne.solver.life.FailureMode#CAPACITY_FADE_80},
 * {@link org.anodyne.solver.life.FailureMode#SUDDEN_CAPACITY_LOSS}: full cells, at the end of a cycle.</li>
 * </ul>
 * A run that reaches the end of its protocol alive is censored ("still running at 1800 h"), not a
 * failure.
 *
 * <h2>Numerics</h2>
 * Each protocol step is cut into segments over its horizon with rates frozen per segment; events
 * inside a segment are located by false position or linear interpolation, so failure times vary
 * continuously with the parameters, which the calibration's Levenberg–Marquardt fit relies on.
 *
 * <h2>Entry points</h2>
 * {@link org.anodyne.solver.life.LifeSimulator#run} (design sweeps run it through the study layer's sweep runner),
 * {@link org.anodyne.solver.life.LifeCalibration#fit}; the paper's cells and calibration points in
 * {@link org.anodyne.solver.life.ReferenceCells}.
 */
package org.anodyne.solver.life;
