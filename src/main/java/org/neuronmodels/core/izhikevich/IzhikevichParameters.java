package org.neuronmodels.core.izhikevich;

import java.util.Arrays;

/**
 * Per-neuron constants of an Izhikevich population, one array per constant
 * (structure-of-arrays; see {@link IzhikevichCell} for the equations). Arrays
 * are wrapped, not copied: the population reads them at construction.
 */
public final class IzhikevichParameters {

	/** Time scale of u, 1/ms. */
	public final double[] a;
	/** Sensitivity of u to v. */
	public final double[] b;
	/** After-spike reset of v, mV. */
	public final double[] c;
	/** After-spike increment of u. */
	public final double[] d;
	/** Coefficients of dv/dt = vSquare·v² + vLinear·v + vConstant − u + I. */
	public final double[] vSquare, vLinear, vConstant;
	/** Constants of du/dt = a·(b·(v − uVoltageOrigin) − uDecay·u). */
	public final double[] uVoltageOrigin, uDecay;
	/** Spike cut-off, mV. */
	public final double[] vPeak;

	/** Wraps the given arrays, which must all have the same length. */
	public IzhikevichParameters(final double[] a, final double[] b, final double[] c, final double[] d,
		final double[] vSquare, final double[] vLinear, final double[] vConstant, final double[] uVoltageOrigin,
		final double[] uDecay, final double[] vPeak)
	{
		final int n = a.length;
		for (final double[] x : new double[][] { b, c, d, vSquare, vLinear, vConstant, uVoltageOrigin, uDecay,
			vPeak })
			if (x.length != n) throw new IllegalArgumentException("Izhikevich parameter arrays differ in length");
		this.a = a;
		this.b = b;
		this.c = c;
		this.d = d;
		this.vSquare = vSquare;
		this.vLinear = vLinear;
		this.vConstant = vConstant;
		this.uVoltageOrigin = uVoltageOrigin;
		this.uDecay = uDecay;
		this.vPeak = vPeak;
	}

	/** {@code n} neurons with the constants of {@code cell}. */
	public static IzhikevichParameters uniform(final int n, final IzhikevichCell cell) {
		return new IzhikevichParameters(filled(n, cell.a), filled(n, cell.b), filled(n, cell.c), filled(n, cell.d),
			filled(n, cell.vSquare), filled(n, cell.vLinear), filled(n, cell.vConstant), filled(n,
				cell.uVoltageOrigin), filled(n, cell.uDecay), filled(n, cell.vPeak));
	}

	/** The number of neurons. */
	public int size() {
		return a.length;
	}

	/** The constants of neuron {@code i}. */
	public IzhikevichCell cell(final int i) {
		return IzhikevichCell.of(a[i], b[i], c[i], d[i]).withVEquation(vSquare[i], vLinear[i], vConstant[i])
			.withUEquation(uVoltageOrigin[i], uDecay[i]).withPeak(vPeak[i]);
	}

	/** Checks every neuron's constants; the error names the parameter, its unit and the allowed range. */
	public IzhikevichParameters validate() {
		for (int i = 0; i < size(); i++)
			cell(i).validate();
		return this;
	}

	private static double[] filled(final int n, final double value) {
		final double[] x = new double[n];
		Arrays.fill(x, value);
		return x;
	}
}
