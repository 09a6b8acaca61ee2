package org.neuronmodels.core.adex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.expif.ExpIfModel;
import org.neuronmodels.core.expif.ExpIfSimulation;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The adaptive exponential integrate-and-fire model (Brette &amp; Gerstner 2005)
 * with the defaults of the Neuronal Dynamics exercises (neurodynex3
 * {@code adex_model}) and the firing patterns of Naud et al. (2008) as presets
 * ({@link AdExPreset}). Parameters in the command's units: {@code a} in nS,
 * {@code b} in pA (the kernel uses µS and nA). The one place these defaults are written.
 */
public final class AdExModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "AdEx";

	/** Range of every potential, mV. */
	public static final String POTENTIAL_MIN = ExpIfModel.POTENTIAL_MIN, POTENTIAL_MAX = ExpIfModel.POTENTIAL_MAX;
	/** Range of {@code a} (nS) and {@code b} (pA). */
	public static final String ADAPTATION_MIN = "-1000000", ADAPTATION_MAX = "1000000";

	public static final double TAU_M_DEFAULT = 5;
	public static final String TAU_M_MIN = ExpIfModel.TAU_M_MIN, TAU_M_MAX = ExpIfModel.TAU_M_MAX;
	public static final String TAU_M_LABEL = ExpIfModel.TAU_M_LABEL;
	public static final String TAU_M_DESCRIPTION = "τ_m = R·C = C/g_L in ms.";

	public static final double RESISTANCE_DEFAULT = 500;
	public static final String RESISTANCE_MIN = ExpIfModel.RESISTANCE_MIN, RESISTANCE_MAX = ExpIfModel.RESISTANCE_MAX;
	public static final String RESISTANCE_LABEL = ExpIfModel.RESISTANCE_LABEL;
	public static final String RESISTANCE_DESCRIPTION = "R = 1/g_L in MΩ (nA × MΩ = mV).";

	public static final double V_REST_DEFAULT = -70;
	public static final String V_REST_LABEL = ExpIfModel.V_REST_LABEL;
	public static final String V_REST_DESCRIPTION = "Leak reversal potential E_L, in mV.";

	public static final double V_RESET_DEFAULT = -51;
	public static final String V_RESET_LABEL = ExpIfModel.V_RESET_LABEL;
	public static final String V_RESET_DESCRIPTION = "Potential after a spike, in mV; below v_spike.";

	public static final double V_RHEOBASE_DEFAULT = -50;
	public static final String V_RHEOBASE_LABEL = ExpIfModel.V_RHEOBASE_LABEL;
	public static final String V_RHEOBASE_DESCRIPTION = "Midpoint V_T of the exponential upswing, in mV.";

	public static final double DELTA_T_DEFAULT = 2;
	public static final String DELTA_T_MIN = ExpIfModel.DELTA_T_MIN, DELTA_T_MAX = ExpIfModel.DELTA_T_MAX;
	public static final String DELTA_T_LABEL = ExpIfModel.DELTA_T_LABEL;
	public static final String DELTA_T_DESCRIPTION = ExpIfModel.DELTA_T_DESCRIPTION;

	public static final double A_DEFAULT = 0.5;
	public static final String A_LABEL = "Subthreshold adaptation a (nS)";
	public static final String A_DESCRIPTION = "Coupling of w to V, in nS (0.001 µS); may be negative.";

	public static final double TAU_W_DEFAULT = 100;
	public static final String TAU_W_MIN = "0.001", TAU_W_MAX = "1000000";
	public static final String TAU_W_LABEL = "Adaptation time constant τ_w (ms)";
	public static final String TAU_W_DESCRIPTION = "Time constant of w in ms.";

	public static final double B_DEFAULT = 7;
	public static final String B_LABEL = "Spike-triggered adaptation b (pA)";
	public static final String B_DESCRIPTION = "Increment of w at each spike, in pA (0.001 nA).";

	public static final double V_SPIKE_DEFAULT = -30;
	public static final String V_SPIKE_LABEL = ExpIfModel.V_SPIKE_LABEL;
	public static final String V_SPIKE_DESCRIPTION = "A spike (V = v_reset, w += b) when V exceeds this numerical " +
		"threshold, in mV; above ϑ_rh.";

	/** The default time step and its range, ms. */
	public static final double DT_DEFAULT = 0.01;
	public static final String DT_MIN = ExpIfModel.DT_MIN, DT_MAX = ExpIfModel.DT_MAX;

	/** The default integrator. */
	public static final String INTEGRATOR_DEFAULT = Integrators.EULER;

	/** A model descriptor (the registry holds the shared instance). */
	public AdExModel() {
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
			ParameterSpec.number("a", A_LABEL, "nS", A_DEFAULT, ADAPTATION_MIN, ADAPTATION_MAX, A_DESCRIPTION), //
			ParameterSpec.number("tauW", TAU_W_LABEL, "ms", TAU_W_DEFAULT, TAU_W_MIN, TAU_W_MAX, TAU_W_DESCRIPTION),
			ParameterSpec.number("b", B_LABEL, "pA", B_DEFAULT, ADAPTATION_MIN, ADAPTATION_MAX, B_DESCRIPTION), //
			ParameterSpec.number("vSpike", V_SPIKE_LABEL, "mV", V_SPIKE_DEFAULT, POTENTIAL_MIN, POTENTIAL_MAX,
				V_SPIKE_DESCRIPTION)), //
			Arrays.asList(new StateVariable("V", "mV"), new StateVariable("w", "nA")), publishedPresets(), Arrays.asList(
				Integrators.EULER, Integrators.HEUN, Integrators.RK4));
	}

	/** The firing patterns of Naud et al. (2008), Table 1 (see {@link AdExPreset}), in the command's units. */
	private static List<Preset> publishedPresets() {
		final List<Preset> list = new ArrayList<>();
		for (final AdExPreset p : AdExPreset.values())
			list.add(Preset.of(p.label(), "Naud et al. 2008, Fig. " + p.figure(), "tauM", p.tauM(), "resistance", p
				.resistance(), "vRest", p.vRest(), "vReset", p.vReset(), "vRheobase", p.vRheobase(), "deltaT", p
					.deltaT(), "a", p.aNs(), "tauW", p.tauW(), "b", p.bPa()));
		return list;
	}

	/** The parameters of {@code n} identical neurons, converted to the kernel's units (a µS, b nA). */
	public static AdExParameters parameters(final ParameterValues p, final int n) {
		return AdExParameters.uniform(n, p.number("tauM"), p.number("resistance"), p.number("vRest"), p.number(
			"vReset"), p.number("vRheobase"), p.number("deltaT"), p.number("a") * 1e-3, p.number("tauW"), p.number(
				"b") * 1e-3, p.number("vSpike")); // nS → µS, pA → nA
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		parameters(p, 1).validate();
	}

	@Override
	public void checkStep(final ParameterValues p, final double dt) {
		super.checkStep(p, dt);
		ExpIfSimulation.checkStep(dt, "tauM", p.number("tauM"));
		ExpIfSimulation.checkStep(dt, "tauW", p.number("tauW"));
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		return new double[] { p.number("vRest"), 0 };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		return new AdExPopulation(parameters(p, n), dt, scheme(integrator));
	}

	/**
	 * The saddle-node rheobase when rest loses stability there ({@code a·R < τ_m/τ_w},
	 * Touboul &amp; Brette 2008), else unknown; no closed-form rate.
	 */
	@Override
	public FiTheory theory(final ParameterValues p) {
		final double aR = p.number("a") * 1e-3 * p.number("resistance");
		final double rheobase = aR < p.number("tauM") / p.number("tauW") ? ExpIfTheory.saddleNodeCurrent(p.number(
			"vRest"), p.number("vRheobase"), p.number("deltaT"), p.number("resistance"), p.number("a") * 1e-3)
			: Double.NaN;
		return FiTheory.rheobaseOnly(rheobase);
	}
}
