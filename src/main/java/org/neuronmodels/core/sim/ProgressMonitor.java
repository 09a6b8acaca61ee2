package org.neuronmodels.core.sim;

/** Receives progress of long runs and tells them when to stop. */
public interface ProgressMonitor {

	/** A monitor that ignores progress and never cancels. */
	ProgressMonitor NONE = new ProgressMonitor() {
		@Override
		public void progress(final long done, final long total) {}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** Reports that {@code done} of {@code total} units of work are finished. */
	void progress(long done, long total);

	/** Whether the run should stop as soon as possible. */
	boolean isCancelled();
}
