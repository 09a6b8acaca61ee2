package org.neuronmodels.core.sweep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.stimulus.StimulusSpec;

/**
 * A sweep of the single-neuron LIF run as ONE structure-of-arrays population:
 * grid point {@code p} is neuron {@code p}, with its own parameter values and
 * its own copy of the stimulus (one waveform per distinct stimulus setting).
 * Neurons are independent, so neuron {@code p} computes exactly what a
 * single-neuron run with point {@code p}'s inputs computes, bit for bit; the
 * population is split into contiguous blocks run in parallel.
 * <p>
 * Outputs per point: {@code spikeCount} (all spikes of the run) and
 * {@code firingRate} (spikes in the stimulus window {@code (stimStart, stimStop]},
 * or the whole run for stimuli without a window, per second), as the LIF command.
 * </p>
 */
public final class LifSweep {

	/** The LIF parameters a sweep can vary per neuron. */
	static final List<String> NEURON_PARAMETERS = Arrays.asList("vRest", "vReset", "vThreshold", "resistance", "tauM",
		"tRef");

	/** The stimulus parameters a sweep can vary per neuron (one waveform per distinct value). */
	static final List<String> STIMULUS_PARAMETERS = Arrays.asList("amplitude", "stimStart", "stimStop", "frequency",
		"offset", "phase", "pulseWidth", "noiseTau", "tableDt", "seed");

	/** The scalar outputs, as the LIF command names them. */
	public static final String[] OUTPUTS = { "spikeCount", "firingRate" };

	/** The settings every point shares (the LIF command's inputs); swept ones are overridden per point. */
	public static final class Settings {
		public double vRest = -70, vReset = -65, vThreshold = -50, resistance = 10, tauM = 8, tRef = 2;
		public double dt = 0.1, duration = 200;
		/** The integrator by name, one of the {@link LifModel} descriptor's. */
		public String integrator = LifModel.INTEGRATOR_DEFAULT;
		public StimulusSpec stimulus = new StimulusSpec();
	}

	private LifSweep() {}

	/** Whether {@code parameter} can be swept on the population (a LIF or stimulus parameter). */
	public static boolean supports(final String parameter) {
		return NEURON_PARAMETERS.contains(parameter) || STIMULUS_PARAMETERS.contains(parameter);
	}

	/**
	 * Runs every point of {@code grid} on {@code threads} threads, recording the voltage of
	 * the points {@code tracePoints}.
	 */
	public static SweepResult run(final Settings settings, final SweepGrid grid, final int[] tracePoints,
		final int threads, final ProgressMonitor monitor)
	{
		for (final SweepAxis a : axes(grid))
			if (!supports(a.parameter())) {
				throw new InvalidParameterException(a.field(), a.parameter() + " cannot be swept on a LIF population");
			}
		final Scheme scheme = ModelRegistry.byName(LifModel.NAME).scheme(settings.integrator);
		final TimeGrid time = TimeGrid.of(settings.duration, settings.dt);
		final int n = grid.size();
		final LifParameters p = parameters(settings, grid);
		p.validate();
		for (int i = 0; i < n; i++)
			if (settings.dt > p.tauM[i]) {
				throw Checks.invalid("dt", "ms", settings.dt, "must not exceed tauM = " + Checks.fmt(p.tauM[i]) +
					" ms (use dt ≤ tauM/10 for accuracy)");
			}
		final Waveforms waves = waveforms(settings, grid, time);
		MemoryBudget.require(8.0 * time.steps() * (waves.samples.length + tracePoints.length) + 64.0 * n, "duration",
			"a LIF sweep of " + n + " points × " + time.steps() + " steps");

		final int[] bounds = ParallelRuns.split(n, Math.max(1, threads) * 4);
		final int blocks = bounds.length - 1;
		final List<SimulationResult> results = ParallelRuns.run(blocks, threads, (b, m) -> runBlock(settings, scheme,
			p, waves, time, bounds[b], bounds[b + 1], tracePoints, m), monitor);

		final double[] count = new double[n];
		final double[] rate = new double[n];
		final double[][] traceT = new double[tracePoints.length][];
		final double[][] traceV = new double[tracePoints.length][];
		for (int b = 0; b < blocks; b++) {
			final int from = bounds[b];
			final SpikeRecord spikes = results.get(b).spikes();
			final int[] inWindow = new int[bounds[b + 1] - from];
			for (int k = 0; k < spikes.count(); k++) {
				final int g = from + spikes.neuron(k);
				count[g]++;
				if (SpikeRecord.inWindow(spikes.time(k), waves.windowFrom[g], waves.windowTo[g])) inWindow[g - from]++;
			}
			for (int g = from; g < bounds[b + 1]; g++) {
				final double seconds = (waves.windowTo[g] - waves.windowFrom[g]) / 1000.0;
				rate[g] = inWindow[g - from] / seconds / 1; // as SimulationResult.meanRate of one neuron
			}
			final int[] local = localTracePoints(tracePoints, from, bounds[b + 1]);
			for (int s = 0, k = 0; k < tracePoints.length; k++) {
				if (local[k] < 0) continue;
				traceT[k] = results.get(b).traces().time();
				traceV[k] = results.get(b).traces().voltage(s++);
			}
		}
		return new SweepResult(grid, OUTPUTS.clone(), new String[] { "", "Hz" }, new double[][] { count, rate },
			tracePoints, traceT, traceV, "vectorised LIF population");
	}

	// -- Helper methods --

	private static SimulationResult runBlock(final Settings s, final Scheme scheme, final LifParameters p,
		final Waveforms waves, final TimeGrid time, final int from, final int to, final int[] tracePoints,
		final ProgressMonitor monitor)
	{
		final LifParameters block = new LifParameters(Arrays.copyOfRange(p.vRest, from, to), Arrays.copyOfRange(
			p.vReset, from, to), Arrays.copyOfRange(p.vThreshold, from, to), Arrays.copyOfRange(p.resistance, from, to),
			Arrays.copyOfRange(p.tauM, from, to), Arrays.copyOfRange(p.tRef, from, to));
		final LifPopulation population = new LifPopulation(block, s.dt, scheme);
		final CurrentInput input;
		if (waves.gains != null) {
			final double[] unit = waves.samples[0];
			final double[] gains = Arrays.copyOfRange(waves.gains, from, to);
			input = (step, out) -> {
				final double u = unit[step];
				for (int i = 0; i < out.length; i++)
					out[i] = gains[i] * u;
			};
		}
		else if (waves.samples.length == 1) input = CurrentInput.shared(waves.samples[0]);
		else {
			final double[][] w = waves.samples;
			final int[] which = Arrays.copyOfRange(waves.waveOf, from, to);
			input = (step, out) -> {
				for (int i = 0; i < out.length; i++)
					out[i] = w[which[i]][step];
			};
		}
		final int[] local = localTracePoints(tracePoints, from, to);
		final Recording recording = Recording.of(Arrays.stream(local).filter(i -> i >= 0).toArray());
		return Simulation.run(population, input, time, recording, monitor);
	}

	/** For each traced point, its index inside the block {@code [from, to)}, or −1. */
	private static int[] localTracePoints(final int[] tracePoints, final int from, final int to) {
		final int[] local = new int[tracePoints.length];
		for (int k = 0; k < local.length; k++)
			local[k] = tracePoints[k] >= from && tracePoints[k] < to ? tracePoints[k] - from : -1;
		return local;
	}

	private static List<SweepAxis> axes(final SweepGrid grid) {
		return grid.axis2() == null ? Arrays.asList(grid.axis1()) : Arrays.asList(grid.axis1(), grid.axis2());
	}

	private static LifParameters parameters(final Settings s, final SweepGrid grid) {
		final LifParameters p = LifParameters.uniform(grid.size(), s.vRest, s.vReset, s.vThreshold, s.resistance,
			s.tauM, s.tRef);
		for (int point = 0; point < grid.size(); point++) {
			set(p, grid.axis1().parameter(), point, grid.value1(point));
			if (grid.axis2() != null) set(p, grid.axis2().parameter(), point, grid.value2(point));
		}
		return p;
	}

	private static void set(final LifParameters p, final String name, final int i, final double value) {
		switch (name) {
			case "vRest": p.vRest[i] = value; break;
			case "vReset": p.vReset[i] = value; break;
			case "vThreshold": p.vThreshold[i] = value; break;
			case "resistance": p.resistance[i] = value; break;
			case "tauM": p.tauM[i] = value; break;
			case "tRef": p.tRef[i] = value; break;
			default: // a stimulus parameter
		}
	}

	/**
	 * One waveform per distinct stimulus setting, and each point's rate window; or, when only the
	 * amplitude of a Constant, Step or Pulse train stimulus is swept, one waveform of amplitude 1 and a
	 * gain per point: these stimuli are exactly {@code amplitude} or 0 at every sample, so
	 * {@code gain × 1} and {@code gain × 0} give the very same numbers with a single waveform.
	 */
	private static final class Waveforms {
		double[][] samples;
		int[] waveOf;
		double[] gains;
		double[] windowFrom, windowTo;
	}

	private static boolean amplitudeScales(final Settings s, final SweepGrid grid) {
		final boolean linear = s.stimulus.kind == StimulusKind.CONSTANT || s.stimulus.kind == StimulusKind.STEP ||
			s.stimulus.kind == StimulusKind.PULSE_TRAIN;
		boolean amplitude = false;
		for (final SweepAxis a : axes(grid)) {
			if (a.parameter().equals("amplitude")) amplitude = true;
			else if (STIMULUS_PARAMETERS.contains(a.parameter())) return false;
		}
		return linear && amplitude;
	}

	private static Waveforms waveforms(final Settings s, final SweepGrid grid, final TimeGrid time) {
		final int n = grid.size();
		final Waveforms w = new Waveforms();
		if (amplitudeScales(s, grid)) {
			final StimulusSpec unit = SweptStimulus.copy(s.stimulus);
			unit.amplitude = 1;
			w.samples = new double[][] { unit.build(time).sample(time) };
			w.gains = new double[n];
			w.windowFrom = new double[n];
			w.windowTo = new double[n];
			final double[] window = unit.rateWindow(time.duration());
			for (int point = 0; point < n; point++) {
				final StimulusSpec spec = SweptStimulus.copy(s.stimulus);
				SweptStimulus.set(spec, grid.axis1().parameter().equals("amplitude") ? grid.axis1() : grid.axis2(), grid
					.axis1().parameter().equals("amplitude") ? grid.value1(point) : grid.value2(point));
				Checks.finite("amplitude", spec.currentUnit, spec.amplitude);
				w.gains[point] = spec.amplitude;
				w.windowFrom[point] = window[0];
				w.windowTo[point] = window[1];
			}
			return w;
		}
		w.waveOf = new int[n];
		w.windowFrom = new double[n];
		w.windowTo = new double[n];
		final Map<String, Integer> distinct = new HashMap<>();
		final java.util.ArrayList<double[]> samples = new java.util.ArrayList<>();
		for (int point = 0; point < n; point++) {
			final StimulusSpec spec = SweptStimulus.copy(s.stimulus);
			final StringBuilder key = new StringBuilder();
			if (STIMULUS_PARAMETERS.contains(grid.axis1().parameter())) {
				SweptStimulus.set(spec, grid.axis1(), grid.value1(point));
				key.append(grid.value1(point));
			}
			if (grid.axis2() != null && STIMULUS_PARAMETERS.contains(grid.axis2().parameter())) {
				SweptStimulus.set(spec, grid.axis2(), grid.value2(point));
				key.append(',').append(grid.value2(point));
			}
			Integer index = distinct.get(key.toString());
			if (index == null) {
				MemoryBudget.require(8.0 * time.steps() * (samples.size() + 1), "duration", "the stimuli of a LIF sweep (" +
					(samples.size() + 1) + " waveforms × " + time.steps() + " steps)");
				index = samples.size();
				samples.add(spec.build(time).sample(time));
				distinct.put(key.toString(), index);
			}
			w.waveOf[point] = index;
			final double[] window = spec.rateWindow(time.duration());
			w.windowFrom[point] = window[0];
			w.windowTo[point] = window[1];
		}
		w.samples = samples.toArray(new double[0][]);
		return w;
	}
}
