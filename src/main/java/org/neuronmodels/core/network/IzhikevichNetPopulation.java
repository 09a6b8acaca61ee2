package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.izhikevich.IzhikevichCell;

/**
 * Izhikevich (2003) neurons stepped exactly as in the paper's MATLAB code
 * {@code net.m}: {@code v' = 0.04v² + 5v + 140 − u + I}, {@code u' = a(bv − u)},
 * with v advanced by two half steps of {@code dt/2} and then u by one step
 * of dt, using the step's input {@code I = σ·N(0,1) + Σ w} (Gaussian
 * "thalamic" noise per neuron plus the weights of the spikes that arrived,
 * which act for this step only). A spike when {@code v ≥ 30} mV after the
 * step, then {@code v = c}, {@code u += d}. Units are the model's own
 * (v in mV, time in ms, I in mV/ms).
 * <p>
 * The paper checks the threshold at the start of the next step; checking it
 * at the end of this one is the same arithmetic, with the spike stamped at
 * the end of the step that crossed (the project's time-step convention).
 * </p>
 */
public final class IzhikevichNetPopulation extends NetworkPopulation {

	/** The standard model's dv/dt coefficients (net.m), for the shared kernel {@link IzhikevichCell#dv}. */
	private static final double V_SQUARE = 0.04, V_LINEAR = 5, V_CONSTANT = 140;

	private final double[] a, b, c, d, noiseSd;
	private final double[] v, u, input;
	/** Pre-drawn noise, one row per step (null: drawn during the run into {@link #noiseRow}). */
	private double[][] noise;
	private double[] noiseRow;

	/** Neurons with per-neuron parameters a, b, c, d and noise standard deviation (mV/ms); v = −65, u = b·v. */
	public IzhikevichNetPopulation(final String name, final double[] a, final double[] b, final double[] c,
		final double[] d, final double[] noiseSd)
	{
		super(name, a.length, SynapseChannel.delta("I"));
		if (b.length != n || c.length != n || d.length != n || noiseSd.length != n) {
			throw new IllegalArgumentException("Izhikevich parameter arrays differ in length");
		}
		for (int i = 0; i < n; i++) {
			Checks.inRange("a", null, a[i], 0, 10);
			Checks.inRange("b", null, b[i], -10, 10);
			Checks.inRange("c", "mV", c[i], -200, 30);
			Checks.inRange("d", null, d[i], -1000, 1000);
			Checks.inRange("noise", "mV/ms", noiseSd[i], 0, 1e4);
		}
		this.a = a;
		this.b = b;
		this.c = c;
		this.d = d;
		this.noiseSd = noiseSd;
		this.v = filled(n, -65);
		this.u = new double[n];
		for (int i = 0; i < n; i++)
			u[i] = b[i] * v[i];
		this.input = new double[n];
	}

	@Override
	public double[] voltage() {
		return v;
	}

	/** The recovery variable u of every neuron (live view). */
	public double[] recovery() {
		return u;
	}

	@Override
	public double[] channelState(final int ch) {
		return input;
	}

	@Override
	double[] inputArray(final int ch) {
		return input;
	}

	@Override
	void prepare(final double dt) {
		Checks.inRange("dt", "ms", dt, 1e-6, 1);
	}

	@Override
	boolean needsStreams() {
		return true;
	}

	/** Pre-draws the noise of {@code [from, to)} for every step when it fits in 64 MB (same values as drawing live). */
	@Override
	void beforeRun(final int from, final int to) {
		synchronized (this) {
			if (noise == null && noiseRow == null) {
				if (8.0 * steps * n <= 64e6) noise = new double[steps][n];
				else noiseRow = new double[n];
			}
		}
		if (noise == null) return;
		for (int i = from; i < to; i++) {
			final double sd = noiseSd[i];
			for (int k = 0; k < steps; k++)
				noise[k][i] = sd * streams[i].nextGaussian();
		}
	}

	/** About 2 ns per neuron and step (two half steps and the noise). */
	@Override
	double stepNanosPerNeuron() {
		return 2;
	}

	@Override
	int update(final int from, final int to, final int k, final int[] spikes, final int count, final Fault fault) {
		deliver(from, to, k);
		final double[] row;
		if (noise != null) row = noise[k];
		else {
			row = noiseRow;
			for (int i = from; i < to; i++)
				row[i] = noiseSd[i] * streams[i].nextGaussian();
		}
		integrate(row, from, to);
		return scan(from, to, k, spikes, count, fault);
	}

	/**
	 * The net.m step of every neuron: two half steps of v, then one step of u
	 * with the new v (two short branch-free loops, which the JIT vectorises;
	 * one loop doing both is too long for it).
	 */
	private void integrate(final double[] row, final int from, final int to) {
		final double h = dt / 2, dt = this.dt;
		final double[] v = this.v, u = this.u, in = this.input, a = this.a, b = this.b;
		for (int i = from; i < to; i++) {
			final double current = in[i] + row[i];
			double x = v[i];
			final double y = u[i];
			x += h * IzhikevichCell.dv(V_SQUARE, V_LINEAR, V_CONSTANT, x, y, current);
			x += h * IzhikevichCell.dv(V_SQUARE, V_LINEAR, V_CONSTANT, x, y, current);
			v[i] = x;
		}
		for (int i = from; i < to; i++) {
			in[i] = 0;
			final double y = u[i];
			u[i] = y + dt * a[i] * (b[i] * v[i] - y);
		}
	}

	/** Resets the neurons at or above 30 mV ({@code v = c, u += d}) and records blow-ups. */
	private int scan(final int from, final int to, final int k, final int[] spikes, int count, final Fault fault) {
		final double[] v = this.v;
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (x >= 30 | !(x > -1000)) {
				if (x >= 30) {
					v[i] = c[i];
					u[i] += d[i];
					spikes[count++] = offset + i;
				}
				else fault.set(offset + i, (k + 1) * dt, x);
			}
		}
		return count;
	}
}
