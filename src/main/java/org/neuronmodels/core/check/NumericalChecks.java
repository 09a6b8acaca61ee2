package org.neuronmodels.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuronmodels.core.record.SpikeRecord;

/**
 * Runs the numerical trust checks of a finished run and collects their
 * warnings. The checks can be switched off (for benchmarks: they rerun a
 * stretch of the run) with the system property {@code neuronmodels.checks=off}
 * or the environment variable {@code NEURON_MODELS_CHECKS=off}.
 */
public final class NumericalChecks {

	/** The system property that switches the checks off ("off"). */
	public static final String PROPERTY = "neuronmodels.checks";

	/** The environment variable that switches the checks off ("off"). */
	public static final String ENVIRONMENT = "NEURON_MODELS_CHECKS";

	/** Steps the reruns of a single-neuron run may take (at the finest dt tried). */
	public static final long NEURON_STEPS = 400_000;

	/** Neuron-steps the reruns of a network may take (at the finest dt tried). */
	public static final long NETWORK_NEURON_STEPS = 100_000_000;

	private NumericalChecks() {}

	/** Whether the checks run (not switched off). */
	public static boolean enabled() {
		final String p = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
		return p == null || !p.trim().toLowerCase(Locale.ROOT).matches("off|false|0|no");
	}

	/**
	 * The warnings for a single-neuron run: step size, then (if it passes)
	 * accuracy at dt/2 over a stretch of at most {@link #NEURON_STEPS} steps.
	 * {@code noise}: the input is noise, so rates are compared.
	 */
	public static List<String> neuron(final SpikeRecord spikes, final double dt, final double duration,
		final double tRef, final boolean noise, final AccuracyCheck.Rerun rerun)
	{
		return neuron(spikes, dt, duration, tRef, noise, rerun, true);
	}

	/**
	 * The same; {@code accuracy = false} skips the rerun at dt/2: for a
	 * published model run at its published step (e.g. Izhikevich's figures),
	 * which is the reference however dt-dependent it is.
	 */
	public static List<String> neuron(final SpikeRecord spikes, final double dt, final double duration,
		final double tRef, final boolean noise, final AccuracyCheck.Rerun rerun, final boolean accuracy)
	{
		final List<String> warnings = new ArrayList<>();
		if (!enabled()) return warnings;
		final String step = StepSizeCheck.check(spikes, dt, tRef, duration);
		if (step != null) warnings.add(step);
		else if (accuracy) add(warnings, AccuracyCheck.check(spikes, dt, AccuracyCheck.stretch(duration, dt, NEURON_STEPS, noise ? 1000 : 200),
			noise, rerun));
		return warnings;
	}

	/**
	 * The warnings for a network of {@code size} neurons: runaway activity, the
	 * step size, then (if both pass) rates at dt/2 over a stretch.
	 */
	public static List<String> network(final SpikeRecord spikes, final double dt, final double duration,
		final String weights, final AccuracyCheck.Rerun rerun, final boolean accuracy)
	{
		final List<String> warnings = new ArrayList<>();
		if (!enabled()) return warnings;
		add(warnings, RunawayCheck.check(spikes, duration, weights));
		add(warnings, StepSizeCheck.check(spikes, dt, 0, duration, 2, 0.01));
		if (warnings.isEmpty() && accuracy) {
			final long steps = Math.max(1, NETWORK_NEURON_STEPS / Math.max(1, spikes.populationSize()));
			add(warnings, AccuracyCheck.check(spikes, dt, AccuracyCheck.stretch(duration, dt, steps, 100), true, rerun));
		}
		return warnings;
	}

	private static void add(final List<String> list, final String warning) {
		if (warning != null) list.add(warning);
	}
}
