package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ParameterValues;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.expif.ExpIfPopulation;
import org.neuronmodels.core.expif.ExpIfSimulation;

/**
 * The exponential integrate-and-fire model for f–I sweeps. The analytic
 * rheobase is known ({@link ExpIfTheory#rheobase}), the rate is not. Spike
 * times are not interpolated: the population resets inside the step and does
 * not expose the voltage it reached.
 */
public final class ExpIfFiModel implements FiModel {

	private static final List<String> NAMES = Arrays.asList("tauM", "resistance", "vRest", "vReset", "vRheobase",
		"deltaT", "vSpike", "tRef", "dt", "integrator");

	/** The defaults of the ExpIF command (neurodynex3), in the order of {@link #NAMES}. */
	private static final Object[] DEFAULTS = { 12.0, 20.0, -65.0, -60.0, -55.0, 2.0, -30.0, 0.0, 0.05, "Euler" };

	@Override
	public String label() {
		return "ExpIF";
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
		if (i < 0) throw new IllegalArgumentException("ExpIF has no parameter " + name);
		return DEFAULTS[i];
	}

	@Override
	public void validate(final ParameterValues p) {
		parameters(p, 1).validate();
		ExpIfIntegrator.fromLabel(p.text("integrator"));
		ExpIfSimulation.checkStep(Checks.positive("dt", "ms", p.number("dt")), "tauM", p.number("tauM"));
	}

	@Override
	public double dt(final ParameterValues p) {
		return p.number("dt");
	}

	@Override
	public FiNeurons create(final ParameterValues p, final int n) {
		return new FiNeurons(new ExpIfPopulation(parameters(p, n), p.number("dt"), ExpIfIntegrator.fromLabel(p.text(
			"integrator"))), null);
	}

	@Override
	public FiTheory theory(final ParameterValues p) {
		final double rheobase = ExpIfTheory.rheobase(p.number("vRest"), p.number("vRheobase"), p.number("deltaT"), p
			.number("resistance"));
		return FiTheory.rheobaseOnly(rheobase);
	}

	private static ExpIfParameters parameters(final ParameterValues p, final int n) {
		return ExpIfParameters.uniform(n, p.number("tauM"), p.number("resistance"), p.number("vRest"), p.number(
			"vReset"), p.number("vRheobase"), p.number("deltaT"), p.number("vSpike"), p.number("tRef"));
	}
}
