package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;

/**
 * Hodgkin–Huxley point neurons with Traub &amp; Miles (1991) kinetics, as in
 * benchmark 3 (COBAHH) of Brette et al. (2007) and Brian2's
 * {@code examples/COBAHH.py}: Na (m³h) and delayed-rectifier K (n⁴)
 * currents plus a leak, for a membrane of 20000 µm²
 * ({@code C = 0.2 nF, g_L = 0.01 µS, g_Na = 20 µS, g_K = 6 µS,
 * E_L = −60, E_Na = 50, E_K = −90, V_T = −63 mV}), with exponential
 * conductance channels. With {@code x = V − V_T} (mV) the rates (1/ms) are
 * {@code α_m = 0.32(13−x)/(e^((13−x)/4)−1)}, {@code β_m = 0.28(x−40)/(e^((x−40)/5)−1)},
 * {@code α_h = 0.128e^((17−x)/18)}, {@code β_h = 4/(1+e^((40−x)/5))},
 * {@code α_n = 0.032(15−x)/(e^((15−x)/5)−1)}, {@code β_n = 0.5e^((10−x)/40)}.
 * <p>
 * Integration is Brian2's exponential Euler: every variable relaxes exactly
 * towards its equilibrium for the other variables held at their values at
 * the start of the step. A spike is counted when V exceeds the threshold
 * (−20 mV) and the previous spike is at least {@code tRef} (3 ms) earlier; V is
 * not reset.
 * </p>
 * <p>
 * <b>Speed.</b> A step runs as the vectorised passes of {@link TraubMilesKernels}
 * over blocks of {@value #BLOCK} neurons (so that the block's temporaries stay
 * in the L1 cache), with the exponentials of {@link org.neuronmodels.core.FastExp}
 * (relative error below 1e-12, against 1e-16 for {@link Math#exp}), then one
 * scalar pass for spikes and blow-ups.
 * </p>
 */
public final class TraubMilesPopulation extends NetworkPopulation {

	/** Membrane capacitance, nF (1 µF/cm² × 20000 µm²). */
	public static final double C_M = 0.2;
	/** Leak, Na and K conductances, µS. */
	public static final double G_L = 0.01, G_NA = 20, G_K = 6;
	/** Reversal potentials and the rate-function offset V_T, mV. */
	public static final double E_L = -60, E_NA = 50, E_K = -90, V_T = -63;
	/** Spike detection threshold, mV. */
	public static final double THRESHOLD = -20;

	/** Neurons per block of the vectorised passes. */
	static final int BLOCK = 256;

	private final double[] iExt;
	private final double tRef;
	private final double[] v, m, h, nGate;
	private final double[][] g;
	private final int[] refractoryLeft;
	/** Per-step temporaries (indexed like the state, so that the passes vectorise). */
	private final double[] e1, e2, mInf, hInf, nInf, mRate, hRate, nRate, gTot, drive;
	private double[] decay, reversal;
	private int refractorySteps;

	/** Neurons with bias currents {@code iExt} (nA), refractory period {@code tRef} ms and conductance channels. */
	public TraubMilesPopulation(final String name, final double[] iExt, final double tRef,
		final SynapseChannel... channels)
	{
		super(name, iExt.length, channels);
		for (final SynapseChannel ch : channels)
			if (!ch.kind.isConductance()) throw new IllegalArgumentException("Traub–Miles channels must be conductances");
		for (final double i : iExt)
			Checks.inRange("iExt", "nA", i, -1e6, 1e6);
		this.iExt = iExt;
		this.tRef = Checks.inRange("tRef", "ms", tRef, 0, 1e4);
		this.v = filled(n, E_L);
		this.m = new double[n];
		this.h = new double[n];
		this.nGate = new double[n];
		this.g = new double[channels.length][n];
		this.refractoryLeft = new int[n];
		this.e1 = new double[n];
		this.e2 = new double[n];
		this.mInf = new double[n];
		this.hInf = new double[n];
		this.nInf = new double[n];
		this.mRate = new double[n];
		this.hRate = new double[n];
		this.nRate = new double[n];
		this.gTot = new double[n];
		this.drive = new double[n];
	}

	@Override
	public double[] voltage() {
		return v;
	}

	@Override
	public double[] channelState(final int c) {
		return g[c];
	}

	@Override
	double externalInput(final int i, final int k) {
		return iExt[i];
	}

	@Override
	double[] inputArray(final int c) {
		return g[c];
	}

	/** Gates start at their steady state for the initial voltages. */
	@Override
	void prepare(final double dt) {
		Checks.inRange("dt", "ms", dt, 1e-6, 0.5);
		decay = new double[channels.length];
		reversal = new double[channels.length];
		for (int c = 0; c < channels.length; c++) {
			decay[c] = Math.exp(-dt / channels[c].tau);
			reversal[c] = channels[c].reversal;
		}
		refractorySteps = Math.max(0, (int) Math.round(tRef / dt) - 1);
	}

	@Override
	public double[] voltageBounds() {
		return new double[] { -200, 200 };
	}

	/** About 17 ns per neuron and step (six exponentials and the gates). */
	@Override
	double stepNanosPerNeuron() {
		return 17;
	}

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, final int count, final Fault fault) {
		deliver(from, to, k);
		for (int b0 = from; b0 < to; b0 += BLOCK)
			step(b0, Math.min(to, b0 + BLOCK));
		return scan(from, to, k, spikes, count, fault);
	}

	/** One step of neurons {@code [from, to)}: rates from the old V, then V from the old gates, then the gates. */
	private void step(final int from, final int to) {
		final double dt = this.dt;
		TraubMilesKernels.expm1(v, e1, TraubMilesKernels.KMA, TraubMilesKernels.CMA, from, to);
		TraubMilesKernels.expm1(v, e2, TraubMilesKernels.KMB, TraubMilesKernels.CMB, from, to);
		TraubMilesKernels.mRates(v, e1, e2, mInf, mRate, dt, from, to);
		TraubMilesKernels.exp(v, e1, TraubMilesKernels.KHA, TraubMilesKernels.CHA, from, to);
		TraubMilesKernels.exp(v, e2, TraubMilesKernels.KHB, TraubMilesKernels.CHB, from, to);
		TraubMilesKernels.hRates(e1, e2, hInf, hRate, dt, from, to);
		TraubMilesKernels.expm1(v, e1, TraubMilesKernels.KNA, TraubMilesKernels.CNA, from, to);
		TraubMilesKernels.exp(v, e2, TraubMilesKernels.KNB, TraubMilesKernels.CNB, from, to);
		TraubMilesKernels.nRates(v, e1, e2, nInf, nRate, dt, from, to);
		TraubMilesKernels.intrinsic(m, h, nGate, iExt, gTot, drive, from, to);
		for (int c = 0; c < g.length; c++)
			TraubMilesKernels.synapse(g[c], gTot, drive, reversal[c], decay[c], from, to);
		TraubMilesKernels.membrane(v, gTot, drive, dt, from, to);
		TraubMilesKernels.gate(m, mInf, mRate, from, to);
		TraubMilesKernels.gate(h, hInf, hRate, from, to);
		TraubMilesKernels.gate(nGate, nInf, nRate, from, to);
	}

	/** Counts spikes (V above threshold outside the refractory period) and blow-ups. */
	private int scan(final int from, final int to, final int k, final int[] spikes, int count, final Fault fault) {
		final double[] v = this.v;
		final int[] left = refractoryLeft;
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (left[i] > 0) left[i]--;
			else if (x > THRESHOLD) {
				left[i] = refractorySteps;
				spikes[count++] = offset + i;
			}
			if (!(x >= -200 && x <= 200)) fault.set(offset + i, (k + 1) * dt, x);
		}
		return count;
	}

	/** Sets the gates of every neuron to their steady state at its current voltage. */
	public void gatesToSteadyState() {
		for (int i = 0; i < n; i++) {
			final double x = v[i] - V_T;
			final double am = 0.32 * (13 - x) / (Math.exp((13 - x) / 4) - 1);
			final double bm = 0.28 * (x - 40) / (Math.exp((x - 40) / 5) - 1);
			final double an = 0.032 * (15 - x) / (Math.exp((15 - x) / 5) - 1);
			final double ah = 0.128 * Math.exp((17 - x) / 18);
			final double bh = 4 / (1 + Math.exp((40 - x) / 5));
			final double bn = 0.5 * Math.exp((10 - x) / 40);
			m[i] = am / (am + bm);
			h[i] = ah / (ah + bh);
			nGate[i] = an / (an + bn);
		}
	}
}
