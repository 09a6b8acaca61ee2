package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.record.NeuronList;
import org.neuronmodels.core.record.Recording;

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
	/**
	 * Custom only: the neuron model of the population, by registered name
	 * ({@link #MODEL_NETWORK_LIF}, the default: the Custom preset's LIF neuron
	 * with the network's exact synaptic integration), its preset and
	 * {@code modelParameters} text; model "Equation" takes {@link #equation}.
	 */
	public String model = MODEL_NETWORK_LIF, modelPreset = "", modelParameters = "";
	/** Custom model "Equation": the equations, and the integrator (blank: Exponential Euler where allowed, else Euler). */
	public EquationSpec equation;
	public String integrator = "";
	/** The neurons whose traces are recorded, e.g. {@code "0-9,100"} (blank: none), one sample every {@code recordEvery} steps. */
	public String recordNeurons = "";
	public int recordEvery = 1;

	/** The Custom preset's own LIF neuron (network kernels), the default {@link #model}. */
	public static final String MODEL_NETWORK_LIF = "Network LIF";

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
		copyModelAndRecording(this, s);
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
		recording(rule.equalsIgnoreCase(RULE_WEIGHT_IMAGE) && weightMatrix != null ? weightWidth : neurons);
		if (registeredModel() && preset != NetworkPreset.CUSTOM) throw new InvalidParameterException("model",
			"model = \"" + model + "\" is invalid for the " + preset.label() + " preset: the population model can " +
				"only be chosen for the Custom preset");
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

	/** Copies the population model and the recording inputs from {@code from} to {@code to}. */
	static void copyModelAndRecording(final NetworkSettings from, final NetworkSettings to) {
		to.model = from.model;
		to.modelPreset = from.modelPreset;
		to.modelParameters = from.modelParameters;
		to.equation = from.equation == null ? null : from.equation.copy();
		to.integrator = from.integrator;
		to.recordNeurons = from.recordNeurons;
		to.recordEvery = from.recordEvery;
	}

	/** Whether the Custom population is a registered model rather than the network's own LIF kernel. */
	public boolean registeredModel() {
		return model != null && !model.trim().isEmpty() && !model.trim().equalsIgnoreCase(MODEL_NETWORK_LIF);
	}

	/**
	 * The Custom population's model resolved and checked at this network's dt
	 * (errors name model, modelPreset, modelParameters or the equation inputs);
	 * null for the network's own LIF.
	 */
	public ModelSetup populationSetup() {
		if (!registeredModel()) return null;
		final ModelDescriptor d;
		if (EquationModelDescriptor.NAME.equalsIgnoreCase(model.trim())) {
			if (equation == null) throw new InvalidParameterException("equations", "equations is empty: model \"" +
				EquationModelDescriptor.NAME + "\" needs the equations, threshold, reset and parameters");
			final EquationModelDescriptor e = EquationModelDescriptor.of(equation, integrator == null || integrator
				.trim().isEmpty() ? equationIntegrator() : integrator);
			if (e.hasNoise()) throw new InvalidParameterException("equations", "equations use white noise xi, which " +
				"a network population does not support yet (its draws would depend on the thread count); drive the " +
				"network with poissonRate instead");
			d = e;
		}
		else {
			if (!ModelRegistry.has(model.trim())) throw new InvalidParameterException("model", "model = \"" + model +
				"\" is invalid: must be " + MODEL_NETWORK_LIF + " or a registered model (" + String.join(", ",
					ModelRegistry.names()) + ")");
			d = ModelRegistry.byName(model.trim());
		}
		return ModelSetup.of(d, modelPreset, modelParameters, dt, d.name().equals(EquationModelDescriptor.NAME) ? ""
			: integrator);
	}

	/** Exponential Euler when the equations allow it (the built-in LIF's exact step), otherwise Euler. */
	private String equationIntegrator() {
		try {
			EquationModelDescriptor.of(equation, "Exponential Euler");
			return "Exponential Euler";
		}
		catch (final InvalidParameterException e) {
			return "Euler";
		}
	}

	/** What to record in a network of {@code size} neurons (errors name recordNeurons and recordEvery). */
	public Recording recording(final int size) {
		Checks.inRange("recordEvery", recordEvery, 1, Integer.MAX_VALUE);
		return Recording.of(NeuronList.parse("recordNeurons", recordNeurons, size)).every(recordEvery);
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
