package org.neuronmodels.core.morrislecar;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Per-neuron parameters of a Morris–Lecar population (structure-of-arrays):
 * each neuron's constants, initial potential and spike detection level.
 * Arrays are wrapped, not copied; the population copies them.
 */
public final class MorrisLecarParameters {

	/** The constants of each neuron. */
	public final MorrisLecarCell[] cells;
	/**
	 * Initial membrane potential of each neuron, mV, with w at w∞ of it; NaN:
	 * the neuron's resting state at zero current ({@link MorrisLecarCell#restPotential}).
	 */
	public final double[] vInit;
	/** Spike detection level, mV: a spike is an upward crossing (V rises above it from at or below it). */
	public final double[] spikeThreshold;

	/** Wraps the given arrays, which must all have the same length. */
	public MorrisLecarParameters(final MorrisLecarCell[] cells, final double[] vInit,
		final double[] spikeThreshold)
	{
		if (vInit.length != cells.length || spikeThreshold.length != cells.length) {
			throw new IllegalArgumentException("Morris-Lecar parameter arrays differ in length");
		}
		this.cells = cells;
		this.vInit = vInit;
		this.spikeThreshold = spikeThreshold;
	}

	/** {@code n} neurons sharing {@code cell}, {@code vInit} (NaN: rest at zero current) and {@code spikeThreshold}. */
	public static MorrisLecarParameters uniform(final int n, final MorrisLecarCell cell, final double vInit,
		final double spikeThreshold)
	{
		if (n < 0) throw new IllegalArgumentException("n < 0");
		final MorrisLecarCell[] cells = new MorrisLecarCell[n];
		Arrays.fill(cells, cell);
		final double[] v = new double[n], t = new double[n];
		Arrays.fill(v, vInit);
		Arrays.fill(t, spikeThreshold);
		return new MorrisLecarParameters(cells, v, t);
	}

	/** The number of neurons. */
	public int size() {
		return cells.length;
	}

	/**
	 * Checks every value, and that a NaN {@code vInit} has a resting state to
	 * start from; the error names the parameter, its unit and the allowed range.
	 */
	public MorrisLecarParameters validate() {
		final double max = MorrisLecarModel.POTENTIAL_MAX_VALUE;
		for (int i = 0; i < size(); i++) {
			final boolean repeated = i > 0 && cells[i] == cells[i - 1];
			if (!repeated) cells[i].validate();
			if (!Double.isNaN(vInit[i])) Checks.inRange("vInit", "mV", vInit[i], -max, max);
			else if (!repeated || !Double.isNaN(vInit[i - 1])) initialPotential(i);
			Checks.inRange("spikeThreshold", "mV", spikeThreshold[i], -max, max);
		}
		return this;
	}

	/**
	 * The initial potential of neuron {@code i}, mV: its {@code vInit}, or if NaN
	 * its resting potential at zero current; fails naming {@code vInit} if that
	 * lies outside &plusmn;200 mV or does not exist.
	 */
	public double initialPotential(final int i) {
		if (!Double.isNaN(vInit[i])) return vInit[i];
		final double rest = cells[i].restPotential(0);
		final double max = MorrisLecarModel.POTENTIAL_MAX_VALUE;
		if (!(rest >= -max && rest <= max)) {
			throw new InvalidParameterException("vInit", "vInit = NaN (the resting state at zero current) is " +
				"invalid: these parameters have no resting potential between " + Checks.fmt(-max) + " and " + Checks
					.fmt(max) + " mV; give vInit in mV");
		}
		return rest;
	}
}
