package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Morris–Lecar point neurons per unit membrane area, structure-of-arrays (the
 * equations in {@link MorrisLecarCell}; I in &micro;A/cm&sup2;). The recordable
 * variables are V, w and the ionic currents I_Ca, I_K, I_L (outward positive,
 * &micro;A/cm&sup2;) of the current state. A spike is an upward crossing of the
 * neuron's {@code spikeThreshold}: V(t_k) &le; θ &lt; V(t_(k+1)); V is not reset,
 * so each action potential counts once. Each neuron starts at its
 * {@code vInit} (NaN: its resting state at zero current) with w = w∞(V).
 */
public final class MorrisLecarPopulation implements SpikingPopulation {

	private static final String[] VARIABLES = { "V", "w", "I_Ca", "I_K", "I_L" };
	private static final String[] UNITS = { "mV", "", "µA/cm²", "µA/cm²", "µA/cm²" };
	/** How far beyond the reversal potentials (mV) V may go before the run counts as blown up. */
	static final double BOUND_MARGIN = 200;

	private final int size;
	private final double dt;
	private final MorrisLecarScheme scheme;
	private final MorrisLecarCell[] cells;
	private final double[] threshold;
	private final double[] v, w, iCa, iK, iL;
	private final double[][] state;
	private final double[] bounds;

	/** A population advancing by {@code dt} ms with {@code scheme}. */
	public MorrisLecarPopulation(final MorrisLecarParameters parameters, final double dt,
		final MorrisLecarScheme scheme)
	{
		parameters.validate();
		Checks.positive("dt", "ms", dt);
		if (scheme == null) throw new IllegalArgumentException("scheme is null");
		this.size = parameters.size();
		this.dt = dt;
		this.scheme = scheme;
		this.cells = parameters.cells.clone();
		this.threshold = parameters.spikeThreshold.clone();
		v = new double[size];
		w = new double[size];
		iCa = new double[size];
		iK = new double[size];
		iL = new double[size];
		state = new double[][] { v, w, iCa, iK, iL };
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		double previousStart = Double.NaN;
		for (int i = 0; i < size; i++) {
			final MorrisLecarCell c = cells[i];
			lo = Math.min(lo, Math.min(c.eL, Math.min(c.eCa, c.eK)));
			hi = Math.max(hi, Math.max(c.eL, Math.max(c.eCa, c.eK)));
			final boolean same = i > 0 && c == cells[i - 1] && Double.isNaN(parameters.vInit[i]) && Double.isNaN(
				parameters.vInit[i - 1]);
			final double start = same ? previousStart : parameters.initialPotential(i); // one rest search per cell
			setState(i, start, c.wInf(start));
			previousStart = start;
		}
		bounds = size == 0 ? new double[] { -1000, 1000 } : new double[] { lo - BOUND_MARGIN, hi + BOUND_MARGIN };
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public double dt() {
		return dt;
	}

	/** The scheme this population uses. */
	public MorrisLecarScheme scheme() {
		return scheme;
	}

	/** Sets neuron {@code i} to potential {@code voltage} (mV) and gate {@code gate}. */
	public void setState(final int i, final double voltage, final double gate) {
		Checks.finite("vInit", "mV", voltage);
		Checks.finite("w", "", gate);
		v[i] = voltage;
		w[i] = gate;
		updateCurrents(i);
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		int count = 0;
		for (int i = 0; i < size; i++) {
			final double before = v[i];
			switch (scheme) {
				case RK4:
					stepRk4(i, input[i]);
					break;
				case HEUN:
					stepHeun(i, input[i]);
					break;
				default:
					stepEuler(i, input[i]);
			}
			updateCurrents(i);
			if (before <= threshold[i] && v[i] > threshold[i]) spiked[count++] = i;
		}
		return count;
	}

	@Override
	public double[] voltage() {
		return v;
	}

	@Override
	public String[] variables() {
		return VARIABLES.clone();
	}

	@Override
	public String[] variableUnits() {
		return UNITS.clone();
	}

	@Override
	public double[] variable(final int index) {
		return state[index];
	}

	/** {@code [lowest reversal − 200, highest reversal + 200]} mV: no membrane survives beyond. */
	@Override
	public double[] voltageBounds() {
		return bounds.clone();
	}

	private void stepRk4(final int i, final double current) {
		final MorrisLecarCell c = cells[i];
		final double v0 = v[i], w0 = w[i], half = dt / 2;
		final double kv1 = c.dv(v0, w0, current), kw1 = c.dw(v0, w0);
		final double v1 = v0 + half * kv1, w1 = w0 + half * kw1;
		final double kv2 = c.dv(v1, w1, current), kw2 = c.dw(v1, w1);
		final double v2 = v0 + half * kv2, w2 = w0 + half * kw2;
		final double kv3 = c.dv(v2, w2, current), kw3 = c.dw(v2, w2);
		final double v3 = v0 + dt * kv3, w3 = w0 + dt * kw3;
		final double kv4 = c.dv(v3, w3, current), kw4 = c.dw(v3, w3);
		final double sixth = dt / 6;
		v[i] = v0 + sixth * (kv1 + 2 * kv2 + 2 * kv3 + kv4);
		w[i] = w0 + sixth * (kw1 + 2 * kw2 + 2 * kw3 + kw4);
	}

	private void stepHeun(final int i, final double current) {
		final MorrisLecarCell c = cells[i];
		final double v0 = v[i], w0 = w[i];
		final double kv1 = c.dv(v0, w0, current), kw1 = c.dw(v0, w0);
		final double v1 = v0 + dt * kv1, w1 = w0 + dt * kw1;
		final double kv2 = c.dv(v1, w1, current), kw2 = c.dw(v1, w1);
		v[i] = v0 + dt / 2 * (kv1 + kv2);
		w[i] = w0 + dt / 2 * (kw1 + kw2);
	}

	private void stepEuler(final int i, final double current) {
		final MorrisLecarCell c = cells[i];
		final double v0 = v[i], w0 = w[i];
		v[i] = v0 + dt * c.dv(v0, w0, current);
		w[i] = w0 + dt * c.dw(v0, w0);
	}

	private void updateCurrents(final int i) {
		final MorrisLecarCell c = cells[i];
		iCa[i] = c.iCa(v[i]);
		iK[i] = c.iK(v[i], w[i]);
		iL[i] = c.iL(v[i]);
	}
}
