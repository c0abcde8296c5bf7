package org.anodyne.solver.deposition;

/**
 * The state of a deposition run at one output time.
 *
 * @param scalars design numbers
 * @param fields  fields on the grid
 */
public record DepositionSnapshot(DepositionScalars scalars, DepositionFields fields) {
}
