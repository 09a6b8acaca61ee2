package org.neuronmodels.core.expif;

/**
 * The spike-generating term {@code Δ_T·exp((V − ϑ_rh)/Δ_T)} (mV) of the
 * exponential integrate-and-fire and AdEx models, with the argument of the
 * exponential capped so that it can never overflow.
 * <p>
 * <b>The cap.</b> The argument is evaluated at {@code min(V, v_spike)} and never
 * above {@link #MAX_ARGUMENT}. A step always starts from {@code V ≤ v_spike}
 * (a neuron above {@code v_spike} is reset in the same step), so forward Euler
 * never meets the cap: it is the exact model there. Only an intermediate stage
 * (Heun's predictor), which may overshoot {@code v_spike}, is evaluated at
 * {@code v_spike}; the true term is then larger still and the step crosses
 * {@code v_spike} either way. {@link #MAX_ARGUMENT} only matters for tiny
 * {@code Δ_T} with {@code v_spike} far above {@code ϑ_rh}: {@code e^600 ≈ 4·10^260}
 * is finite, while {@code e^710} would be infinite.
 * </p>
 */
public final class ExponentialTerm {

	/** The largest argument ever passed to {@code exp} ({@code e^600 ≈ 3.8·10^260}). */
	public static final double MAX_ARGUMENT = 600;

	private ExponentialTerm() {}

	/** The cap of the exponential's argument for a neuron: {@code min((v_spike − ϑ_rh)/Δ_T, 600)}. */
	public static double argumentCap(final double vSpike, final double vRheobase, final double deltaT) {
		return Math.min((vSpike - vRheobase) / deltaT, MAX_ARGUMENT);
	}

	/** {@code Δ_T·exp(min((V − ϑ_rh)/Δ_T, cap))} in mV. */
	public static double of(final double v, final double vRheobase, final double deltaT, final double cap) {
		return deltaT * Math.exp(Math.min((v - vRheobase) / deltaT, cap));
	}
}
