package org.neuronmodels.core.analysis;

/**
 * Closed-form results for the leaky integrate-and-fire neuron with constant
 * input {@code I} (nA): {@code V∞ = E_L + R·I}.
 */
public final class LifTheory {

	private LifTheory() {}

	/** The subthreshold potential at {@code t} ms after a step to {@code current}, starting from {@code v0}. */
	public static double subthreshold(final double vRest, final double resistance, final double current,
		final double tauM, final double v0, final double t)
	{
		final double vInf = vRest + resistance * current;
		return vInf + (v0 - vInf) * Math.exp(-t / tauM);
	}

	/** The smallest constant current (nA) that makes the neuron fire: {@code (V_th − E_L)/R}. */
	public static double rheobase(final double vRest, final double vThreshold, final double resistance) {
		return (vThreshold - vRest) / resistance;
	}

	/**
	 * The interspike interval (ms) for constant {@code current}:
	 * {@code t_ref + τ·ln((R·I + E_L − V_reset)/(R·I + E_L − V_th))}, infinite at or below rheobase.
	 */
	public static double interspikeInterval(final double vRest, final double vReset, final double vThreshold,
		final double resistance, final double tauM, final double tRef, final double current)
	{
		final double drive = resistance * current + vRest;
		if (!(drive > vThreshold)) return Double.POSITIVE_INFINITY;
		return tRef + tauM * Math.log((drive - vReset) / (drive - vThreshold));
	}

	/** The firing rate (Hz) for constant {@code current}: {@code 1000 / ISI}, 0 at or below rheobase. */
	public static double rate(final double vRest, final double vReset, final double vThreshold,
		final double resistance, final double tauM, final double tRef, final double current)
	{
		return 1000.0 / interspikeInterval(vRest, vReset, vThreshold, resistance, tauM, tRef, current);
	}

	/** The time (ms) from {@code v0} to the first spike for constant {@code current}; infinite if never. */
	public static double firstSpikeLatency(final double vRest, final double vThreshold, final double resistance,
		final double tauM, final double current, final double v0)
	{
		final double drive = resistance * current + vRest;
		if (!(drive > vThreshold)) return Double.POSITIVE_INFINITY;
		return tauM * Math.log((drive - v0) / (drive - vThreshold));
	}
}
