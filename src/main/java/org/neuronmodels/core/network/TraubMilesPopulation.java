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

	private static final double E3 = Math.exp(3), E8 = Math.exp(8), EM8 = Math.exp(-8);

	private final double[] iExt;
	private final double tRef;
	private final double[] v, m, h, nGate;
	private final double[][] g;
	private final int[] refractoryLeft;
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

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, int count, final Fault fault) {
		deliver(from, to, k);
		final double dt = this.dt;
		final int channelCount = g.length;
		for (int i = from; i < to; i++) {
			final double vi = v[i];
			final double x = vi - V_T;
			final double e5 = Math.exp(-x / 5);
			final double x13 = 13 - x, x40 = x - 40, x15 = 15 - x;
			final double am = Math.abs(x13) < 1e-9 ? 1.28 : 0.32 * x13 / (Math.exp(x13 / 4) - 1);
			final double bm = Math.abs(x40) < 1e-9 ? 1.4 : 0.28 * x40 / (EM8 / e5 - 1);
			final double an = Math.abs(x15) < 1e-9 ? 0.16 : 0.032 * x15 / (E3 * e5 - 1);
			final double ah = 0.128 * Math.exp((17 - x) / 18);
			final double bh = 4 / (1 + E8 * e5);
			final double bn = 0.5 * Math.exp((10 - x) / 40);
			final double mi = m[i], hi = h[i], ni = nGate[i];
			final double gNa = G_NA * mi * mi * mi * hi;
			final double n2 = ni * ni;
			final double gK = G_K * n2 * n2;
			double gTot = G_L + gNa + gK;
			double drive = G_L * E_L + gNa * E_NA + gK * E_K + iExt[i];
			for (int c = 0; c < channelCount; c++) {
				final double gc = g[c][i];
				gTot += gc;
				drive += gc * reversal[c];
				g[c][i] = gc * decay[c];
			}
			final double vInf = drive / gTot;
			final double vNew = vInf + (vi - vInf) * Math.exp(-gTot * dt / C_M);
			final double sm = am + bm, sh = ah + bh, sn = an + bn;
			m[i] = am / sm + (mi - am / sm) * Math.exp(-sm * dt);
			h[i] = ah / sh + (hi - ah / sh) * Math.exp(-sh * dt);
			nGate[i] = an / sn + (ni - an / sn) * Math.exp(-sn * dt);
			v[i] = vNew;
			if (refractoryLeft[i] > 0) refractoryLeft[i]--;
			else if (vNew > THRESHOLD) {
				refractoryLeft[i] = refractorySteps;
				spikes[count++] = offset + i;
			}
			if (!(vNew >= -200 && vNew <= 200)) fault.set(offset + i, (k + 1) * dt, vNew);
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
