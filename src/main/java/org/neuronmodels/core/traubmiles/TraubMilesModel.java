package org.neuronmodels.core.traubmiles;

import java.util.Arrays;
import java.util.Collections;

import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.network.TraubMilesNeurons;
import org.neuronmodels.core.network.TraubMilesPopulation;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The Traub–Miles neuron of COBAHH (Brette et al. 2007; Brian2 {@code examples/COBAHH.py}): a 20000 µm²
 * membrane with fixed conductances ({@link TraubMilesPopulation}), Brian2's exponential Euler, spikes when V
 * exceeds −20 mV outside the refractory period (V is not reset). Its block step kernel is the network's.
 */
public final class TraubMilesModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "Traub-Miles";

	public static final double T_REF_DEFAULT = 3;
	public static final String T_REF_MIN = "0", T_REF_MAX = "10000";
	public static final String T_REF_LABEL = "Refractory period (ms)";
	public static final String T_REF_DESCRIPTION = "No second spike is counted within this time, in ms (COBAHH: 3).";

	public static final double V_INIT_DEFAULT = TraubMilesPopulation.E_L;
	public static final String V_INIT_MIN = "-200", V_INIT_MAX = "200";
	public static final String V_INIT_LABEL = "Initial V (mV)";
	public static final String V_INIT_DESCRIPTION = "Initial membrane potential in mV, gates at steady state for it.";

	/** The default time step (COBAHH's) and its range, ms. */
	public static final double DT_DEFAULT = 0.1;
	public static final String DT_MIN = "0.000001", DT_MAX = "0.5";

	/** A model descriptor (the registry holds the shared instance). */
	public TraubMilesModel() {
		super(NAME, "nA", DT_DEFAULT, Arrays.asList( //
			ParameterSpec.number("tRef", T_REF_LABEL, "ms", T_REF_DEFAULT, T_REF_MIN, T_REF_MAX, T_REF_DESCRIPTION),
			ParameterSpec.number("vInit", V_INIT_LABEL, "mV", V_INIT_DEFAULT, V_INIT_MIN, V_INIT_MAX,
				V_INIT_DESCRIPTION)), //
			Collections.singletonList(new StateVariable("V", "mV")), Collections.singletonList(Preset.of("COBAHH",
				"Brette et al. 2007, benchmark 3")), Collections.singletonList(Integrators.EXPONENTIAL_EULER));
	}

	@Override
	public void checkStep(final ParameterValues p, final double dt) {
		org.neuronmodels.core.Checks.inRange("dt", "ms", dt, Double.parseDouble(DT_MIN), Double.parseDouble(DT_MAX));
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		return new double[] { p.number("vInit") };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		integrator(integrator);
		return new TraubMilesNeurons(n, p.number("vInit"), p.number("tRef"), dt);
	}
}
