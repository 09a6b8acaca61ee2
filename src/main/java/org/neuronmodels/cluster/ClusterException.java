package org.neuronmodels.cluster;

/**
 * A sweep on the cluster could not finish: shards failed more often than
 * they may be resubmitted, SLURM refused a submission, or the work directory
 * holds something else. The message names the shards, their logs and what to do;
 * the work directory keeps the finished shards for a resumed run.
 */
public class ClusterException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A failure with a one-line message. */
	public ClusterException(final String message) {
		super(message);
	}
}
