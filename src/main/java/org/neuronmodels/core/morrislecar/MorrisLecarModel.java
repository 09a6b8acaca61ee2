package org.neuronmodels.core.morrislecar;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The Morris–Lecar model (equations in {@link MorrisLecarCell}): the one place
 * its parameters, units, defaults, ranges and presets are written; commands
 * reference these constants. Numbers: Rinzel &amp; Ermentrout (1989), "Analysis
 * of neural excitability and oscillations", Appendix A, in Koch &amp; Segev (eds.),
 * <i>Methods in Neuronal Modeling</i> (R&amp;E); Ermentrout &amp; Terman (2010),
 * <i>Mathematical Foundations of Neuroscience</i>, §3.1, Table 3.1 (E&amp;T),
 * which gives the same sets ("SNLC" = Type I, "Hopf" = Type II). The defaults
 * are the Type I set. The initial state is the resting state at zero current
 * unless {@code vInit} is given.
 */
public final class MorrisLecarModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "Morris-Lecar";
	/** The unit of the injected current density. */
	public static final String CURRENT_UNIT = "µA/cm²";
	/** The preset names (R&amp;E class I and class II excitability). */
	public static final String TYPE_I = "Type I", TYPE_II = "Type II";

	public static final String CAPACITANCE = "capacitance", G_L = "gL", G_CA = "gCa", G_K = "gK", E_L = "eL",
		E_CA = "eCa", E_K = "eK", V1 = "v1", V2 = "v2", V3 = "v3", V4 = "v4", PHI = "phi",
		V_INIT = "vInit", SPIKE_THRESHOLD = "spikeThreshold";

	// -- Ranges: numbers for the core checks, and the same as annotation text --
	public static final double CAPACITANCE_MIN_VALUE = 0.001, CAPACITANCE_MAX_VALUE = 1000;
	public static final String CAPACITANCE_MIN = "" + CAPACITANCE_MIN_VALUE, CAPACITANCE_MAX = "" +
		CAPACITANCE_MAX_VALUE;
	public static final double CONDUCTANCE_MAX_VALUE = 10000;
	public static final String CONDUCTANCE_MIN = "0", CONDUCTANCE_MAX = "" + CONDUCTANCE_MAX_VALUE;
	/** Every potential (reversals, half-activations, vInit, spike level) lies within ±200 mV. */
	public static final double POTENTIAL_MAX_VALUE = 200;
	public static final String POTENTIAL_MIN = "" + -POTENTIAL_MAX_VALUE, POTENTIAL_MAX = "" + POTENTIAL_MAX_VALUE;
	/** The slope factors V2, V4 divide: at least 0.1 mV. */
	public static final double SLOPE_MIN_VALUE = 0.1, SLOPE_MAX_VALUE = 1000;
	public static final String SLOPE_MIN = "" + SLOPE_MIN_VALUE, SLOPE_MAX = "" + SLOPE_MAX_VALUE;
	public static final double PHI_MIN_VALUE = 1e-6, PHI_MAX_VALUE = 1000;
	public static final String PHI_MIN = "" + PHI_MIN_VALUE, PHI_MAX = "" + PHI_MAX_VALUE;

	// -- Defaults: the Type I set; the first eight values are shared by both sets (R&E App. A; E&T Table 3.1) --
	public static final double CAPACITANCE_DEFAULT = 20;
	public static final String CAPACITANCE_LABEL = "Capacitance C (µF/cm²)";
	public static final String CAPACITANCE_DESCRIPTION = "Membrane capacitance in µF/cm² (20 in both sets).";
	public static final double G_L_DEFAULT = 2;
	public static final String G_L_LABEL = "g_L (mS/cm²)";
	public static final String G_L_DESCRIPTION = "Leak conductance in mS/cm² (2 in both sets).";
	public static final double G_K_DEFAULT = 8;
	public static final String G_K_LABEL = "g_K (mS/cm²)";
	public static final String G_K_DESCRIPTION = "Maximal potassium conductance in mS/cm² (8 in both sets).";
	public static final double E_L_DEFAULT = -60;
	public static final String E_L_LABEL = "Leak reversal V_L (mV)";
	public static final String E_L_DESCRIPTION = "Leak reversal potential in mV (-60 in both sets).";
	public static final double E_CA_DEFAULT = 120;
	public static final String E_CA_LABEL = "Calcium reversal V_Ca (mV)";
	public static final String E_CA_DESCRIPTION = "Calcium reversal potential in mV (120 in both sets).";
	public static final double E_K_DEFAULT = -84;
	public static final String E_K_LABEL = "Potassium reversal V_K (mV)";
	public static final String E_K_DESCRIPTION = "Potassium reversal potential in mV (-84 in both sets).";
	public static final double V1_DEFAULT = -1.2;
	public static final String V1_LABEL = "m∞ half-activation V1 (mV)";
	public static final String V1_DESCRIPTION = "m∞(V) = (1 + tanh((V - V1)/V2))/2: V1 in mV (-1.2 in both sets).";
	public static final double V2_DEFAULT = 18;
	public static final String V2_LABEL = "m∞ slope V2 (mV)";
	public static final String V2_DESCRIPTION = "Slope factor of m∞ in mV (18 in both sets).";
	/** Type I g_Ca (R&amp;E App. A, set of Figs. 4–6; E&amp;T Table 3.1 "SNLC"); Type II: 4.4. */
	public static final double G_CA_DEFAULT = 4;
	public static final String G_CA_LABEL = "g_Ca (mS/cm²)";
	public static final String G_CA_DESCRIPTION = "Maximal calcium conductance in mS/cm² (Type I 4, Type II 4.4).";
	/** Type I V3 (R&amp;E; E&amp;T Table 3.1 "SNLC"); Type II: 2. */
	public static final double V3_DEFAULT = 12;
	public static final String V3_LABEL = "w∞ half-activation V3 (mV)";
	public static final String V3_DESCRIPTION = "w∞(V) = (1 + tanh((V - V3)/V4))/2, τ_w(V) = 1/cosh((V - V3)/(2 " +
		"V4)): V3 in mV (Type I 12, Type II 2).";
	/** Type I V4 (R&amp;E; E&amp;T Table 3.1 "SNLC"); Type II: 30. */
	public static final double V4_DEFAULT = 17.4;
	public static final String V4_LABEL = "w∞ slope V4 (mV)";
	public static final String V4_DESCRIPTION = "Slope factor of w∞ and τ_w in mV (Type I 17.4, Type II 30).";
	/** Type I φ = 1/15 (R&amp;E; E&amp;T Table 3.1 "SNLC" print it rounded, 0.067); Type II: 0.04. */
	public static final double PHI_DEFAULT = 1.0 / 15;
	public static final String PHI_LABEL = "K rate scale φ (1/ms)";
	public static final String PHI_DESCRIPTION = "dw/dt = φ (w∞ - w)/τ_w, φ in 1/ms (Type I 1/15, Type II 0.04).";
	public static final String V_INIT_LABEL = "Initial V (mV)";
	public static final String V_INIT_DESCRIPTION = "Initial membrane potential in mV, with w = w∞(V); NaN: the " +
		"resting state at zero current (every f-I current starts there).";
	/**
	 * Upward crossings of 0 mV count as spikes: spikes of both presets peak above
	 * +20 mV, while their rest states (&minus;59.5, &minus;60.9 mV) and every
	 * equilibrium below the onset currents (at most &minus;25 mV, the Type II Hopf
	 * point) stay well below it.
	 */
	public static final double SPIKE_THRESHOLD_DEFAULT = 0;
	public static final String SPIKE_THRESHOLD_LABEL = "Spike detection level (mV)";
	public static final String SPIKE_THRESHOLD_DESCRIPTION = "A spike is an upward crossing of this potential, in " +
		"mV (V is not reset).";

	/** Type II values (R&amp;E App. A, set of Figs. 1–3; E&amp;T Table 3.1 "Hopf"). */
	public static final double TYPE_II_G_CA = 4.4, TYPE_II_V3 = 2, TYPE_II_V4 = 30, TYPE_II_PHI = 0.04;

	/** The default time step and its range, ms (the fastest time constant, C/(g_L + g_Ca + g_K), is about 1.4 ms). */
	public static final double DT_DEFAULT = 0.05, DT_MAX_VALUE = 1;
	public static final String DT_MIN = "0.000001", DT_MAX = "" + DT_MAX_VALUE;
	/** The default integrator. */
	public static final String INTEGRATOR_DEFAULT = Integrators.RK4;

	private static final String SOURCE = "Rinzel & Ermentrout (1989), Appendix A; Ermentrout & Terman (2010), " +
		"Table 3.1";

	/** A model descriptor (the registry holds the shared instance). */
	public MorrisLecarModel() {
		super(NAME, CURRENT_UNIT, DT_DEFAULT, Arrays.asList( //
			ParameterSpec.number(CAPACITANCE, CAPACITANCE_LABEL, "µF/cm²", CAPACITANCE_DEFAULT, CAPACITANCE_MIN,
				CAPACITANCE_MAX, CAPACITANCE_DESCRIPTION), //
			conductance(G_L, G_L_LABEL, G_L_DEFAULT, G_L_DESCRIPTION), //
			conductance(G_CA, G_CA_LABEL, G_CA_DEFAULT, G_CA_DESCRIPTION), //
			conductance(G_K, G_K_LABEL, G_K_DEFAULT, G_K_DESCRIPTION), //
			potential(E_L, E_L_LABEL, E_L_DEFAULT, E_L_DESCRIPTION), //
			potential(E_CA, E_CA_LABEL, E_CA_DEFAULT, E_CA_DESCRIPTION), //
			potential(E_K, E_K_LABEL, E_K_DEFAULT, E_K_DESCRIPTION), //
			potential(V1, V1_LABEL, V1_DEFAULT, V1_DESCRIPTION), //
			ParameterSpec.number(V2, V2_LABEL, "mV", V2_DEFAULT, SLOPE_MIN, SLOPE_MAX, V2_DESCRIPTION), //
			potential(V3, V3_LABEL, V3_DEFAULT, V3_DESCRIPTION), //
			ParameterSpec.number(V4, V4_LABEL, "mV", V4_DEFAULT, SLOPE_MIN, SLOPE_MAX, V4_DESCRIPTION), //
			ParameterSpec.number(PHI, PHI_LABEL, "1/ms", PHI_DEFAULT, PHI_MIN, PHI_MAX, PHI_DESCRIPTION), //
			ParameterSpec.derived(V_INIT, V_INIT_LABEL, "mV", POTENTIAL_MIN, POTENTIAL_MAX, V_INIT_DESCRIPTION), //
			potential(SPIKE_THRESHOLD, SPIKE_THRESHOLD_LABEL, SPIKE_THRESHOLD_DEFAULT, SPIKE_THRESHOLD_DESCRIPTION)),
			Arrays.asList(new StateVariable("V", "mV"), new StateVariable("w", "")), Arrays.asList( //
				Preset.of(TYPE_I, SOURCE + " (\"SNLC\"): saddle-node on invariant circle", G_CA, G_CA_DEFAULT, V3,
					V3_DEFAULT, V4, V4_DEFAULT, PHI, PHI_DEFAULT), //
				Preset.of(TYPE_II, SOURCE + " (\"Hopf\"): subcritical Hopf", G_CA, TYPE_II_G_CA, V3, TYPE_II_V3, V4,
					TYPE_II_V4, PHI, TYPE_II_PHI)), //
			Arrays.asList(Integrators.RK4, Integrators.HEUN, Integrators.EULER));
	}

	private static ParameterSpec conductance(final String name, final String label, final double value,
		final String description)
	{
		return ParameterSpec.number(name, label, "mS/cm²", value, CONDUCTANCE_MIN, CONDUCTANCE_MAX, description);
	}

	private static ParameterSpec potential(final String name, final String label, final double value,
		final String description)
	{
		return ParameterSpec.number(name, label, "mV", value, POTENTIAL_MIN, POTENTIAL_MAX, description);
	}

	/** The cell with these (checked) values. */
	public static MorrisLecarCell cell(final ParameterValues p) {
		return new MorrisLecarCell(p.number(CAPACITANCE), p.number(G_L), p.number(G_CA), p.number(G_K), p.number(E_L),
			p.number(E_CA), p.number(E_K), p.number(V1), p.number(V2), p.number(V3), p.number(V4), p.number(PHI));
	}

	/** The cell of preset {@code name} ({@link #TYPE_I} or {@link #TYPE_II}). */
	public static MorrisLecarCell presetCell(final String name) {
		return cell(new MorrisLecarModel().values(name, ""));
	}

	/** {@code n} neurons with these values, starting at {@code vInit} (NaN: the resting state at zero current). */
	public static MorrisLecarParameters parameters(final ParameterValues p, final int n) {
		return MorrisLecarParameters.uniform(n, cell(p), p.number(V_INIT), p.number(SPIKE_THRESHOLD));
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		parameters(p, 1).validate(); // also: a resting state to start from
	}

	/** 0 &lt; dt &le; {@link #DT_MAX_VALUE} ms. */
	@Override
	public void checkStep(final ParameterValues p, final double dt) {
		Checks.inRange("dt", "ms", dt, 0, DT_MAX_VALUE);
		Checks.positive("dt", "ms", dt);
	}

	/** (vInit, w∞(vInit)), by default the resting state at zero current. */
	@Override
	public double[] initialState(final ParameterValues p) {
		final double v = parameters(p, 1).initialPotential(0);
		return new double[] { v, cell(p).wInf(v) };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		return new MorrisLecarPopulation(parameters(p, n), dt, scheme(integrator));
	}
}
