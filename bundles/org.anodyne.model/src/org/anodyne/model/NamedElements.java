package org.anodyne.model;

/**
 * The one rule for what an element "goes by" wherever a person or a folder sees it: its name, else its id.
 * Result folders, the command line, Run Study/Run Sweep and the diagram all name studies and sweeps this
 * way, so they must agree.
 */
public final class NamedElements {

	private NamedElements() {
	}

	/** The element's name if it has a non-blank one, else its id ("null" if it has neither). */
	public static String displayName(NamedElement element) {
		String name = element.getName();
		return name != null && !name.isBlank() ? name : String.valueOf(element.getId());
	}
}
