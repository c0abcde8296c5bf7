package org.anodyne.study;

/**
 * A study cannot run as described: the design is invalid, an element it needs is missing, or a
 * value is out of range. The message says what and where (study, cell, element) in the units the
 * user typed; it is meant to be shown as is, never with a stack trace.
 */
public class StudyException extends Exception {

	private static final long serialVersionUID = 1L;

	public StudyException(String message) {
		super(message);
	}

	public StudyException(String message, Throwable cause) {
		super(message, cause);
	}
}
