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

	/**
	 * Says what the work reported from now on is: {@code name} (e.g.
	 * "building connectivity"), and, when {@code unit} is not null, that one
	 * unit of work is {@code unitsPerWork} {@code unit} (a step of 0.1 ms), so that
	 * progress can be shown as "t / T ms" rather than a percentage. Ignored by default.
	 */
	default void phase(final String name, final double unitsPerWork, final String unit) {}

	/** A short note on the work so far (e.g. "37.3 Hz so far"), shown with the next progress; ignored by default. */
	default void note(final String text) {}

	/** A monitor that passes everything on to another one; a subclass changes what it needs to. */
	class Forwarding implements ProgressMonitor {

		protected final ProgressMonitor to;

		public Forwarding(final ProgressMonitor to) {
			this.to = to;
		}

		@Override
		public void progress(final long done, final long total) {
			to.progress(done, total);
		}

		@Override
		public boolean isCancelled() {
			return to.isCancelled();
		}

		@Override
		public void phase(final String name, final double unitsPerWork, final String unit) {
			to.phase(name, unitsPerWork, unit);
		}

		@Override
		public void note(final String text) {
			to.note(text);
		}
	}
}
