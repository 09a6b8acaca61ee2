package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The two parameter sets of Rinzel &amp; Ermentrout (1989), "Analysis of neural
 * excitability and oscillations", Appendix A (in Koch &amp; Segev, <i>Methods in
 * Neuronal Modeling</i>, MIT Press); Ermentrout &amp; Terman (2010),
 * <i>Mathematical Foundations of Neuroscience</i>, §3.1 Table 3.1, give the
 * same sets as "SNLC" (Type I) and "Hopf" (Type II).
 * <ul>
 * <li>Shared by both (R&amp;E Appendix A; E&amp;T Table 3.1): C = 20 &micro;F/cm&sup2;,
 * g_L = 2, g_K = 8 mS/cm&sup2;, V_L = &minus;60, V_Ca = 120, V_K = &minus;84 mV,
 * V1 = &minus;1.2, V2 = 18 mV.</li>
 * <li>{@link #TYPE_II} (R&amp;E Figs. 1–3; E&amp;T "Hopf"): g_Ca = 4.4 mS/cm&sup2;,
 * V3 = 2, V4 = 30 mV, φ = 0.04 /ms. The rest state loses stability in a
 * subcritical Hopf bifurcation; a stable spiking orbit exists already from the
 * saddle-node of periodic orbits below it (bistable range).</li>
 * <li>{@link #TYPE_I} (R&amp;E Figs. 4–6; E&amp;T "SNLC"): g_Ca = 4 mS/cm&sup2;,
 * V3 = 12, V4 = 17.4 mV, φ = 1/15 /ms (E&amp;T print it rounded, 0.067). Firing
 * starts in a saddle-node on an invariant circle (SNIC) at I &asymp; 39.96
 * &micro;A/cm&sup2;.</li>
 * </ul>
 */
public enum MorrisLecarPreset {

	/** Class I excitability: SNIC onset, arbitrarily low rates. */
	TYPE_I("Type I", MorrisLecarPreset.TYPE_I_G_CA, MorrisLecarPreset.TYPE_I_V3, MorrisLecarPreset.TYPE_I_V4,
		MorrisLecarPreset.TYPE_I_PHI),
	/** Class II excitability: subcritical Hopf, onset at a non-zero rate. */
	TYPE_II("Type II", MorrisLecarPreset.TYPE_II_G_CA, MorrisLecarPreset.TYPE_II_V3, MorrisLecarPreset.TYPE_II_V4,
		MorrisLecarPreset.TYPE_II_PHI);

	/** The preset names, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { "Type I", "Type II" };
	/** The name of the default preset. */
	public static final String DEFAULT = "Type I";

	/** Membrane capacitance of both sets, &micro;F/cm&sup2; (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double CAPACITANCE = 20;
	/** Leak conductance of both sets, mS/cm&sup2; (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double G_L = 2;
	/** Potassium conductance of both sets, mS/cm&sup2; (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double G_K = 8;
	/** Leak reversal potential V_L of both sets, mV (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double E_L = -60;
	/** Calcium reversal potential V_Ca of both sets, mV (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double E_CA = 120;
	/** Potassium reversal potential V_K of both sets, mV (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double E_K = -84;
	/** Half-activation V1 of m∞ in both sets, mV (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double V1 = -1.2;
	/** Slope V2 of m∞ in both sets, mV (R&amp;E App. A; E&amp;T Table 3.1). */
	public static final double V2 = 18;

	/** Type I calcium conductance, mS/cm&sup2; (R&amp;E Figs. 4–6; E&amp;T Table 3.1 "SNLC"). */
	public static final double TYPE_I_G_CA = 4;
	/** Type I half-activation V3 of w∞, mV (R&amp;E Figs. 4–6; E&amp;T Table 3.1 "SNLC"). */
	public static final double TYPE_I_V3 = 12;
	/** Type I slope V4 of w∞, mV (R&amp;E Figs. 4–6; E&amp;T Table 3.1 "SNLC"). */
	public static final double TYPE_I_V4 = 17.4;
	/** Type I rate scale φ = 1/15, 1/ms (R&amp;E Figs. 4–6; E&amp;T Table 3.1 round it to 0.067). */
	public static final double TYPE_I_PHI = 1.0 / 15;

	/** Type II calcium conductance, mS/cm&sup2; (R&amp;E Figs. 1–3; E&amp;T Table 3.1 "Hopf"). */
	public static final double TYPE_II_G_CA = 4.4;
	/** Type II half-activation V3 of w∞, mV (R&amp;E Figs. 1–3; E&amp;T Table 3.1 "Hopf"). */
	public static final double TYPE_II_V3 = 2;
	/** Type II slope V4 of w∞, mV (R&amp;E Figs. 1–3; E&amp;T Table 3.1 "Hopf"). */
	public static final double TYPE_II_V4 = 30;
	/** Type II rate scale φ, 1/ms (R&amp;E Figs. 1–3; E&amp;T Table 3.1 "Hopf"). */
	public static final double TYPE_II_PHI = 0.04;

	/**
	 * The default spike detection level, mV: upward crossings of 0 mV. Spikes of
	 * both presets peak above +20 mV; the rest states (&minus;59.5 and &minus;60.9
	 * mV at zero current) and the equilibria up to the onset currents (at most
	 * &minus;25 mV, the Type II Hopf point) stay well below it, so subthreshold
	 * responses and the small oscillations near the Type II Hopf point never count.
	 */
	public static final double SPIKE_THRESHOLD = 0;

	private final String label;
	private final double gCa, v3, v4, phi;

	MorrisLecarPreset(final String label, final double gCa, final double v3, final double v4, final double phi) {
		this.label = label;
		this.gCa = gCa;
		this.v3 = v3;
		this.v4 = v4;
		this.phi = phi;
	}

	/** The name used in dialogs, macros and {@code preset} inputs. */
	public String label() {
		return label;
	}

	/** The cell with this preset's constants. */
	public MorrisLecarCell cell() {
		return new MorrisLecarCell(CAPACITANCE, G_L, gCa, G_K, E_L, E_CA, E_K, V1, V2, v3, v4, phi);
	}

	/** The preset with this name (case-insensitive). */
	public static MorrisLecarPreset fromLabel(final String label) {
		for (final MorrisLecarPreset p : values())
			if (p.label.equalsIgnoreCase(label) || p.name().equalsIgnoreCase(label)) return p;
		throw new InvalidParameterException("preset", "preset = \"" + label +
			"\" is invalid: must be \"Type I\" or \"Type II\"");
	}
}
