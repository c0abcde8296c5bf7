package org.anodyne.study.section;

/**
 * A solid band across the whole width of the cross-section, such as a foil.
 *
 * @param bottom    lower edge above the bottom face of the host [µm]
 * @param top       upper edge [µm]
 * @param substrate substrate id of its surface
 */
public record SolidBand(double bottom, double top, String substrate) {
}
