package org.neuronmodels.core.adex;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The AdEx firing patterns of Naud, Marcille, Clopath &amp; Gerstner (2008),
 * "Firing patterns in the adaptive exponential integrate-and-fire model",
 * Biol. Cybern. 99:335–347, doi:10.1007/s00422-008-0264-7, Table 1 / Fig. 4 —
 * the patterns the <i>Neuronal Dynamics</i> book (Ch. 6.1, Fig. 6.1, Table 6.1)
 * and its neurodynex3 exercises name tonic, adapting, initial burst, bursting,
 * irregular, transient and delayed.
 * <p>
 * Each constant holds the published values in the paper's units (C pF, g_L nS,
 * E_L mV, V_T mV, Δ_T mV, a nS, τ_w ms, b pA, V_r mV, step current I pA), as
 * transcribed in the Brian2 example {@code examples/frompapers/
 * Naud_et_al_2008_adex_firing_patterns.py} (brian-team/brian2, "parameters
 * adapted by P. Müller to match figures"); the accessors convert them to the
 * project's units: {@code τ_m = C/g_L} (pF/nS = ms), {@code R = 1/g_L}
 * (1000/g_L[nS] M&Omega;), a in &micro;S, b and I in nA. Two rows differ in other
 * transcriptions of the printed table (4f: C 200, g_L 12, E_L −70, a −6, τ_w 300,
 * b 0, V_r −58, I 110; 4g: a −10, b 30, I 350); with those, 4f stays silent and 4g
 * fires on and on, unlike the published figures, while the values here show
 * the published patterns (checked in {@code AdExPresetPatternsTest}).
 * </p>
 */
public enum AdExPreset {

	/** Fig. 4a, tonic spiking. */
	TONIC(AdExPreset.TONIC_LABEL, "4a", 200, 10, -70, -50, 2, 2, 30, 0, -58, 500),
	/** Fig. 4b, adaptation. */
	ADAPTING(AdExPreset.ADAPTING_LABEL, "4b", 200, 12, -70, -50, 2, 2, 300, 60, -58, 500),
	/** Fig. 4c, initial burst. */
	INITIAL_BURST(AdExPreset.INITIAL_BURST_LABEL, "4c", 130, 18, -58, -50, 2, 4, 150, 120, -50, 400),
	/** Fig. 4d, regular bursting. */
	BURSTING(AdExPreset.BURSTING_LABEL, "4d", 200, 10, -58, -50, 2, 2, 120, 100, -46, 210),
	/** Fig. 4h, irregular spiking. */
	IRREGULAR(AdExPreset.IRREGULAR_LABEL, "4h", 100, 12, -60, -50, 2, -11, 130, 30, -48, 160),
	/** Fig. 4g, transient spiking. */
	TRANSIENT(AdExPreset.TRANSIENT_LABEL, "4g", 100, 10, -65, -50, 2, 10, 90, 100, -47, 180),
	/** Fig. 4e, delayed accelerating. */
	DELAYED(AdExPreset.DELAYED_LABEL, "4e", 200, 12, -70, -50, 2, -10, 300, 0, -58, 300),
	/** Fig. 4f, delayed regular bursting. */
	DELAYED_BURSTING(AdExPreset.DELAYED_BURSTING_LABEL, "4f", 100, 10, -65, -50, 2, -10, 90, 30, -47, 110);

	/** The label of {@link #TONIC} (a compile-time constant for commands' {@code choices}). */
	public static final String TONIC_LABEL = "Tonic";
	/** The label of {@link #ADAPTING} (a compile-time constant for commands' {@code choices}). */
	public static final String ADAPTING_LABEL = "Adapting";
	/** The label of {@link #INITIAL_BURST} (a compile-time constant for commands' {@code choices}). */
	public static final String INITIAL_BURST_LABEL = "Initial burst";
	/** The label of {@link #BURSTING} (a compile-time constant for commands' {@code choices}). */
	public static final String BURSTING_LABEL = "Bursting";
	/** The label of {@link #IRREGULAR} (a compile-time constant for commands' {@code choices}). */
	public static final String IRREGULAR_LABEL = "Irregular";
	/** The label of {@link #TRANSIENT} (a compile-time constant for commands' {@code choices}). */
	public static final String TRANSIENT_LABEL = "Transient";
	/** The label of {@link #DELAYED} (a compile-time constant for commands' {@code choices}). */
	public static final String DELAYED_LABEL = "Delayed";
	/** The label of {@link #DELAYED_BURSTING} (a compile-time constant for commands' {@code choices}). */
	public static final String DELAYED_BURSTING_LABEL = "Delayed bursting";

	/** The label of "no preset" in the commands: the parameter fields are used as they are. */
	public static final String CUSTOM = "Custom";

	private final String label, figure;
	private final double capacitancePf, gLeakNs, eLeak, vT, deltaT, aNs, tauW, bPa, vReset, currentPa;

	AdExPreset(final String label, final String figure, final double capacitancePf, final double gLeakNs,
		final double eLeak, final double vT, final double deltaT, final double aNs, final double tauW,
		final double bPa, final double vReset, final double currentPa)
	{
		this.label = label;
		this.figure = figure;
		this.capacitancePf = capacitancePf;
		this.gLeakNs = gLeakNs;
		this.eLeak = eLeak;
		this.vT = vT;
		this.deltaT = deltaT;
		this.aNs = aNs;
		this.tauW = tauW;
		this.bPa = bPa;
		this.vReset = vReset;
		this.currentPa = currentPa;
	}

	/** The label used in dialogs and macros, e.g. {@code "Initial burst"}. */
	public String label() {
		return label;
	}

	/** The panel of Fig. 4 of Naud et al. (2008) showing the pattern, e.g. {@code "4c"}. */
	public String figure() {
		return figure;
	}

	/** The published membrane capacitance C in pF. */
	public double capacitancePf() {
		return capacitancePf;
	}

	/** The published leak conductance g_L in nS. */
	public double leakConductanceNs() {
		return gLeakNs;
	}

	/** τ_m = C/g_L in ms. */
	public double tauM() {
		return capacitancePf / gLeakNs;
	}

	/** R = 1/g_L in M&Omega;. */
	public double resistance() {
		return 1000.0 / gLeakNs;
	}

	/** u_rest = E_L in mV. */
	public double vRest() {
		return eLeak;
	}

	/** v_reset = V_r in mV. */
	public double vReset() {
		return vReset;
	}

	/** ϑ_rh = V_T in mV. */
	public double vRheobase() {
		return vT;
	}

	/** Δ_T in mV. */
	public double deltaT() {
		return deltaT;
	}

	/** a in nS, as published. */
	public double aNs() {
		return aNs;
	}

	/** a in &micro;S (the project's unit). */
	public double a() {
		return aNs / 1000.0;
	}

	/** τ_w in ms. */
	public double tauW() {
		return tauW;
	}

	/** b in pA, as published. */
	public double bPa() {
		return bPa;
	}

	/** b in nA (the project's unit). */
	public double b() {
		return bPa / 1000.0;
	}

	/** The step current of the published figure in pA. */
	public double currentPa() {
		return currentPa;
	}

	/** The step current of the published figure in nA (the project's unit). */
	public double current() {
		return currentPa / 1000.0;
	}

	/** {@code n} neurons with this pattern's parameters and the given numerical spike threshold (mV). */
	public AdExParameters parameters(final int n, final double vSpike) {
		return AdExParameters.uniform(n, tauM(), resistance(), vRest(), vReset(), vRheobase(), deltaT(), a(),
			tauW(), b(), vSpike);
	}

	/** The preset with this label or name (case-insensitive); {@code "Custom"} is not a preset. */
	public static AdExPreset fromLabel(final String label) {
		for (final AdExPreset p : values())
			if (p.label.equalsIgnoreCase(label) || p.name().equalsIgnoreCase(label)) return p;
		final StringBuilder allowed = new StringBuilder("\"" + CUSTOM + "\"");
		for (final AdExPreset p : values())
			allowed.append(", \"").append(p.label).append('"');
		throw new InvalidParameterException("preset", "preset = \"" + label + "\" is invalid: must be one of " +
			allowed);
	}
}
