package org.neuronmodels.core.hh;

import java.util.Arrays;

import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The Hodgkin–Huxley (1952) squid axon model per unit membrane area, in
 * either {@link HhConvention} (modern, as NEURON's {@code hh}, or the 1952
 * original): its parameters, ranges and presets, written once. Reversal
 * potentials, the initial V and the spike detection level left at NaN take
 * the convention's values ({@link HhConvention}). No closed-form rate; spikes
 * are upward crossings, located in the step by linear interpolation.
 */
public final class HhModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "Hodgkin-Huxley";

	/** Range of every potential, mV. */
	public static final String POTENTIAL_MIN = "-200", POTENTIAL_MAX = "200";
	/** Range of every maximal conductance, mS/cm². */
	public static final String CONDUCTANCE_MIN = "0", CONDUCTANCE_MAX = "10000";

	public static final String CONVENTION_MODERN = "Modern", CONVENTION_1952 = "1952";
	public static final String CONVENTION_DEFAULT = CONVENTION_MODERN;
	public static final String CONVENTION_LABEL = "Convention";
	public static final String CONVENTION_DESCRIPTION = "Modern: rest near -65 mV as NEURON's hh; 1952: Hodgkin & " +
		"Huxley's original with rest at 0 mV (depolarisation positive).";

	public static final double CELSIUS_DEFAULT = HhConvention.REFERENCE_CELSIUS;
	public static final String CELSIUS_MIN = "-20", CELSIUS_MAX = "50", CELSIUS_STEP = "0.1";
	public static final String CELSIUS_LABEL = "Temperature (°C)";
	public static final String CELSIUS_DESCRIPTION = "Every rate is multiplied by 3^((T - 6.3)/10).";

	public static final String G_NA_LABEL = "g_Na (mS/cm²)";
	public static final String G_NA_DESCRIPTION = "Maximal sodium conductance in mS/cm²; NaN: the convention's 120.";
	public static final String G_K_LABEL = "g_K (mS/cm²)";
	public static final String G_K_DESCRIPTION = "Maximal potassium conductance in mS/cm²; NaN: the convention's 36.";
	public static final String G_L_LABEL = "g_L (mS/cm²)";
	public static final String G_L_DESCRIPTION = "Leak conductance in mS/cm²; NaN: the convention's 0.3.";
	public static final String E_NA_LABEL = "E_Na (mV)";
	public static final String E_NA_DESCRIPTION = "Sodium reversal potential in mV; NaN: the convention's (50 " +
		"modern, 115 in 1952).";
	public static final String E_K_LABEL = "E_K (mV)";
	public static final String E_K_DESCRIPTION = "Potassium reversal potential in mV; NaN: the convention's (-77 " +
		"modern, -12 in 1952).";
	public static final String E_L_LABEL = "E_L (mV)";
	public static final String E_L_DESCRIPTION = "Leak reversal potential in mV; NaN: the convention's (-54.3 " +
		"modern, 10.6 in 1952).";
	public static final String CAPACITANCE_MIN = "0.001", CAPACITANCE_MAX = "1000";
	public static final String CAPACITANCE_LABEL = "Capacitance (µF/cm²)";
	public static final String CAPACITANCE_DESCRIPTION = "Membrane capacitance in µF/cm²; NaN: the convention's 1.";
	public static final String V_INIT_LABEL = "Initial V (mV)";
	public static final String V_INIT_DESCRIPTION = "Initial membrane potential in mV, gates at steady state for " +
		"it; NaN: the convention's rest (-65 modern, 0 in 1952).";
	public static final String SPIKE_THRESHOLD_LABEL = "Spike detection level (mV)";
	public static final String SPIKE_THRESHOLD_DESCRIPTION = "A spike is an upward crossing of this potential, in " +
		"mV; NaN: the convention's (0 modern, 60 in 1952).";

	/** The default time step and its range, ms. */
	public static final double DT_DEFAULT = 0.01;
	public static final String DT_MIN = "0.000001", DT_MAX = "1";

	/** The default integrator. */
	public static final String INTEGRATOR_DEFAULT = Integrators.RK4;

	/** A model descriptor (the registry holds the shared instance). */
	public HhModel() {
		super(NAME, "µA/cm²", DT_DEFAULT, Arrays.asList( //
			ParameterSpec.choice("convention", CONVENTION_LABEL, CONVENTION_DEFAULT, new String[] { CONVENTION_MODERN,
				CONVENTION_1952 }, CONVENTION_DESCRIPTION), //
			ParameterSpec.number("celsius", CELSIUS_LABEL, "°C", CELSIUS_DEFAULT, CELSIUS_MIN, CELSIUS_MAX,
				CELSIUS_DESCRIPTION), //
			ParameterSpec.number("gNa", G_NA_LABEL, "mS/cm²", HhConvention.G_NA, CONDUCTANCE_MIN, CONDUCTANCE_MAX,
				G_NA_DESCRIPTION), //
			ParameterSpec.number("gK", G_K_LABEL, "mS/cm²", HhConvention.G_K, CONDUCTANCE_MIN, CONDUCTANCE_MAX,
				G_K_DESCRIPTION), //
			ParameterSpec.number("gL", G_L_LABEL, "mS/cm²", HhConvention.G_L, CONDUCTANCE_MIN, CONDUCTANCE_MAX,
				G_L_DESCRIPTION), //
			ParameterSpec.derived("eNa", E_NA_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX, E_NA_DESCRIPTION), //
			ParameterSpec.derived("eK", E_K_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX, E_K_DESCRIPTION), //
			ParameterSpec.derived("eL", E_L_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX, E_L_DESCRIPTION), //
			ParameterSpec.number("capacitance", CAPACITANCE_LABEL, "µF/cm²", HhConvention.CAPACITANCE,
				CAPACITANCE_MIN, CAPACITANCE_MAX, CAPACITANCE_DESCRIPTION), //
			ParameterSpec.derived("vInit", V_INIT_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX, V_INIT_DESCRIPTION), //
			ParameterSpec.derived("spikeThreshold", SPIKE_THRESHOLD_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX,
				SPIKE_THRESHOLD_DESCRIPTION)), //
			Arrays.asList(new StateVariable("V", "mV"), new StateVariable("m", "1"), new StateVariable("h", "1"),
				new StateVariable("n", "1")), //
			Arrays.asList(Preset.of(CONVENTION_MODERN, "NEURON's hh mechanism (rest near -65 mV)", "convention",
				CONVENTION_MODERN), Preset.of(CONVENTION_1952, "Hodgkin & Huxley 1952, J. Physiol. 117:500-544",
					"convention", CONVENTION_1952)), //
			Arrays.asList(Integrators.RK4, Integrators.EXPONENTIAL_EULER, Integrators.EULER,
				Integrators.HEUN));
	}

	/** The parameters of {@code n} identical neurons (NaN values take the convention's). */
	public static HhParameters parameters(final ParameterValues p, final int n) {
		return HhParameters.uniform(n, HhConvention.fromLabel(p.text("convention")), p.number("gNa"), p.number("gK"),
			p.number("gL"), p.number("eNa"), p.number("eK"), p.number("eL"), p.number("capacitance"), p.number(
				"celsius"), p.number("vInit"), p.number("spikeThreshold"));
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		parameters(p, 1).validate();
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		final HhParameters hp = parameters(p, 1);
		final double u = hp.convention.depolarisation(hp.vInit[0]);
		return new double[] { hp.vInit[0], HhRates.mInf(u), HhRates.hInf(u), HhRates.nInf(u) };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		return new HhPopulation(parameters(p, n), dt, scheme(integrator));
	}

	@Override
	public CrossingTimer crossingTimer(final SpikingPopulation population, final ParameterValues p, final double dt,
		final String integrator)
	{
		return new LinearCrossing(population, parameters(p, 1).spikeThreshold[0]);
	}

	/** Linear interpolation of V between the start and the end of the step (no reset). */
	private static final class LinearCrossing implements CrossingTimer {

		private final SpikingPopulation population;
		private final double threshold;

		LinearCrossing(final SpikingPopulation population, final double threshold) {
			this.population = population;
			this.threshold = threshold;
		}

		@Override
		public double fraction(final int neuron, final double vStart, final double input) {
			final double vEnd = population.voltage()[neuron];
			final double f = (threshold - vStart) / (vEnd - vStart);
			return f > 1 ? 1 : f > 0 ? f : Double.MIN_VALUE;
		}

		@Override
		public boolean resetsAtStepEnd() {
			return false;
		}
	}
}
