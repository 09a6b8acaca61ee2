package org.neuronmodels.core.check;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sim.NumericalInstabilityException;

/**
 * Says what likely caused a blow-up: the run is repeated up to just past the
 * failure with dt/10. If that stretch runs cleanly, the step was too large; if
 * it blows up too, the step is not the cause and the input (amplitude) or, in a
 * network, the weights drive the state out of its physical range. The repeat
 * is skipped (and both causes named) when it would take more than
 * {@value #MAX_STEPS} steps.
 */
public final class BlowUpDiagnosis {

	/** The most steps the repeat at dt/10 may take. */
	static final long MAX_STEPS = 2_000_000;

	private BlowUpDiagnosis() {}

	/**
	 * The blow-up {@code e} of a run with step {@code dt} (ms), explained.
	 * {@code suspect} names the other likely cause, e.g. "the input (amplitude =
	 * 1e6 nA)" or "the synaptic weights (excitatoryWeight = 5)".
	 */
	public static NumericalInstabilityException explain(final NumericalInstabilityException e, final double dt,
		final String suspect, final AccuracyCheck.Rerun rerun)
	{
		if (!NumericalChecks.enabled() || Double.isNaN(e.timeMs())) return e;
		final double fine = dt / 10;
		final double until = e.timeMs() + Math.max(1, 10 * dt);
		final String what = e.getMessage().replaceFirst("\\s*Try a smaller dt.*$", "");
		if (until / fine > MAX_STEPS) {
			return new NumericalInstabilityException(what + " Likely causes: dt too large (try dt = " + Checks.fmt(fine) +
				" ms) or " + suspect + " too strong.", e.timeMs(), fine);
		}
		try {
			rerun.spikes(fine, until);
		}
		catch (final NumericalInstabilityException again) {
			return new NumericalInstabilityException(what + " It also blows up with dt = " + Checks.fmt(fine) +
				" ms, so the step is not the cause: " + suspect + " likely drives the state out of its physical " +
				"range; reduce it.", e.timeMs(), Double.NaN);
		}
		catch (final RuntimeException other) {
			return e;
		}
		return new NumericalInstabilityException(what + " With dt = " + Checks.fmt(fine) + " ms the same stretch " +
			"runs cleanly: dt is too large; use dt = " + Checks.fmt(fine) + " ms or less.", e.timeMs(), fine);
	}
}
