package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.CrossingPopulation;

/**
 * Morris–Lecar point neurons per unit membrane area, structure-of-arrays (the
 * equations in {@link MorrisLecarCell}; I in &micro;A/cm&sup2;). The recordable
 * variables are V, w and the ionic currents I_Ca, I_K, I_L (outward positive,
 * &micro;A/cm&sup2;) of the current state. A spike is an upward crossing of the
 * neuron's {@code spikeThreshold}: V(t_k) &le; θ &lt; V(t_(k+1)); V is not reset,
 * so each action potential counts once. Each neuron starts at its
 * {@code vInit} (NaN: its resting state at zero current) with w = w∞(V).
 */
public final class MorrisLecarPopulation extends CrossingPopulation {

	private static final String[] VARIABLES = { "V", "w", "I_Ca", "I_K", "I_L" };
	private static final String[] UNITS = { "mV", "", "µA/cm²", "µA/cm²", "µA/cm²" };
	/** How far beyond the reversal potentials (mV) V may go before the run counts as blown up. */
	static final double BOUND_MARGIN = 200;

	private final Scheme scheme;
	private final MorrisLecarCell[] cells;
	private final double[] v, w, iCa, iK, iL;

	/** A population advancing by {@code dt} ms with {@code scheme}, a shared integrator (RK4, Heun, Euler). */
	public MorrisLecarPopulation(final MorrisLecarParameters parameters, final double dt, final Scheme scheme)
	{
		super(parameters.validate().spikeThreshold.clone(), Checks.positive("dt", "ms", dt), arrays(5, parameters
			.size()), VARIABLES, UNITS);
		if (scheme == null) throw new IllegalArgumentException("scheme is null");
		final int size = parameters.size();
		this.scheme = scheme;
		this.cells = parameters.cells.clone();
		v = variable(0);
		w = variable(1);
		iCa = variable(2);
		iK = variable(3);
		iL = variable(4);
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
		bounds(lo - BOUND_MARGIN, hi + BOUND_MARGIN);
		integrate(scheme, this::increments, 2);
	}

	/** The scheme this population uses. */
	public Scheme scheme() {
		return scheme;
	}

	/** Sets neuron {@code i} to potential {@code voltage} (mV) and gate {@code gate}. */
	public void setState(final int i, final double voltage, final double gate) {
		Checks.finite("vInit", "mV", voltage);
		Checks.finite("w", "", gate);
		v[i] = voltage;
		w[i] = gate;
		updateDerived(i);
	}

	/** The right-hand side (V, w) for the shared integrators. */
	private void increments(final int first, final int count, final double[][] y, final double[] input,
		final double h, final double[][] inc)
	{
		final double[] yv = y[0], yw = y[1], dv = inc[0], dw = inc[1];
		for (int j = 0; j < count; j++) {
			final MorrisLecarCell c = cells[first + j];
			dv[j] = h * c.dv(yv[j], yw[j], input[first + j]);
			dw[j] = h * c.dw(yv[j], yw[j]);
		}
	}

	@Override
	protected void updateDerived(final int i) {
		final MorrisLecarCell c = cells[i];
		iCa[i] = c.iCa(v[i]);
		iK[i] = c.iK(v[i], w[i]);
		iL[i] = c.iL(v[i]);
	}
}
