package org.neuronmodels.core.morrislecar;

/**
 * The allowed ranges of the Morris–Lecar inputs, as numbers for the checks and
 * as compile-time text for the {@code min}/{@code max} of command annotations
 * (each text is derived from its number, so the two cannot differ).
 */
public final class MorrisLecarLimits {

	/** Smallest membrane capacitance, &micro;F/cm&sup2;. */
	public static final double CAPACITANCE_MIN_VALUE = 0.001;
	/** Largest membrane capacitance, &micro;F/cm&sup2;. */
	public static final double CAPACITANCE_MAX_VALUE = 1000;
	/** Largest conductance density, mS/cm&sup2; (the smallest is 0). */
	public static final double CONDUCTANCE_MAX_VALUE = 10000;
	/** Largest |potential| of reversal potentials, half-activations, V_init and spike level, mV. */
	public static final double POTENTIAL_MAX_VALUE = 200;
	/** Smallest slope factor V2, V4, mV (they divide). */
	public static final double SLOPE_MIN_VALUE = 0.1;
	/** Largest slope factor V2, V4, mV. */
	public static final double SLOPE_MAX_VALUE = 1000;
	/** Smallest rate scale φ, 1/ms. */
	public static final double PHI_MIN_VALUE = 1e-6;
	/** Largest rate scale φ, 1/ms. */
	public static final double PHI_MAX_VALUE = 1000;
	/** Largest time step, ms: the fastest time constant, C/(g_L + g_Ca + g_K), is about 1.4 ms for the presets. */
	public static final double DT_MAX_VALUE = 1;

	/** {@link #CAPACITANCE_MIN_VALUE} as annotation text. */
	public static final String CAPACITANCE_MIN = "" + CAPACITANCE_MIN_VALUE;
	/** {@link #CAPACITANCE_MAX_VALUE} as annotation text. */
	public static final String CAPACITANCE_MAX = "" + CAPACITANCE_MAX_VALUE;
	/** 0 as annotation text: the smallest conductance. */
	public static final String CONDUCTANCE_MIN = "0";
	/** {@link #CONDUCTANCE_MAX_VALUE} as annotation text. */
	public static final String CONDUCTANCE_MAX = "" + CONDUCTANCE_MAX_VALUE;
	/** −{@link #POTENTIAL_MAX_VALUE} as annotation text. */
	public static final String POTENTIAL_MIN = "" + -POTENTIAL_MAX_VALUE;
	/** {@link #POTENTIAL_MAX_VALUE} as annotation text. */
	public static final String POTENTIAL_MAX = "" + POTENTIAL_MAX_VALUE;
	/** {@link #SLOPE_MIN_VALUE} as annotation text. */
	public static final String SLOPE_MIN = "" + SLOPE_MIN_VALUE;
	/** {@link #SLOPE_MAX_VALUE} as annotation text. */
	public static final String SLOPE_MAX = "" + SLOPE_MAX_VALUE;
	/** {@link #PHI_MIN_VALUE} as annotation text. */
	public static final String PHI_MIN = "" + PHI_MIN_VALUE;
	/** {@link #PHI_MAX_VALUE} as annotation text. */
	public static final String PHI_MAX = "" + PHI_MAX_VALUE;
	/** {@link #DT_MAX_VALUE} as annotation text. */
	public static final String DT_MAX = "" + DT_MAX_VALUE;

	private MorrisLecarLimits() {}
}
