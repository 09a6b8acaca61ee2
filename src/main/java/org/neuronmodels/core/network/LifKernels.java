package org.neuronmodels.core.network;

/**
 * The inner loops of {@link LifNetworkPopulation}, each over neurons
 * {@code [from, to)} of one population. The loops that move the state are
 * branch-free over plain arrays, so the JIT vectorises them; only
 * {@link #scan} branches (rarely taken: spikes and blow-ups).
 * <p>
 * Refractoriness is a count-down {@code ref} of the steps a neuron still
 * holds V: a neuron integrates when {@code ref = 0}, i.e. with the factor
 * {@code a = 1 − min(ref, 1)}; every step lowers the count by one.
 * </p>
 */
final class LifKernels {

	/** V below this (mV) counts as numerical blow-up. */
	static final double V_MIN = -1000;

	private LifKernels() {}

	/**
	 * One exact step of neurons sharing every parameter, with two
	 * exponential current channels {@code x1}, {@code x2} (propagators
	 * {@code p1}, {@code p2} to V, decays {@code d1}, {@code d2}):
	 * {@code V ← V∞ + (V − V∞)·dm + p1·x1 + p2·x2} for every neuron; the
	 * caller holds the refractory ones ({@link RefractoryQueue}).
	 */
	static void exactTwoChannels(final double[] v, final double[] x1, final double[] x2, final double vInf,
		final double dm, final double p1, final double p2, final double d1, final double d2, final int from,
		final int to)
	{
		for (int i = from; i < to; i++) {
			final double a1 = x1[i], a2 = x2[i];
			final double vs = p1 * a1 + p2 * a2;
			x1[i] = a1 * d1;
			x2[i] = a2 * d2;
			v[i] = vInf + (v[i] - vInf) * dm + vs;
		}
	}

	/** {@code vs += p·x; x ← x·d} (an exponential current's contribution to V and its decay). */
	static void exponential(final double[] vs, final double[] x, final double[] p, final double d, final int from,
		final int to)
	{
		for (int i = from; i < to; i++) {
			vs[i] += p[i] * x[i];
			x[i] *= d;
		}
	}

	/** An alpha current: {@code vs += pI·x + pH·h; x ← (x + dt·h)·d; h ← h·d}. */
	static void alpha(final double[] vs, final double[] x, final double[] h, final double[] pI, final double[] pH,
		final double dt, final double d, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			vs[i] += pI[i] * x[i] + pH[i] * h[i];
			x[i] = (x[i] + dt * h[i]) * d;
			h[i] *= d;
		}
	}

	/** A delta channel: {@code vs += x; x ← 0}. */
	static void delta(final double[] vs, final double[] x, final int from, final int to) {
		for (int i = from; i < to; i++) {
			vs[i] += x[i];
			x[i] = 0;
		}
	}

	/** Moves every non-refractory neuron to {@code V∞ + (V − V∞)·dm + vs}; clears vs. */
	static void membrane(final double[] v, final double[] ref, final double[] vs, final double[] vInf,
		final double[] dm, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double vi = v[i];
			final double x = vInf[i] + (vi - vInf[i]) * dm[i] + vs[i];
			final double r = ref[i];
			final double a = 1 - Math.min(r, 1);
			ref[i] = Math.max(r - 1, 0);
			v[i] = a * x + (1 - a) * vi;
			vs[i] = 0;
		}
	}

	/** Adds {@code dv} to every non-refractory neuron; clears dv. */
	static void addStep(final double[] v, final double[] ref, final double[] dv, final int from, final int to) {
		for (int i = from; i < to; i++) {
			final double r = ref[i];
			final double a = 1 - Math.min(r, 1);
			ref[i] = Math.max(r - 1, 0);
			v[i] += a * dv[i];
			dv[i] = 0;
		}
	}

	/**
	 * Conductance channel: {@code gSum += g; drive += g·E; g ← g·d}.
	 */
	static void conductance(final double[] gSum, final double[] drive, final double[] g, final double e,
		final double d, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double x = g[i];
			gSum[i] += x;
			drive[i] += x * e;
			g[i] = x * d;
		}
	}

	/**
	 * {@link #scan} for neurons that share threshold, reset and refractory
	 * period: one comparison per neuron, {@code |V − mid| ≤ half}, lets through
	 * exactly the neurons in [{@link #V_MIN}, V_th] (mid and half are chosen so
	 * that every V above V_th or below V_MIN, and NaN, fails it).
	 */
	static int scanUniform(final double[] v, final double[] ref, final double vTh, final double vReset,
		final double refSteps, final int from, final int to, final int offset, final int[] spikes, int count,
		final Fault fault, final double time)
	{
		final double mid = (vTh + V_MIN) / 2;
		final double half = Math.nextDown(Math.min(vTh - mid, mid - V_MIN));
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (!(Math.abs(x - mid) <= half)) {
				if (x > vTh) {
					v[i] = vReset;
					ref[i] = refSteps;
					spikes[count++] = offset + i;
				}
				else if (!(x >= V_MIN)) fault.set(offset + i, time, x);
			}
		}
		return count;
	}

	/**
	 * Finds the neurons above threshold (reset to {@code vReset}, refractory
	 * for {@code refSteps} steps), appending {@code offset + i} to
	 * {@code spikes}; records a blow-up (NaN, below {@link #V_MIN}) in
	 * {@code fault}. Returns the new spike count.
	 */
	static int scan(final double[] v, final double[] ref, final double[] vTh, final double[] vReset,
		final double[] refSteps, final int from, final int to, final int offset, final int[] spikes, int count,
		final Fault fault, final double time)
	{
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (x > vTh[i] | !(x >= V_MIN)) {
				if (x > vTh[i]) {
					v[i] = vReset[i];
					ref[i] = refSteps[i];
					spikes[count++] = offset + i;
				}
				else fault.set(offset + i, time, x);
			}
		}
		return count;
	}
}
