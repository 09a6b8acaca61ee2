package org.neuronmodels.core.expif;

import java.util.Arrays;
import java.util.Collections;

import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The exponential integrate-and-fire model,
 * {@code τ_m dV/dt = −(V − u_rest) + Δ_T·exp((V − ϑ_rh)/Δ_T) + R·I}, reset at
 * {@code v_spike}: its parameters, defaults (neurodynex3 {@code exponential_integrate_fire}) and ranges,
 * written once. Commands reference these constants.
 */
public final class ExpIfModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "ExpIF";

	/** Range of every potential, mV. */
	public static final String POTENTIAL_MIN = "-200", POTENTIAL_MAX = "200";

	public static final double TAU_M_DEFAULT = 12;
	public static final String TAU_M_MIN = "0.001", TAU_M_MAX = "100000";
	public static final String TAU_M_LABEL = "Membrane time constant τ_m (ms)";
	public static final String TAU_M_DESCRIPTION = "τ_m = R·C in ms.";

	public static final double RESISTANCE_DEFAULT = 20;
	public static final String RESISTANCE_MIN = "0.000001", RESISTANCE_MAX = "1000000";
	public static final String RESISTANCE_LABEL = "Membrane resistance R (MΩ)";
	public static final String RESISTANCE_DESCRIPTION = "Input resistance in MΩ (nA × MΩ = mV).";

	public static final double V_REST_DEFAULT = -65;
	public static final String V_REST_LABEL = "Resting potential u_rest (mV)";
	public static final String V_REST_DESCRIPTION = "Leak reversal potential, in mV.";

	public static final double V_RESET_DEFAULT = -60;
	public static final String V_RESET_LABEL = "Reset potential v_reset (mV)";
	public static final String V_RESET_DESCRIPTION = "Potential after a spike, in mV; below v_spike.";

	public static final double V_RHEOBASE_DEFAULT = -55;
	public static final String V_RHEOBASE_LABEL = "Rheobase threshold ϑ_rh (mV)";
	public static final String V_RHEOBASE_DESCRIPTION = "Midpoint of the exponential upswing, in mV.";

	public static final double DELTA_T_DEFAULT = 2;
	public static final String DELTA_T_MIN = "0.01", DELTA_T_MAX = "100";
	public static final String DELTA_T_LABEL = "Sharpness Δ_T (mV)";
	public static final String DELTA_T_DESCRIPTION = "Slope factor of the exponential, in mV.";

	public static final double V_SPIKE_DEFAULT = -30;
	public static final String V_SPIKE_LABEL = "Spike threshold v_spike (mV)";
	public static final String V_SPIKE_DESCRIPTION = "A spike (and reset) when V exceeds this numerical threshold, " +
		"in mV; above ϑ_rh.";

	public static final double T_REF_DEFAULT = 0;
	public static final String T_REF_MIN = "0", T_REF_MAX = "10000";
	public static final String T_REF_LABEL = "Refractory period (ms)";
	public static final String T_REF_DESCRIPTION = "Absolute refractory period in ms: V held at v_reset.";

	/** The default time step and its range, ms. */
	public static final double DT_DEFAULT = 0.05;
	public static final String DT_MIN = "0.000001", DT_MAX = "100";

	/** The default integrator. */
	public static final String INTEGRATOR_DEFAULT = Integrators.EULER;

	/** A model descriptor (the registry holds the shared instance). */
	public ExpIfModel() {
		super(NAME, "nA", DT_DEFAULT, Arrays.asList( //
			ParameterSpec.number("tauM", TAU_M_LABEL, "ms", TAU_M_DEFAULT, TAU_M_MIN, TAU_M_MAX, TAU_M_DESCRIPTION),
			ParameterSpec.number("resistance", RESISTANCE_LABEL, "MΩ", RESISTANCE_DEFAULT, RESISTANCE_MIN,
				RESISTANCE_MAX, RESISTANCE_DESCRIPTION), //
			ParameterSpec.number("vRest", V_REST_LABEL, "mV", V_REST_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_REST_DESCRIPTION), //
			ParameterSpec.number("vReset", V_RESET_LABEL, "mV", V_RESET_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_RESET_DESCRIPTION), //
			ParameterSpec.number("vRheobase", V_RHEOBASE_LABEL, "mV", V_RHEOBASE_DEFAULT, POTENTIAL_MIN,
				POTENTIAL_MAX, V_RHEOBASE_DESCRIPTION), //
			ParameterSpec.number("deltaT", DELTA_T_LABEL, "mV", DELTA_T_DEFAULT, DELTA_T_MIN, DELTA_T_MAX,
				DELTA_T_DESCRIPTION), //
			ParameterSpec.number("vSpike", V_SPIKE_LABEL, "mV", V_SPIKE_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_SPIKE_DESCRIPTION), //
			ParameterSpec.number("tRef", T_REF_LABEL, "ms", T_REF_DEFAULT, T_REF_MIN, T_REF_MAX, T_REF_DESCRIPTION)),
			Collections.singletonList(new StateVariable("V", "mV")), Collections.singletonList(Preset.of("Default",
				"neurodynex3 exponential_integrate_fire defaults (Neuronal Dynamics, exercise 5)")), Arrays.asList(
					Integrators.EULER, Integrators.HEUN, Integrators.RK4));
	}

	/** The parameters of {@code n} identical neurons. */
	public static ExpIfParameters parameters(final ParameterValues p, final int n) {
		return ExpIfParameters.uniform(n, p.number("tauM"), p.number("resistance"), p.number("vRest"), p.number(
			"vReset"), p.number("vRheobase"), p.number("deltaT"), p.number("vSpike"), p.number("tRef"));
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		parameters(p, 1).validate();
	}

	@Override
	public void checkStep(final ParameterValues p, final double dt) {
		super.checkStep(p, dt);
		ExpIfSimulation.checkStep(dt, "tauM", p.number("tauM"));
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		return new double[] { p.number("vRest") };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		return new ExpIfPopulation(parameters(p, n), dt, scheme(integrator));
	}

	@Override
	public FiTheory theory(final ParameterValues p) {
		return FiTheory.rheobaseOnly(ExpIfTheory.rheobase(p.number("vRest"), p.number("vRheobase"), p.number(
			"deltaT"), p.number("resistance")));
	}
}
