package org.anodyne.study.section;

/**
 * A circular solid of the host in the cross-section: a fibre, or a section of a foam ligament.
 *
 * @param x         centre across the periodic width [µm]
 * @param y         centre above the bottom face of the host [µm]
 * @param radius    radius [µm]
 * @param substrate substrate id of its surface (e.g. {@code carbon}, or {@code cuo} where a surface
 *                  layer covers it)
 */
public record SolidCircle(double x, double y, double radius, String substrate) {
}
