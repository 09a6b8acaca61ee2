package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ParameterValues;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExPopulation;
import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfSimulation;

/**
 * The adaptive exponential integrate-and-fire model for f–I sweeps, with the
 * AdEx command's units ({@code a} in nS, {@code b} in pA). The rate is the
 * mean over the rate window, adaptation included (use a long run for the
 * adapted rate). The analytic rheobase is the saddle-node current when rest
 * loses stability there ({@code a·R < τ_m/τ_w}, Touboul &amp; Brette 2008), else
 * unknown. Spike times are not interpolated (the reset happens inside the step).
 */
public final class AdExFiModel implements FiModel {

	private static final List<String> NAMES = Arrays.asList("tauM", "resistance", "vRest", "vReset", "vRheobase",
		"deltaT", "a", "tauW", "b", "vSpike", "dt", "integrator");

	/** The defaults of the AdEx command (neurodynex3), in the order of {@link #NAMES}. */
	private static final Object[] DEFAULTS = { 5.0, 500.0, -70.0, -51.0, -50.0, 2.0, 0.5, 100.0, 7.0, -30.0, 0.01,
		"Euler" };

	@Override
	public String label() {
		return "AdEx";
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
		if (i < 0) throw new IllegalArgumentException("AdEx has no parameter " + name);
		return DEFAULTS[i];
	}

	@Override
	public void validate(final ParameterValues p) {
		Checks.inRange("a", "nS", p.number("a"), -1e6, 1e6);
		Checks.inRange("b", "pA", p.number("b"), -1e6, 1e6);
		parameters(p, 1).validate();
		ExpIfIntegrator.fromLabel(p.text("integrator"));
		final double dt = Checks.positive("dt", "ms", p.number("dt"));
		ExpIfSimulation.checkStep(dt, "tauM", p.number("tauM"));
		ExpIfSimulation.checkStep(dt, "tauW", p.number("tauW"));
	}

	@Override
	public double dt(final ParameterValues p) {
		return p.number("dt");
	}

	@Override
	public FiNeurons create(final ParameterValues p, final int n) {
		return new FiNeurons(new AdExPopulation(parameters(p, n), p.number("dt"), ExpIfIntegrator.fromLabel(p.text(
			"integrator"))), null);
	}

	@Override
	public FiTheory theory(final ParameterValues p) {
		final double aR = p.number("a") * 1e-3 * p.number("resistance");
		final double rheobase = aR < p.number("tauM") / p.number("tauW") ? ExpIfTheory.saddleNodeCurrent(p.number(
			"vRest"), p.number("vRheobase"), p.number("deltaT"), p.number("resistance"), p.number("a") * 1e-3)
			: Double.NaN;
		return FiTheory.rheobaseOnly(rheobase);
	}

	private static AdExParameters parameters(final ParameterValues p, final int n) {
		return AdExParameters.uniform(n, p.number("tauM"), p.number("resistance"), p.number("vRest"), p.number(
			"vReset"), p.number("vRheobase"), p.number("deltaT"), p.number("a") * 1e-3, p.number("tauW"), p.number(
				"b") * 1e-3, p.number("vSpike")); // nS → µS, pA → nA
	}
}
