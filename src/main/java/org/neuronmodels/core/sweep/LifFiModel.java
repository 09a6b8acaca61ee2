package org.neuronmodels.core.sweep;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ParameterValues;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.ModelRegistry;

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
	public Object defaultValue(final String name, final ParameterValues given) {
		final int i = NAMES.indexOf(name);
		if (i < 0) throw new IllegalArgumentException("LIF has no parameter " + name);
		return DEFAULTS[i];
	}

	@Override
	public void validate(final ParameterValues p) {
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
	public double dt(final ParameterValues p) {
		return p.number("dt");
	}

	@Override
	public FiNeurons create(final ParameterValues p, final int n) {
		final LifIntegrator integrator = LifIntegrator.fromLabel(p.text("integrator"));
		final double dt = p.number("dt");
		final LifPopulation population = new LifPopulation(parameters(p, n), dt, integrator);
		final LifModel model = (LifModel) ModelRegistry.byName(LifModel.NAME);
		final ParameterValues values = new ParameterValues();
		for (final String name : model.parameterNames())
			values.set(name, p.number(name));
		return new FiNeurons(population, model.crossingTimer(population, values, dt, integrator.label()));
	}

	@Override
	public FiTheory theory(final ParameterValues p) {
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

	private static LifParameters parameters(final ParameterValues p, final int n) {
		return LifParameters.uniform(n, p.number("vRest"), p.number("vReset"), p.number("vThreshold"), p.number(
			"resistance"), p.number("tauM"), p.number("tRef"));
	}
}
