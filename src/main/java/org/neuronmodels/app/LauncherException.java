package org.neuronmodels.app;

/**
 * A launcher failure with the process exit status it maps to: {@link #INVALID_INPUT}
 * for bad command lines and invalid parameters, {@link #FAILURE} for everything else.
 */
public class LauncherException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Exit status for a run that failed for a reason other than its input. */
	public static final int FAILURE = 1;

	/** Exit status for an invalid command line, command, parameter or value. */
	public static final int INVALID_INPUT = 2;

	private final int exitCode;

	/** A failure with the given exit status and one-line message. */
	public LauncherException(final int exitCode, final String message) {
		this(exitCode, message, null);
	}

	/** A failure with the given exit status, one-line message and cause. */
	public LauncherException(final int exitCode, final String message,
		final Throwable cause)
	{
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** The process exit status for this failure. */
	public int exitCode() {
		return exitCode;
	}
}
