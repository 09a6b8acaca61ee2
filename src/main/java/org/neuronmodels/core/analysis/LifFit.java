package org.neuronmodels.core.analysis;

import java.util.Arrays;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Estimates the six LIF parameters from a recorded voltage trace and its
 * current, then re-simulates the fitted neuron to measure the error.
 * <ol>
 * <li>Spikes: resets, i.e. drops between consecutive samples larger than
 * {@code max(0.5 mV, 6·σ)}, σ the robust (MAD) spread of the sample-to-sample changes.</li>
 * <li>Subthreshold dynamics: the exact fixed-step LIF trajectory with the spikes
 * forced at the recorded resets ({@link LifFitModel}); for each membrane time
 * constant τ and refractory length, {@code V_rest}, R, {@code V_reset} and the
 * initial voltage follow by linear least squares; τ is found by a log-spaced
 * scan and golden-section search, the refractory period by a scan over whole
 * steps, alternating until the refractory length no longer changes.</li>
 * <li>Threshold: a spike in step k means the fitted trajectory crossed it during
 * that step, and no crossing elsewhere means it stayed below: the estimate is
 * the middle of the interval consistent with every step (at most one step's
 * rise wide), or the mean of the spike steps' midpoints if noise leaves no
 * consistent interval.</li>
 * <li>Fit error: the RMS difference (mV) between the data and a free LIF run
 * with the fitted parameters and the same current.</li>
 * </ol>
 */
public final class LifFit {

	private static final int TAU_GRID = 60;

	private final VoltageTrace trace;
	private final double vRest, vReset, vThreshold, resistance, tauM, tRef, fitError;
	private final int[] spikeSteps;
	private final double[] model;

	private LifFit(final VoltageTrace trace, final double[] x, final double tauM, final int hold,
		final double vThreshold, final int[] spikeSteps, final double[] model, final double fitError)
	{
		this.trace = trace;
		this.vRest = x[0];
		this.resistance = x[1];
		this.vReset = x[2];
		this.tauM = tauM;
		this.tRef = hold * trace.dt();
		this.vThreshold = vThreshold;
		this.spikeSteps = spikeSteps;
		this.model = model;
		this.fitError = fitError;
	}

	/** Fits the trace; fails naming {@code currentColumn} if the current does not vary. */
	public static LifFit fit(final VoltageTrace trace) {
		final double[] v = trace.voltage(), current = trace.current();
		final double dt = trace.dt();
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double i : current) {
			lo = Math.min(lo, i);
			hi = Math.max(hi, i);
		}
		if (!(hi > lo)) {
			throw new InvalidParameterException("currentColumn", "currentColumn: the current is " + lo +
				" nA throughout; V_rest and R need at least two current levels (e.g. a baseline before a step)");
		}
		final int[] spikes = ResetDetector.resets(v);
		final LifFitModel m = new LifFitModel(v, current, spikes);
		final int maxHold = ResetDetector.maxHold(spikes, v.length);
		int hold = Math.min(maxHold, ResetDetector.plateau(v, spikes));
		final int scanTo = Math.min(maxHold, 2 * hold + 20);
		double tau = coarseTau(m, dt, hold, trace.time()[v.length - 1] - trace.time()[0]);
		for (int round = 0; round < 6; round++) {
			final int from = round == 0 ? 0 : Math.max(0, hold - 5), to = round == 0 ? scanTo : Math.min(maxHold,
				hold + 5);
			final int best = bestHold(m, decay(dt, tau), from, to);
			tau = refineTau(m, dt, best, tau / 1.5, tau * 1.5);
			if (best == hold && round > 0) break;
			hold = best;
		}
		final double a = decay(dt, tau);
		final double[] x = m.solve(a, hold);
		if (x == null) throw new InvalidParameterException("voltageColumn", "voltageColumn: the trace cannot be fitted" +
			" by a LIF neuron (singular least-squares problem)");
		final double threshold = threshold(m.trajectory(x, a, hold), current, spikes, x, a, hold);
		final double[] model = FreeRun.voltage(trace, x, tau, hold, threshold);
		double s = 0;
		for (int k = 0; k < v.length; k++)
			s += (v[k] - model[k]) * (v[k] - model[k]);
		return new LifFit(trace, x, tau, hold, threshold, spikes, model, Math.sqrt(s / v.length));
	}

	static double decay(final double dt, final double tau) {
		return Math.exp(-dt / tau);
	}

	/** The τ of least error on a log grid from dt/4 to 10× the recording (at most 1e5 ms), refined. */
	private static double coarseTau(final LifFitModel m, final double dt, final int hold, final double span) {
		final double lo = Math.log(Math.max(dt / 4, 1e-4)), hi = Math.log(Math.min(1e5, Math.max(10 * span, 10 * dt)));
		int best = 0;
		double bestSse = Double.POSITIVE_INFINITY;
		for (int i = 0; i < TAU_GRID; i++) {
			final double sse = m.sse(decay(dt, Math.exp(lo + (hi - lo) * i / (TAU_GRID - 1))), hold);
			if (sse < bestSse) {
				bestSse = sse;
				best = i;
			}
		}
		final double step = (hi - lo) / (TAU_GRID - 1);
		return refineTau(m, dt, hold, Math.exp(lo + step * Math.max(0, best - 1)), Math.exp(lo + step * Math.min(
			TAU_GRID - 1, best + 1)));
	}

	/** Golden-section search of ln τ in {@code [from, to]}. */
	private static double refineTau(final LifFitModel m, final double dt, final int hold, final double from,
		final double to)
	{
		final double g = (Math.sqrt(5) - 1) / 2;
		double a = Math.log(from), b = Math.log(to);
		double c = b - g * (b - a), d = a + g * (b - a);
		double fc = m.sse(decay(dt, Math.exp(c)), hold), fd = m.sse(decay(dt, Math.exp(d)), hold);
		for (int i = 0; i < 80 && b - a > 1e-13; i++) {
			if (fc <= fd) {
				b = d;
				d = c;
				fd = fc;
				c = b - g * (b - a);
				fc = m.sse(decay(dt, Math.exp(c)), hold);
			}
			else {
				a = c;
				c = d;
				fc = fd;
				d = a + g * (b - a);
				fd = m.sse(decay(dt, Math.exp(d)), hold);
			}
		}
		return Math.exp(0.5 * (a + b));
	}

	private static int bestHold(final LifFitModel m, final double a, final int from, final int to) {
		int best = from;
		double bestSse = Double.POSITIVE_INFINITY;
		for (int h = from; h <= to; h++) {
			final double sse = m.sse(a, h);
			if (sse < bestSse) {
				bestSse = sse;
				best = h;
			}
		}
		return best;
	}

	/** The threshold consistent with the forced trajectory (see the class description); NaN without spikes. */
	private static double threshold(final double[] p, final double[] current, final int[] spikes, final double[] x,
		final double a, final int hold)
	{
		if (spikes.length == 0) return Double.NaN;
		final boolean[] spike = new boolean[p.length];
		for (final int s : spikes)
			spike[s] = true;
		double lower = Double.NEGATIVE_INFINITY, upper = Double.POSITIVE_INFINITY, midpoints = 0;
		int holdLeft = 0;
		for (int k = 0; k + 1 < p.length; k++) {
			final double end = x[0] + x[1] * current[k] + (p[k] - x[0] - x[1] * current[k]) * a;
			if (spike[k]) {
				lower = Math.max(lower, p[k]);
				upper = Math.min(upper, end);
				midpoints += 0.5 * (p[k] + end);
				holdLeft = hold;
			}
			else if (holdLeft > 0) holdLeft--;
			else lower = Math.max(lower, end);
		}
		return lower < upper ? 0.5 * (lower + upper) : midpoints / spikes.length;
	}

	/** Resting potential E_L in mV. */
	public double vRest() {
		return vRest;
	}

	/** Reset potential in mV (NaN without spikes). */
	public double vReset() {
		return vReset;
	}

	/** Threshold in mV (NaN without spikes). */
	public double vThreshold() {
		return vThreshold;
	}

	/** Membrane resistance in MΩ. */
	public double resistance() {
		return resistance;
	}

	/** Membrane time constant in ms. */
	public double tauM() {
		return tauM;
	}

	/** Absolute refractory period in ms (a whole number of samples). */
	public double tRef() {
		return tRef;
	}

	/** RMS difference (mV) between the data and the free re-simulation. */
	public double fitError() {
		return fitError;
	}

	/** The detected spikes, stamped at the end of their step (ms). */
	public double[] spikeTimes() {
		final double[] t = new double[spikeSteps.length];
		for (int i = 0; i < t.length; i++)
			t[i] = trace.time()[spikeSteps[i]] + trace.dt();
		return t;
	}

	/** The fitted trace. */
	public VoltageTrace trace() {
		return trace;
	}

	/** The free re-simulation with the fitted parameters, one value per sample (mV). */
	public double[] modelVoltage() {
		return Arrays.copyOf(model, model.length);
	}
}
