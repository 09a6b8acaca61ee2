package org.neuronmodels.core.sim;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link ProgressMonitor} that also writes a line of text about a long run
 * at most once per interval (the headless launcher's progress on stderr):
 * the phase, how far it is (a percentage, or "t / T ms"), the time so far and
 * the estimated time left of the phase (once it is 1 % done). Nothing is written during the first
 * interval, so short runs stay silent, and never more than one line per
 * interval, whatever the rate of progress reports. Progress and cancellation
 * also go to the monitor it wraps (the status bar's).
 */
public final class ProgressLog implements ProgressMonitor {

	/** The least fraction of a phase done for which the time left is estimated. */
	static final double MIN_FRACTION_FOR_ESTIMATE = 0.01;

	/** The interval of the launcher's progress lines. */
	public static final long INTERVAL_NANOS = 10_000_000_000L;

	private final ProgressMonitor delegate;
	private final Consumer<String> sink;
	private final LongSupplier clock;
	private final long interval, start;
	private long lastLine, phaseStart;
	private String phase = "running";
	private double unitsPerWork = Double.NaN;
	private String unit, note;

	/**
	 * Forwards to {@code delegate} and writes lines to {@code sink} at most every
	 * {@code intervalNanos} of {@code clock} (nanoseconds, like {@link System#nanoTime()}).
	 */
	public ProgressLog(final ProgressMonitor delegate, final Consumer<String> sink, final LongSupplier clock,
		final long intervalNanos)
	{
		this.delegate = delegate == null ? NONE : delegate;
		this.sink = sink;
		this.clock = clock;
		this.interval = Math.max(1, intervalNanos);
		this.start = clock.getAsLong();
		this.lastLine = start;
		this.phaseStart = start;
	}

	/** {@code delegate}, plus a line on {@code System.err} at most every {@link #INTERVAL_NANOS}. */
	public static ProgressMonitor toStandardError(final ProgressMonitor delegate) {
		return new ProgressLog(delegate, line -> System.err.println(line), System::nanoTime, INTERVAL_NANOS);
	}

	@Override
	public synchronized void phase(final String name, final double perWork, final String workUnit) {
		delegate.phase(name, perWork, workUnit);
		phase = name;
		unitsPerWork = perWork;
		unit = workUnit;
		phaseStart = clock.getAsLong();
		note = null;
	}

	@Override
	public synchronized void note(final String text) {
		delegate.note(text);
		note = text;
	}

	@Override
	public synchronized void progress(final long done, final long total) {
		delegate.progress(done, total);
		final long now = clock.getAsLong();
		if (now - lastLine < interval) return;
		lastLine = now;
		sink.accept(line(done, total, now));
	}

	@Override
	public boolean isCancelled() {
		return delegate.isCancelled();
	}

	private String line(final long done, final long total, final long now) {
		final StringBuilder b = new StringBuilder("neuron-models: ").append(phase).append(' ');
		final double fraction = total > 0 ? Math.min(1, Math.max(0, (double) done / total)) : 0;
		if (unit != null) {
			final String f = total * unitsPerWork >= 100 ? "%.0f / %.0f %s (%.0f %%)" : "%.1f / %.1f %s (%.0f %%)";
			b.append(String.format(Locale.ROOT, f, done * unitsPerWork, total * unitsPerWork, unit, 100 * fraction));
		}
		else b.append(String.format(Locale.ROOT, "%.0f %%", 100 * fraction));
		if (note != null) b.append(", ").append(note);
		b.append(", ").append(duration(now - start)).append(" so far");
		final long inPhase = now - phaseStart;
		// below 1 % the phase's set-up (e.g. a network's preparation before its first step) would dominate the
		// extrapolation: no estimate rather than "about 12 h left" after the first step
		if (fraction >= MIN_FRACTION_FOR_ESTIMATE && fraction < 1 && inPhase > 0) b.append(", about ").append(duration((long) (inPhase *
			(1 - fraction) / fraction))).append(" left in this phase");
		return b.toString();
	}

	/** {@code nanos} as "42 s", "3 min 05 s" or "1 h 02 min". */
	static String duration(final long nanos) {
		final long s = Math.max(0, Math.round(nanos / 1e9));
		if (s < 60) return s + " s";
		if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
	}
}
