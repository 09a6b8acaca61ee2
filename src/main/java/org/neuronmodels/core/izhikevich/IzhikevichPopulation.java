package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.integrate.Stepper;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Izhikevich neurons, structure-of-arrays, advanced by one {@link IzhikevichScheme}
 * (see {@link IzhikevichCell} for the equations): the paper loops
 * ({@link IzhikevichLoops}, registered integrators of this model) or the
 * shared forward Euler. Variables: {@code V} (mV)
 * and the recovery variable {@code u} (the model's current units).
 * <p>
 * A spike during a step leaves {@code v = vPeak} (so the trace shows the spike
 * at 30 mV in the sample after the crossing, as the paper's figures do) and
 * {@code u + d}; the reset {@code v ← c} is applied at the start of the next
 * step, before integrating. The dynamics are those of an immediate reset.
 * </p>
 */
public final class IzhikevichPopulation implements SpikingPopulation {

	private static final String[] VARIABLES = { "V", "u" };

	private final int n;
	private final double dt;
	private final IzhikevichScheme scheme;
	private final Stepper stepper;
	private final double[] v, u;
	private final boolean[] resetPending;
	private final double[] a, b, c, d, vSquare, vLinear, vConstant, uVoltageOrigin, uDecay, vPeak;

	/** A population at {@code v = c}, {@code u = b·c}, advancing by {@code dt} ms with {@code scheme}. */
	public IzhikevichPopulation(final IzhikevichParameters p, final double dt, final IzhikevichScheme scheme) {
		p.validate();
		this.dt = Checks.positive("dt", "ms", dt);
		this.n = p.size();
		this.scheme = scheme;
		this.a = p.a;
		this.b = p.b;
		this.c = p.c;
		this.d = p.d;
		this.vSquare = p.vSquare;
		this.vLinear = p.vLinear;
		this.vConstant = p.vConstant;
		this.uVoltageOrigin = p.uVoltageOrigin;
		this.uDecay = p.uDecay;
		this.vPeak = p.vPeak;
		this.v = p.c.clone();
		this.u = new double[n];
		for (int i = 0; i < n; i++)
			u[i] = b[i] * v[i];
		this.resetPending = new boolean[n];
		this.stepper = scheme.scheme().stepper(new Equations(), new double[][] { v, u }, dt);
	}

	/** Sets the state of neuron {@code i}: {@code v} in mV (below its peak) and {@code u}. */
	public void setState(final int i, final double vInit, final double uInit) {
		Checks.finite("vInit", "mV", vInit);
		if (!(vInit < vPeak[i])) throw Checks.invalid("vInit", "mV", vInit, "must be below the spike peak " + Checks
			.fmt(vPeak[i]) + " mV");
		v[i] = vInit;
		u[i] = Checks.finite("uInit", IzhikevichCell.CURRENT_UNIT, uInit);
		resetPending[i] = false;
	}

	/** The scheme this population uses. */
	public IzhikevichScheme scheme() {
		return scheme;
	}

	@Override
	public int size() {
		return n;
	}

	@Override
	public double dt() {
		return dt;
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		for (int i = 0; i < n; i++)
			if (resetPending[i]) v[i] = c[i];
		stepper.step(input, 0, n);
		final boolean strict = scheme == IzhikevichScheme.FIGURE_1;
		int count = 0;
		for (int i = 0; i < n; i++) {
			final double x = v[i];
			final boolean fired = strict ? x > vPeak[i] : x >= vPeak[i];
			resetPending[i] = fired;
			if (fired) {
				v[i] = vPeak[i];
				u[i] += d[i];
				spiked[count++] = i;
			}
		}
		return count;
	}

	/** The right-hand side, for the shared integrators and the paper loops. */
	private final class Equations implements IzhikevichEquations {


		@Override
		public void increments(final int first, final int count, final double[][] y, final double[] input,
			final double h, final double[][] inc)
		{
			final double[] x = y[0], w = y[1], fv = inc[0], fu = inc[1];
			for (int j = 0; j < count; j++) {
				final int i = first + j;
				fv[j] = h * dv(i, x[j], w[j], input[i]);
				fu[j] = h * a[i] * uDrive(i, x[j], w[j]);
			}
		}

		/** dv/dt as figure1.m writes it: {@code 0.04*V^2 + 5*V + 140 - u + I}. */
		@Override
		public double dv(final int i, final double x, final double y, final double current) {
			return IzhikevichCell.dv(vSquare[i], vLinear[i], vConstant[i], x, y, current);
		}

		/** du/dt divided by a: {@code b*V - u} in the standard model. */
		@Override
		public double uDrive(final int i, final double x, final double y) {
			return b[i] * (x - uVoltageOrigin[i]) - uDecay[i] * y;
		}

		@Override
		public double a(final int i) {
			return a[i];
		}
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
		return new String[] { "mV", IzhikevichCell.CURRENT_UNIT };
	}

	@Override
	public double[] variable(final int index) {
		if (index == 0) return v;
		if (index == 1) return u;
		throw new IndexOutOfBoundsException("variable " + index);
	}
}
