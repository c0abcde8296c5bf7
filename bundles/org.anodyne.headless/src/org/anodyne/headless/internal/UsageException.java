package org.anodyne.headless.internal;

/** A command line that cannot be run as given; reported with the command's usage hint, exit code 2. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
