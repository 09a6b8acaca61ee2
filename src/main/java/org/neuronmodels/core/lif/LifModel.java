package org.neuronmodels.core.lif;

import java.util.Arrays;
import java.util.Collections;

import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The leaky integrate-and-fire model, {@code τ_m dV/dt = −(V − V_rest) + R·I}:
 * the one place its parameters, units, defaults (Neuronal Dynamics exercise
 * values) and ranges are written. Commands reference these constants.
 */
public final class LifModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "LIF";

	public static final String V_REST = "vRest", V_RESET = "vReset", V_THRESHOLD = "vThreshold",
		RESISTANCE = "resistance", TAU_M = "tauM", T_REF = "tRef";

	/** Potential range of every LIF potential, mV. */
	public static final String POTENTIAL_MIN = "-200", POTENTIAL_MAX = "200";

	public static final double V_REST_DEFAULT = -70;
	public static final String V_REST_LABEL = "Resting potential V_rest (mV)";
	public static final String V_REST_DESCRIPTION = "Leak reversal potential E_L, in mV.";

	public static final double V_RESET_DEFAULT = -65;
	public static final String V_RESET_LABEL = "Reset potential V_reset (mV)";
	public static final String V_RESET_DESCRIPTION = "Potential after a spike, in mV; below V_th.";

	public static final double V_THRESHOLD_DEFAULT = -50;
	public static final String V_THRESHOLD_LABEL = "Threshold V_th (mV)";
	public static final String V_THRESHOLD_DESCRIPTION = "A spike when V exceeds this potential (strictly), in mV.";

	public static final double RESISTANCE_DEFAULT = 10;
	public static final String RESISTANCE_MIN = "0.000001", RESISTANCE_MAX = "1000000";
	public static final String RESISTANCE_LABEL = "Membrane resistance R (MΩ)";
	public static final String RESISTANCE_DESCRIPTION = "Input resistance in MΩ (nA × MΩ = mV).";

	public static final double TAU_M_DEFAULT = 8;
	public static final String TAU_M_MIN = "0.001", TAU_M_MAX = "100000";
	public static final String TAU_M_LABEL = "Membrane time constant τ_m (ms)";
	public static final String TAU_M_DESCRIPTION = "τ_m = R·C in ms.";

	public static final double T_REF_DEFAULT = 2;
	public static final String T_REF_MIN = "0", T_REF_MAX = "10000";
	public static final String T_REF_LABEL = "Refractory period (ms)";
	public static final String T_REF_DESCRIPTION = "Absolute refractory period in ms: V held at V_reset.";

	/** The default time step and its range, ms. */
	public static final double DT_DEFAULT = 0.1;
	public static final String DT_MIN = "0.000001", DT_MAX = "100";

	/** The default integrator. */
	public static final String INTEGRATOR_DEFAULT = Integrators.EXACT;

	/** A model descriptor (the registry holds the shared instance). */
	public LifModel() {
		super(NAME, "nA", DT_DEFAULT, Arrays.asList( //
			ParameterSpec.number(V_REST, V_REST_LABEL, "mV", V_REST_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_REST_DESCRIPTION), //
			ParameterSpec.number(V_RESET, V_RESET_LABEL, "mV", V_RESET_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_RESET_DESCRIPTION), //
			ParameterSpec.number(V_THRESHOLD, V_THRESHOLD_LABEL, "mV", V_THRESHOLD_DEFAULT, POTENTIAL_MIN,
				POTENTIAL_MAX, V_THRESHOLD_DESCRIPTION), //
			ParameterSpec.number(RESISTANCE, RESISTANCE_LABEL, "MΩ", RESISTANCE_DEFAULT, RESISTANCE_MIN,
				RESISTANCE_MAX, RESISTANCE_DESCRIPTION), //
			ParameterSpec.number(TAU_M, TAU_M_LABEL, "ms", TAU_M_DEFAULT, TAU_M_MIN, TAU_M_MAX, TAU_M_DESCRIPTION), //
			ParameterSpec.number(T_REF, T_REF_LABEL, "ms", T_REF_DEFAULT, T_REF_MIN, T_REF_MAX, T_REF_DESCRIPTION)),
			Collections.singletonList(new StateVariable("V", "mV")), Collections.singletonList(Preset.of("Default",
				"Neuronal Dynamics (Gerstner et al. 2014), exercise 1 values")), Arrays.asList(Integrators.EXACT,
					Integrators.EULER));
	}

	/** The parameters of {@code n} identical neurons. */
	public static LifParameters parameters(final ParameterValues p, final int n) {
		return LifParameters.uniform(n, p.number(V_REST), p.number(V_RESET), p.number(V_THRESHOLD), p.number(
			RESISTANCE), p.number(TAU_M), p.number(T_REF));
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		parameters(p, 1).validate();
	}

	@Override
	public void checkStep(final ParameterValues p, final double dt) {
		LifSimulation.checkStep(dt, p.number(TAU_M));
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		return new double[] { p.number(V_REST) };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		return new LifPopulation(parameters(p, n), dt, scheme(integrator));
	}

	@Override
	public CrossingTimer crossingTimer(final SpikingPopulation population, final ParameterValues p, final double dt,
		final String integrator)
	{
		return new LifCrossingTimer(p.number(V_REST), p.number(V_THRESHOLD), p.number(RESISTANCE), p.number(TAU_M),
			dt, Integrators.EXACT.equals(integrator(integrator)));
	}

	@Override
	public FiTheory theory(final ParameterValues p) {
		final double vRest = p.number(V_REST), vReset = p.number(V_RESET), vTh = p.number(V_THRESHOLD);
		final double r = p.number(RESISTANCE), tau = p.number(TAU_M), tRef = p.number(T_REF);
		return new FiTheory() {

			@Override
			public double rate(final double current) {
				return LifTheory.rate(vRest, vReset, vTh, r, tau, tRef, current);
			}

			@Override
			public double rheobase() {
				return LifTheory.rheobase(vRest, vTh, r);
			}
		};
	}
}
