package org.neuronmodels.core.sweep;

import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;

/**
 * The leaky integrate-and-fire model for f–I sweeps. Threshold crossings are
 * timed exactly for the exact update (the exponential inverted inside the
 * step) and by linear interpolation for Euler (whose trajectory is linear
 * inside a step, so this is exact too).
 */
public final class LifFiModel implements FiModel {

	private static final List<String> NAMES = Arrays.asList("vRest", "vReset", "vThreshold", "resistance", "tauM",
		"tRef", "dt", "integrator");

	/** The defaults of the LIF command, in the order of {@link #NAMES}. */
	private static final Object[] DEFAULTS = { -70.0, -65.0, -50.0, 10.0, 8.0, 2.0, 0.1, "Exact" };

	@Override
	public String label() {
		return "LIF";
	}

	@Override
	public String currentUnit() {
		return "nA";
	}

	@Override
	public List<String> parameterNames() {
		return NAMES;
	}

	@Override
	public Object defaultValue(final String name, final ModelParameters given) {
		final int i = NAMES.indexOf(name);
		if (i < 0) throw new IllegalArgumentException("LIF has no parameter " + name);
		return DEFAULTS[i];
	}

	@Override
	public void validate(final ModelParameters p) {
		parameters(p, 1).validate();
		LifIntegrator.fromLabel(p.text("integrator"));
		final double dt = Checks.positive("dt", "ms", p.number("dt"));
		final double tauM = p.number("tauM");
		if (dt > tauM) {
			throw Checks.invalid("dt", "ms", dt, "must not exceed tauM = " + Checks.fmt(tauM) +
				" ms (use dt ≤ tauM/10 for accuracy)");
		}
	}

	@Override
	public double dt(final ModelParameters p) {
		return p.number("dt");
	}

	@Override
	public FiNeurons create(final ModelParameters p, final int n) {
		final LifIntegrator integrator = LifIntegrator.fromLabel(p.text("integrator"));
		final double dt = p.number("dt");
		final LifPopulation population = new LifPopulation(parameters(p, n), dt, integrator);
		return new FiNeurons(population, new Timer(p, dt, integrator));
	}

	@Override
	public FiTheory theory(final ModelParameters p) {
		final double vRest = p.number("vRest"), vReset = p.number("vReset"), vTh = p.number("vThreshold");
		final double r = p.number("resistance"), tau = p.number("tauM"), tRef = p.number("tRef");
		return new FiTheory() {

			@Override
			public double rate(final double current) {
				return LifTheory.rate(vRest, vReset, vTh, r, tau, tRef, current);
			}

			@Override
			public double rheobase() {
				return LifTheory.rheobase(vRest, vTh, r);
			}
		};
	}

	private static LifParameters parameters(final ModelParameters p, final int n) {
		return LifParameters.uniform(n, p.number("vRest"), p.number("vReset"), p.number("vThreshold"), p.number(
			"resistance"), p.number("tauM"), p.number("tRef"));
	}

	/** Crossing times of identical LIF neurons; the input differs per neuron. */
	private static final class Timer implements CrossingTimer {

		private final double vRest, vTh, r, tau, dt;
		private final boolean exact;

		Timer(final ModelParameters p, final double dt, final LifIntegrator integrator) {
			this.vRest = p.number("vRest");
			this.vTh = p.number("vThreshold");
			this.r = p.number("resistance");
			this.tau = p.number("tauM");
			this.dt = dt;
			this.exact = integrator == LifIntegrator.EXACT;
		}

		@Override
		public double fraction(final int neuron, final double vStart, final double input) {
			final double vInf = vRest + r * input;
			// Exact: V(s) = V∞ + (V0 − V∞)·exp(−s/τ) = V_th  ⇔  s = τ·ln((V0 − V∞)/(V_th − V∞)).
			// Euler: V(s) = V0 + s/τ·(V∞ − V0) along the step  ⇔  s = τ·(V_th − V0)/(V∞ − V0).
			final double s = exact ? tau * Math.log((vStart - vInf) / (vTh - vInf)) : tau * (vTh - vStart) /
				(vInf - vStart);
			final double f = s / dt;
			return f > 1 ? 1 : f > 0 ? f : Double.MIN_VALUE;
		}

		@Override
		public boolean resetsAtStepEnd() {
			return true;
		}
	}
}
