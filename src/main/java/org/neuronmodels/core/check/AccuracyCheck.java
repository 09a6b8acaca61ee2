package org.neuronmodels.core.check;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.NumericalInstabilityException;

/**
 * Whether a result still changes when dt is halved: a short first stretch of
 * the run is simulated again at dt and at dt/2, and the spikes compared. With
 * a deterministic input the spike counts must agree (within one spike or
 * {@value #COUNT_TOLERANCE} of them) and the first {@value #TIMED_SPIKES}
 * spike times within {@value #TIME_STEPS} steps (and 1 ms); with a noise input, or in a network,
 * whose spike times diverge at any dt, only the rates are compared, with room
 * for the chance difference of two independent samples. When they disagree,
 * the stretch is halved again (up to dt/8) to name a time step that agrees.
 */
public final class AccuracyCheck {

	/** Relative spike-count difference accepted between dt and dt/2. */
	static final double COUNT_TOLERANCE = 0.1;

	/** Spike-time difference (in steps of the coarser dt) accepted between dt and dt/2. */
	static final int TIME_STEPS = 2;

	/** Spikes per neuron whose times are compared (the first: chaotic dynamics spread later ones at any dt). */
	static final int TIMED_SPIKES = 3;

	/** Halvings tried to name a time step that agrees. */
	private static final int MAX_HALVINGS = 3;

	/** The spikes of a stretch of the run simulated again with another time step. */
	@FunctionalInterface
	public interface Rerun {

		/** The spikes of the first {@code duration} ms of the run with time step {@code dt} ms. */
		SpikeRecord spikes(double dt, double duration);
	}

	private AccuracyCheck() {}

	/**
	 * The length (ms) of the stretch to rerun: the whole run, or less so that the
	 * finest rerun (at dt/8) takes at most {@code maxSteps} steps, but at least
	 * {@code minMs} ms (or the run).
	 */
	public static double stretch(final double duration, final double dt, final long maxSteps, final double minMs) {
		final double affordable = maxSteps * dt / (1 << MAX_HALVINGS);
		return Math.min(duration, Math.max(Math.min(minMs, duration), affordable));
	}

	/**
	 * The warning if the first {@code stretch} ms at {@code dt} and at dt/2
	 * disagree, else null. {@code rates}: compare rates only (noise, networks).
	 */
	public static String check(final SpikeRecord run, final double dt, final double stretch, final boolean rates,
		final Rerun rerun)
	{
		final SpikeRecord coarse = prefix(run, stretch); // NB: the same seed and dt give the same first stretch
		SpikeRecord fine;
		try {
			fine = prefix(rerun.spikes(dt / 2, stretch), stretch);
		}
		catch (final NumericalInstabilityException e) {
			return null; // a finer step failing is reported by the run itself, or not at all
		}
		final String difference = difference(coarse, fine, dt, rates);
		if (difference == null) return null;
		double agreeing = Double.NaN;
		double step = dt / 2;
		for (int h = 1; h < MAX_HALVINGS && Double.isNaN(agreeing); h++) {
			final SpikeRecord finer;
			try {
				finer = prefix(rerun.spikes(step / 2, stretch), stretch);
			}
			catch (final NumericalInstabilityException e) {
				break;
			}
			if (difference(fine, finer, step, rates) == null) agreeing = step;
			fine = finer;
			step /= 2;
		}
		final String suggestion = Double.isNaN(agreeing) ? "use a dt below " + Checks.fmt(step) + " ms (dt/" +
			Math.round(dt / step) + " still changes the result)" : "use dt ≤ " + Checks.fmt(agreeing) +
				" ms (where halving dt no longer changes the result)";
		return "accuracy: the first " + Checks.fmt(StepSizeCheck.round(stretch)) + " ms rerun at dt/2 = " + Checks.fmt(
			dt / 2) + " ms give " + difference + ": the result depends on dt = " + Checks.fmt(dt) + " ms; " + suggestion +
			".";
	}

	/** The spikes of {@code spikes} up to {@code until} ms. */
	static SpikeRecord prefix(final SpikeRecord spikes, final double until) {
		final SpikeRecord p = new SpikeRecord(spikes.populationSize());
		for (int k = 0; k < spikes.count(); k++)
			if (spikes.time(k) <= until + 1e-9) p.add(spikes.neuron(k), spikes.time(k));
		return p;
	}

	/** How two runs (steps dt and dt/2) differ, or null if they agree. */
	static String difference(final SpikeRecord a, final SpikeRecord b, final double dt, final boolean rates) {
		final int na = a.count(), nb = b.count();
		if (rates) {
			final double chance = 3 * Math.sqrt(na + nb) + 3;
			if (Math.abs(na - nb) <= chance || Math.abs(na - nb) <= 0.25 * Math.max(na, nb)) return null;
			return nb + " spikes where dt gives " + na + " (rates differ beyond chance)";
		}
		if (Math.abs(na - nb) > Math.max(1, COUNT_TOLERANCE * Math.max(na, nb))) {
			return nb + " spikes where dt gives " + na;
		}
		double worst = 0;
		for (int i = 0; i < a.populationSize(); i++) {
			final double[] ta = a.timesOf(i), tb = b.timesOf(i);
			for (int k = 0; k < Math.min(TIMED_SPIKES, Math.min(ta.length, tb.length)); k++)
				worst = Math.max(worst, Math.abs(ta[k] - tb[k]));
		}
		if (worst > Math.max(TIME_STEPS * dt, 1.0)) {
			return "spike times that differ by up to " + Checks.fmt(StepSizeCheck.round(worst)) + " ms (" + nb +
				" spikes, " + na + " at dt)";
		}
		return null;
	}
}
