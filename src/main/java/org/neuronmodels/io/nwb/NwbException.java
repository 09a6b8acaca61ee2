package org.neuronmodels.io.nwb;

import java.nio.file.Path;

import org.neuronmodels.core.InvalidParameterException;

/**
 * A file that cannot be read as asked: its message names the file and the
 * HDF5 object path, e.g. {@code "cell.nwb: /acquisition/sweep_3/data: unit
 * \"furlongs\" is not a voltage unit"}. The parameter is {@code "file"};
 * commands rename it to their own field ({@link #renamed(String)}).
 */
public final class NwbException extends InvalidParameterException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	/** A problem with {@code objectPath} (null: the file as a whole) of {@code file}. */
	public NwbException(final Path file, final String objectPath, final String problem) {
		this("file", file, objectPath, problem);
	}

	/** A problem about {@code what}: "file", or "series"/"unit" when the name asked for is not in the file. */
	NwbException(final String what, final Path file, final String objectPath, final String problem) {
		super(what, file + ": " + (objectPath == null ? "" : objectPath + ": ") + problem);
		this.problem = problem;
	}

	private NwbException(final String parameter, final String message, final String problem) {
		super(parameter, message);
		this.problem = problem;
	}

	/** The problem alone, without the file and object path. */
	public String problem() {
		return problem;
	}

	/** The same problem named after the command field {@code field}: {@code "<field>: <message>"}. */
	public InvalidParameterException renamed(final String field) {
		return new NwbException(field, field + ": " + getMessage(), problem);
	}
}
