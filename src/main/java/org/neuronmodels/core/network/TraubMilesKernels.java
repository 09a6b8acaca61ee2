package org.neuronmodels.core.network;

import static org.neuronmodels.core.network.TraubMilesPopulation.C_M;
import static org.neuronmodels.core.network.TraubMilesPopulation.E_K;
import static org.neuronmodels.core.network.TraubMilesPopulation.E_L;
import static org.neuronmodels.core.network.TraubMilesPopulation.E_NA;
import static org.neuronmodels.core.network.TraubMilesPopulation.G_K;
import static org.neuronmodels.core.network.TraubMilesPopulation.G_L;
import static org.neuronmodels.core.network.TraubMilesPopulation.G_NA;
import static org.neuronmodels.core.network.TraubMilesPopulation.V_T;

import org.neuronmodels.core.FastExp;

/**
 * The passes of one Traub–Miles step over neurons {@code [from, to)}, each a
 * short branch-free loop with at most one {@link FastExp} call so that the
 * JIT unrolls and vectorises it. {@code x = V − V_T}; the rates are those of
 * {@link TraubMilesPopulation}, with {@code x/(e^x − 1)} written
 * {@code (x + ε)/(expm1(x) + ε)} (ε = 1e-300 leaves every other value's bits
 * unchanged and gives the limit 1 at x = 0 without a branch).
 */
final class TraubMilesKernels {

	private static final double EPS = 1e-300;
	/** The arguments of the rates' exponentials are {@code K·x + C} (computed the same way wherever used). */
	static final double KMA = -0.25, CMA = 3.25, KMB = 0.2, CMB = -8, KHA = -1.0 / 18, CHA = 17.0 / 18, KHB = -0.2,
		CHB = 8, KNA = -0.2, CNA = 3, KNB = -1.0 / 40, CNB = 0.25;

	private TraubMilesKernels() {}

	/** {@code out = e^(k·(V − V_T) + c)}. */
	static void exp(final double[] v, final double[] out, final double k, final double c, final int from,
		final int to)
	{
		for (int i = from; i < to; i++)
			out[i] = FastExp.exp(k * (v[i] - V_T) + c);
	}

	/** {@code out = e^(k·(V − V_T) + c) − 1}. */
	static void expm1(final double[] v, final double[] out, final double k, final double c, final int from,
		final int to)
	{
		for (int i = from; i < to; i++)
			out[i] = FastExp.expm1Start(k * (v[i] - V_T) + c);
		for (int i = from; i < to; i++)
			out[i] = FastExp.expm1Finish(out[i]);
	}

	/**
	 * m gate: from {@code e1 = e^y1 − 1}, {@code y1 = (13−x)/4}, and {@code e2 = e^y2 − 1},
	 * {@code y2 = (x−40)/5}: {@code α = 0.32(13−x)/e1 = 1.28·y1/e1}, {@code β = 0.28(x−40)/e2 = 1.4·y2/e2};
	 * writes {@code m∞ = α/(α+β)} to {@code inf} and {@code −(α+β)·dt} to {@code rate}.
	 */
	static void mRates(final double[] v, final double[] e1, final double[] e2, final double[] inf,
		final double[] rate, final double dt, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double x = v[i] - V_T;
			final double a = 1.28 * (KMA * x + CMA + EPS) / (e1[i] + EPS);
			final double b = 1.4 * (KMB * x + CMB + EPS) / (e2[i] + EPS);
			final double s = a + b;
			inf[i] = a / s;
			rate[i] = -s * dt;
		}
	}

	/** h gate: from {@code e1 = e^((17−x)/18)} and {@code e2 = e^((40−x)/5)}, {@code α = 0.128·e1}, {@code β = 4/(1+e2)}. */
	static void hRates(final double[] e1, final double[] e2, final double[] inf, final double[] rate, final double dt,
		final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double a = 0.128 * e1[i];
			final double b = 4 / (1 + e2[i]);
			final double s = a + b;
			inf[i] = a / s;
			rate[i] = -s * dt;
		}
	}

	/** n gate: from {@code e1 = e^y − 1}, {@code y = (15−x)/5}, and {@code e2 = e^((10−x)/40)}: {@code α = 0.032(15−x)/e1 = 0.16·y/e1}, {@code β = 0.5·e2}. */
	static void nRates(final double[] v, final double[] e1, final double[] e2, final double[] inf,
		final double[] rate, final double dt, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double x = v[i] - V_T;
			final double a = 0.16 * (KNA * x + CNA + EPS) / (e1[i] + EPS);
			final double b = 0.5 * e2[i];
			final double s = a + b;
			inf[i] = a / s;
			rate[i] = -s * dt;
		}
	}

	/** Exponential Euler for a gate: {@code y ← y∞ + (y − y∞)·e^rate}. */
	static void gate(final double[] y, final double[] inf, final double[] rate, final int from, final int to) {
		for (int i = from; i < to; i++) {
			final double f = inf[i];
			y[i] = f + (y[i] - f) * FastExp.exp(rate[i]);
		}
	}

	/** Intrinsic conductances and drive: {@code gTot = g_L + g_Na m³h + g_K n⁴}, {@code drive = Σ g·E + I_ext}. */
	static void intrinsic(final double[] m, final double[] h, final double[] n, final double[] iExt,
		final double[] gTot, final double[] drive, final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double mi = m[i], ni = n[i];
			final double gNa = G_NA * mi * mi * mi * h[i];
			final double n2 = ni * ni;
			final double gK = G_K * n2 * n2;
			gTot[i] = G_L + gNa + gK;
			drive[i] = G_L * E_L + gNa * E_NA + gK * E_K + iExt[i];
		}
	}

	/** A synaptic conductance channel: {@code gTot += g; drive += g·E; g ← g·d}. */
	static void synapse(final double[] g, final double[] gTot, final double[] drive, final double e, final double d,
		final int from, final int to)
	{
		for (int i = from; i < to; i++) {
			final double x = g[i];
			gTot[i] += x;
			drive[i] += x * e;
			g[i] = x * d;
		}
	}

	/** V relaxes towards {@code drive/gTot} with the time constant {@code C/gTot}. */
	static void membrane(final double[] v, final double[] gTot, final double[] drive, final double dt,
		final int from, final int to)
	{
		final double k = -dt / C_M;
		for (int i = from; i < to; i++) {
			final double g = gTot[i];
			final double vInf = drive[i] / g;
			v[i] = vInf + (v[i] - vInf) * FastExp.exp(g * k);
		}
	}
}
