package org.neuronmodels.core.analysis;

/**
 * The passive membrane {@code τ dV/dt = −(V − E_L) + R·I} as a linear filter
 * from current to voltage: a first-order low-pass with corner frequency
 * {@code 1/(2π τ)}. Frequencies in Hz, times in ms, R in MΩ, gain in MΩ (mV/nA),
 * phase in radians (negative: the voltage lags).
 */
public final class PassiveMembrane {

	private PassiveMembrane() {}

	/** The angular frequency in rad/ms of {@code frequency} Hz. */
	public static double omega(final double frequency) {
		return 2 * Math.PI * frequency / 1000;
	}

	/** The continuous-time gain {@code R / sqrt(1 + (ωτ)²)}. */
	public static double gain(final double resistance, final double tauM, final double frequency) {
		final double wt = omega(frequency) * tauM;
		return resistance / Math.sqrt(1 + wt * wt);
	}

	/** The continuous-time phase {@code −atan(ωτ)}. */
	public static double phase(final double tauM, final double frequency) {
		return -Math.atan(omega(frequency) * tauM);
	}

	/**
	 * The gain of the exact fixed-step update with the input held over each step,
	 * {@code V_(k+1) = a·V_k + (1 − a)(E_L + R·I_k)}, {@code a = exp(−dt/τ)}: the
	 * transfer function {@code R(1 − a)/(e^(iωdt) − a)} from the samples {@code I_k} to {@code V_k}.
	 */
	public static double discreteGain(final double resistance, final double tauM, final double frequency,
		final double dt)
	{
		final double a = Math.exp(-dt / tauM), wdt = omega(frequency) * dt;
		return resistance * (1 - a) / Math.hypot(Math.cos(wdt) - a, Math.sin(wdt));
	}

	/** The phase of the same discrete transfer function: {@code −arg(e^(iωdt) − a)}. */
	public static double discretePhase(final double tauM, final double frequency, final double dt) {
		final double a = Math.exp(-dt / tauM), wdt = omega(frequency) * dt;
		return -Math.atan2(Math.sin(wdt), Math.cos(wdt) - a);
	}
}
