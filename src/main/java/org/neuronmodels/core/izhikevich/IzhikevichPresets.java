package org.neuronmodels.core.izhikevich;

import static org.neuronmodels.core.izhikevich.IzhikevichScheme.FIGURE_1;
import static org.neuronmodels.core.izhikevich.IzhikevichScheme.NET_M;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * The named Izhikevich experiments.
 * <p>
 * <b>Izhikevich (2004), "Which model to use for cortical spiking neurons?",
 * IEEE TNN 15(5):1063–1070, Fig. 1:</b> the 20 behaviours with the parameters,
 * initial state {@code V0, u0 = b·V0}, time step {@code tau}, duration
 * {@code tspan(end)} and stimulus conditions of the paper's own MATLAB code,
 * figure1.m (E. M. Izhikevich, November 2003, www.izhikevich.org/publications/figure1.m),
 * read in its verbatim copy inside OpenSourceBrain/IzhikevichModel
 * {@code MATLAB/izhi2003.m} (also ModelDB 39948), and checked against ports of it.
 * The stimulus conditions are the code's own ({@code t > T1} excludes T1).
 * Three panels use other equations there: (G) and (L) {@code 0.04v² + 4.1v + 108},
 * (R) {@code du = a·b·(v + 65)} with {@code u0 = −16}.
 * </p>
 * <p>
 * <b>Izhikevich (2003), "Simple model of spiking neurons", IEEE TNN 14(6):1569–1572,
 * Fig. 2:</b> the classes RS, IB, CH, FS, TC, LTS, RZ with their a, b, c, d, integrated
 * as net.m does (1 ms steps, v in two 0.5 ms half-steps) from net.m's initial
 * state {@code v = −65, u = b·v}. The paper publishes no code for its Fig. 2, so
 * the protocol here is ours: a dc step {@code I = 10} from 20 ms over 200 ms.
 * </p>
 */
public final class IzhikevichPresets {

	/** The preset labels, as compile-time constants for commands' {@code choices}. */
	public static final String A_TONIC_SPIKING = "(A) tonic spiking";
	public static final String B_PHASIC_SPIKING = "(B) phasic spiking";
	public static final String C_TONIC_BURSTING = "(C) tonic bursting";
	public static final String D_PHASIC_BURSTING = "(D) phasic bursting";
	public static final String E_MIXED_MODE = "(E) mixed mode";
	public static final String F_SPIKE_FREQUENCY_ADAPTATION = "(F) spike frequency adaptation";
	public static final String G_CLASS_1_EXCITABLE = "(G) class 1 excitable";
	public static final String H_CLASS_2_EXCITABLE = "(H) class 2 excitable";
	public static final String I_SPIKE_LATENCY = "(I) spike latency";
	public static final String J_SUBTHRESHOLD_OSCILLATIONS = "(J) subthreshold oscillations";
	public static final String K_RESONATOR = "(K) resonator";
	public static final String L_INTEGRATOR = "(L) integrator";
	public static final String M_REBOUND_SPIKE = "(M) rebound spike";
	public static final String N_REBOUND_BURST = "(N) rebound burst";
	public static final String O_THRESHOLD_VARIABILITY = "(O) threshold variability";
	public static final String P_BISTABILITY = "(P) bistability";
	public static final String Q_DEPOLARIZING_AFTER_POTENTIAL = "(Q) depolarizing after-potential";
	public static final String R_ACCOMMODATION = "(R) accommodation";
	public static final String S_INHIBITION_INDUCED_SPIKING = "(S) inhibition-induced spiking";
	public static final String T_INHIBITION_INDUCED_BURSTING = "(T) inhibition-induced bursting";
	public static final String RS_REGULAR_SPIKING = "RS (regular spiking)";
	public static final String IB_INTRINSICALLY_BURSTING = "IB (intrinsically bursting)";
	public static final String CH_CHATTERING = "CH (chattering)";
	public static final String FS_FAST_SPIKING = "FS (fast spiking)";
	public static final String TC_THALAMO_CORTICAL = "TC (thalamo-cortical)";
	public static final String LTS_LOW_THRESHOLD_SPIKING = "LTS (low-threshold spiking)";
	public static final String RZ_RESONATOR = "RZ (resonator)";

	/** The label of the user-defined experiment. */
	public static final String CUSTOM = "Custom";

	private static final List<IzhikevichPreset> FIGURE_1_PRESETS = Collections.unmodifiableList(Arrays.asList(
		fig(A_TONIC_SPIKING, 0.02, 0.2, -65, 6, -70, 0.25, 100, gt(10, 14), "I = 14 for t > 10 ms"),
		fig(B_PHASIC_SPIKING, 0.02, 0.25, -65, 6, -64, 0.25, 200, gt(20, 0.5), "I = 0.5 for t > 20 ms"),
		fig(C_TONIC_BURSTING, 0.02, 0.2, -50, 2, -70, 0.25, 220, gt(22, 15), "I = 15 for t > 22 ms"),
		fig(D_PHASIC_BURSTING, 0.02, 0.25, -55, 0.05, -64, 0.2, 200, gt(20, 0.6), "I = 0.6 for t > 20 ms"),
		fig(E_MIXED_MODE, 0.02, 0.2, -55, 4, -70, 0.25, 160, gt(16, 10), "I = 10 for t > 16 ms"),
		fig(F_SPIKE_FREQUENCY_ADAPTATION, 0.01, 0.2, -65, 8, -70, 0.25, 85, gt(8.5, 30),
			"I = 30 for t > 8.5 ms"),
		new IzhikevichPreset(G_CLASS_1_EXCITABLE, IzhikevichCell.of(0.02, -0.1, -55, 6).withVEquation(0.04, 4.1,
			108), -60, -0.1 * -60, 0.25, 300, new ProtocolStimulus(t -> t > 30 ? 0.075 * (t - 30) : 0,
				"I = 0.075·(t − 30) for t > 30 ms, else 0"), FIGURE_1),
		fig(H_CLASS_2_EXCITABLE, 0.2, 0.26, -65, 0, -64, 0.25, 300, t -> t > 30 ? -0.5 + 0.015 * (t - 30) : -0.5,
			"I = −0.5 + 0.015·(t − 30) for t > 30 ms, else −0.5"),
		fig(I_SPIKE_LATENCY, 0.02, 0.2, -65, 6, -70, 0.2, 100, pulses(7.04, 0, 3, 10), "I = 7.04 for 10 < t < 13 ms"),
		fig(J_SUBTHRESHOLD_OSCILLATIONS, 0.05, 0.26, -60, 0, -62, 0.25, 200, pulses(2, 0, 5, 20),
			"I = 2 for 20 < t < 25 ms"),
		fig(K_RESONATOR, 0.1, 0.26, -60, -1, -62, 0.25, 400, pulses(0.65, 0, 4, 40, 60, 0.7 * 400, 0.7 * 400 + 40),
			"I = 0.65 for 4 ms after t = 40, 60, 280 and 320 ms (open windows)"),
		new IzhikevichPreset(L_INTEGRATOR, IzhikevichCell.of(0.02, -0.1, -55, 6).withVEquation(0.04, 4.1, 108),
			-60, -0.1 * -60, 0.25, 100, new ProtocolStimulus(pulses(9, 0, 2, 100.0 / 11, 100.0 / 11 + 5, 0.7 * 100,
				0.7 * 100 + 10), "I = 9 for 2 ms after t = 100/11, 100/11 + 5, 70 and 80 ms (open windows)"), FIGURE_1),
		fig(M_REBOUND_SPIKE, 0.03, 0.25, -60, 4, -64, 0.2, 200, pulses(-15, 0, 5, 20), "I = −15 for 20 < t < 25 ms"),
		fig(N_REBOUND_BURST, 0.03, 0.25, -52, 0, -64, 0.2, 200, pulses(-15, 0, 5, 20), "I = −15 for 20 < t < 25 ms"),
		fig(O_THRESHOLD_VARIABILITY, 0.03, 0.25, -60, 4, -64, 0.25, 100, t -> inside(t, 10, 15) || inside(t, 80,
			85) ? 1 : inside(t, 70, 75) ? -6 : 0, "I = 1 for 10 < t < 15 and 80 < t < 85 ms, −6 for 70 < t < 75 ms"),
		fig(P_BISTABILITY, 0.1, 0.26, -60, 0, -61, 0.25, 300, pulses(1.24, 0.24, 5, 300.0 / 8, 216),
			"I = 1.24 for 37.5 < t < 42.5 and 216 < t < 221 ms, else 0.24"),
		fig(Q_DEPOLARIZING_AFTER_POTENTIAL, 1, 0.2, -60, -21, -70, 0.1, 50, t -> Math.abs(t - 10) < 1 ? 20 : 0,
			"I = 20 for abs(t − 10) < 1 ms"),
		new IzhikevichPreset(R_ACCOMMODATION, IzhikevichCell.of(0.02, 1, -55, 4).withUEquation(-65, 0), -65, -16,
			0.5, 400, new ProtocolStimulus(t -> t < 200 ? t / 25 : t < 300 ? 0 : t < 312.5 ? (t - 300) / 12.5 * 4 : 0,
				"I = t/25 for t < 200 ms, 0 until 300, (t − 300)/12.5·4 until 312.5, then 0"), FIGURE_1),
		fig(S_INHIBITION_INDUCED_SPIKING, -0.02, -1, -60, 8, -63.8, 0.5, 350, t -> t < 50 || t > 250 ? 80 : 75,
			"I = 80 for t < 50 and t > 250 ms, else 75"),
		fig(T_INHIBITION_INDUCED_BURSTING, -0.026, -1, -45, -2, -63.8, 0.5, 350, t -> t < 50 || t > 250 ? 80 : 75,
			"I = 80 for t < 50 and t > 250 ms, else 75")));

	private static final List<IzhikevichPreset> CLASSES_2003 = Collections.unmodifiableList(Arrays.asList(
		cls(RS_REGULAR_SPIKING, 0.02, 0.2, -65, 8), cls(IB_INTRINSICALLY_BURSTING, 0.02, 0.2, -55, 4),
		cls(CH_CHATTERING, 0.02, 0.2, -50, 2), cls(FS_FAST_SPIKING, 0.1, 0.2, -65, 2),
		cls(TC_THALAMO_CORTICAL, 0.02, 0.25, -65, 0.05), cls(LTS_LOW_THRESHOLD_SPIKING, 0.02, 0.25, -65, 2),
		cls(RZ_RESONATOR, 0.1, 0.26, -65, 2)));

	private IzhikevichPresets() {}

	/** The 20 behaviours of Izhikevich (2004) Fig. 1, (A) to (T). */
	public static List<IzhikevichPreset> figure1() {
		return FIGURE_1_PRESETS;
	}

	/** The seven classes of Izhikevich (2003) Fig. 2 under our step protocol. */
	public static List<IzhikevichPreset> classes2003() {
		return CLASSES_2003;
	}

	/** Every named preset: the 20 behaviours, then the 2003 classes. */
	public static List<IzhikevichPreset> all() {
		final List<IzhikevichPreset> list = new ArrayList<>(FIGURE_1_PRESETS);
		list.addAll(CLASSES_2003);
		return Collections.unmodifiableList(list);
	}

	/** The labels of every named preset followed by {@link #CUSTOM}, as a command's choices. */
	public static String[] labels() {
		final List<IzhikevichPreset> all = all();
		final String[] labels = new String[all.size() + 1];
		for (int i = 0; i < all.size(); i++)
			labels[i] = all.get(i).label();
		labels[all.size()] = CUSTOM;
		return labels;
	}

	/** The named preset with this label (case-insensitive). */
	public static IzhikevichPreset byLabel(final String label) {
		for (final IzhikevichPreset p : all())
			if (p.label().equalsIgnoreCase(label == null ? "" : label.trim())) return p;
		throw new InvalidParameterException("preset", "preset = \"" + label + "\" is invalid: must be one of " + String
			.join(", ", labels()));
	}

	/** A user-defined experiment: standard equations, {@code u0 = b·vInit}, published scheme figure1.m's. */
	public static IzhikevichPreset custom(final IzhikevichCell cell, final double vInit, final double dt,
		final double duration, final Stimulus stimulus)
	{
		return new IzhikevichPreset(CUSTOM, cell, vInit, cell.b * vInit, dt, duration, stimulus, FIGURE_1);
	}

	private static IzhikevichPreset fig(final String label, final double a, final double b, final double c,
		final double d, final double v0, final double tau, final double duration,
		final DoubleUnaryOperator current, final String protocol)
	{
		return new IzhikevichPreset(label, IzhikevichCell.of(a, b, c, d), v0, b * v0, tau, duration,
			new ProtocolStimulus(current, protocol), FIGURE_1);
	}

	private static IzhikevichPreset cls(final String label, final double a, final double b, final double c,
		final double d)
	{
		return new IzhikevichPreset(label, IzhikevichCell.of(a, b, c, d), -65, b * -65, 1, 200, new ProtocolStimulus(
			t -> t >= 20 ? 10 : 0, "I = 10 for t ≥ 20 ms"), NET_M);
	}

	/** {@code amplitude} for {@code t > onset}, else 0. */
	private static DoubleUnaryOperator gt(final double onset, final double amplitude) {
		return t -> t > onset ? amplitude : 0;
	}

	/** {@code amplitude} inside any open window {@code (start, start + width)}, else {@code baseline}. */
	private static DoubleUnaryOperator pulses(final double amplitude, final double baseline,
		final double width, final double... starts)
	{
		final DoublePredicate on = t -> {
			for (final double s : starts)
				if (inside(t, s, s + width)) return true;
			return false;
		};
		return t -> on.test(t) ? amplitude : baseline;
	}

	private static boolean inside(final double t, final double from, final double to) {
		return t > from && t < to;
	}
}
