package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * The settings of the Spiking Network command (the same field names as its
 * inputs). Numbers left at NaN (or neurons at 0) take the preset's published
 * value; {@link #resolve()} fills them in and checks everything.
 */
public final class NetworkSettings {

	public NetworkPreset preset = NetworkPreset.CUBA;
	/** Total neurons (0: preset). */
	public int neurons;
	/** Connection probability (Brunel: ε of the in-degrees C_E = ε·10000, C_I = ε·2500), NaN: preset. */
	public double connectionProbability = Double.NaN;
	/** Excitatory and inhibitory weights in the preset's weight unit, NaN: preset. */
	public double excitatoryWeight = Double.NaN, inhibitoryWeight = Double.NaN;
	/** Synaptic delay in ms, NaN: preset. */
	public double delay = Double.NaN;
	/** Duration and time step in ms, NaN: preset. */
	public double duration = Double.NaN, dt = Double.NaN;
	public long seed = 1;
	public int threads = 2;
	/** Custom only: the synapse kind and connection rule. */
	public SynapseKind synapse = SynapseKind.EXPONENTIAL;
	public String rule = RULE_FIXED_PROBABILITY;
	/** Custom only: Poisson input per neuron (Hz) and its weight (synapse unit). */
	public double poissonRate = 0, poissonWeight = 0;
	/** Custom "Weight image" rule: the matrix (x = presynaptic, y = postsynaptic, row-major) and its size. */
	public double[] weightMatrix;
	public int weightWidth, weightHeight;

	/** The connection rules of a Custom network, as compile-time constants for commands' {@code choices}. */
	public static final String RULE_FIXED_PROBABILITY = "Fixed probability";
	public static final String RULE_FIXED_IN_DEGREE = "Fixed in-degree";
	public static final String RULE_ALL_TO_ALL = "All-to-all";
	public static final String RULE_ONE_TO_ONE = "One-to-one";
	public static final String RULE_RING = "Ring";
	public static final String RULE_WEIGHT_IMAGE = "Weight image";

	/** The connection rules of the Custom preset. */
	public static final String[] RULES = { RULE_FIXED_PROBABILITY, RULE_FIXED_IN_DEGREE, RULE_ALL_TO_ALL,
		RULE_ONE_TO_ONE, RULE_RING, RULE_WEIGHT_IMAGE };

	/** A copy with every preset-dependent value filled in, checked. */
	public NetworkSettings resolve() {
		final NetworkSettings s = new NetworkSettings();
		final NetworkPreset p = preset;
		s.preset = p;
		s.neurons = neurons == 0 ? p.neurons : neurons;
		s.connectionProbability = pick(connectionProbability, p.connectionProbability);
		s.excitatoryWeight = pick(excitatoryWeight, p.excitatoryWeight);
		s.inhibitoryWeight = pick(inhibitoryWeight, p.inhibitoryWeight);
		s.delay = pick(delay, p.delay);
		s.dt = pick(dt, p.dt);
		s.duration = pick(duration, p.duration);
		s.seed = seed;
		s.threads = threads;
		s.synapse = synapse;
		s.rule = rule;
		s.poissonRate = poissonRate;
		s.poissonWeight = poissonWeight;
		s.weightMatrix = weightMatrix;
		s.weightWidth = weightWidth;
		s.weightHeight = weightHeight;
		s.check();
		return s;
	}

	private void check() {
		Checks.inRange("neurons", neurons, p() == NetworkPreset.RING ? 2 : 5, 10_000_000);
		if (!(connectionProbability >= 0 && connectionProbability <= 1)) throw Checks.invalid("connectionProbability",
			"", connectionProbability, "must be between 0 and 1");
		Checks.finite("excitatoryWeight", preset.weightUnit, excitatoryWeight);
		Checks.finite("inhibitoryWeight", preset.weightUnit, inhibitoryWeight);
		Checks.inRange("delay", "ms", delay, 0, 10_000);
		Checks.positive("dt", "ms", dt);
		Checks.positive("duration", "ms", duration);
		Checks.inRange("threads", threads, 1, 64);
		Checks.inRange("poissonRate", "Hz", poissonRate, 0, 1e7);
		Checks.finite("poissonWeight", null, poissonWeight);
		if (preset == NetworkPreset.CUSTOM) {
			boolean known = false;
			for (final String r : RULES)
				known |= r.equalsIgnoreCase(rule);
			if (!known) throw new InvalidParameterException("rule", "rule = \"" + rule + "\" is invalid: must be one of " +
				String.join(", ", RULES));
			if (rule.equalsIgnoreCase(RULE_WEIGHT_IMAGE) && weightMatrix == null) {
				throw new InvalidParameterException("weightImage", "weightImage is missing: the \"Weight image\" rule needs " +
					"a 2-D image (x = presynaptic, y = postsynaptic)");
			}
		}
	}

	private NetworkPreset p() {
		return preset;
	}

	/** The delay in whole steps: {@code round(delay / dt)}. */
	public int delaySteps() {
		return (int) Math.round(delay / dt);
	}

	private static double pick(final double given, final double preset) {
		return Double.isNaN(given) ? preset : given;
	}
}
