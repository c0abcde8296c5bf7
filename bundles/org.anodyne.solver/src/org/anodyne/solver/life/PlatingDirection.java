/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.solver.life;

/** Whether a galvanostatic step puts metal onto the working electrode or takes it off. */
public enum PlatingDirection {
	/** Metal is deposited on the working electrode (current j &gt; 0 by the package's convention). */
	PLATE,
	/** Metal is removed from the working electrode (j &lt; 0). */
	STRIP
}
