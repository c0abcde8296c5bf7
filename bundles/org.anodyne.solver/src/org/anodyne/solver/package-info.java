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
