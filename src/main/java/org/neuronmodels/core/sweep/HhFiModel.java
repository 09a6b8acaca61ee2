package org.neuronmodels.core.sweep;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.model.ParameterValues;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.core.hh.HhIntegrator;
import org.neuronmodels.core.hh.HhParameters;
import org.neuronmodels.core.hh.HhPopulation;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The Hodgkin-Huxley model for f–I sweeps (currents in &micro;A/cm&sup2;). A
 * spike is an upward crossing of {@code spikeThreshold}; the voltage is not
 * reset, so the crossing is located by linear interpolation between the
 * voltages at the start and the end of the step, and there is no reset lag.
 * No closed-form rate.
 */
public final class HhFiModel implements FiModel {

	private static final List<String> NAMES = Arrays.asList("convention", "celsius", "gNa", "gK", "gL", "eNa", "eK",
		"eL", "capacitance", "vInit", "spikeThreshold", "dt", "integrator");

	@Override
	public String label() {
		return "Hodgkin-Huxley";
	}

	@Override
	public String currentUnit() {
		return "µA/cm²";
	}

	@Override
	public List<String> parameterNames() {
		return NAMES;
	}

	@Override
	public Object defaultValue(final String name, final ParameterValues given) {
		final HhConvention c = given.has("convention") && !FiModels.isUnset(given.asMap().get("convention"))
			? conventionOrModern(given.text("convention")) : HhConvention.MODERN;
		switch (name) {
			case "convention":
				return HhConvention.MODERN.label();
			case "celsius":
				return HhConvention.REFERENCE_CELSIUS;
			case "gNa":
				return HhConvention.G_NA;
			case "gK":
				return HhConvention.G_K;
			case "gL":
				return HhConvention.G_L;
			case "eNa":
				return c.eNa();
			case "eK":
				return c.eK();
			case "eL":
				return c.eL();
			case "capacitance":
				return HhConvention.CAPACITANCE;
			case "vInit":
				return c.restPotential();
			case "spikeThreshold":
				return c.spikeThreshold();
			case "dt":
				return 0.01;
			case "integrator":
				return "RK4";
			default:
				throw new IllegalArgumentException("Hodgkin-Huxley has no parameter " + name);
		}
	}

	private static HhConvention conventionOrModern(final String label) {
		for (final HhConvention c : HhConvention.values())
			if (c.label().equalsIgnoreCase(label) || c.name().equalsIgnoreCase(label)) return c;
		return HhConvention.MODERN; // validate() reports the invalid label
	}

	@Override
	public void validate(final ParameterValues p) {
		parameters(p, 1).validate();
		HhIntegrator.fromLabel(p.text("integrator"));
		Checks.positive("dt", "ms", p.number("dt"));
	}

	@Override
	public double dt(final ParameterValues p) {
		return p.number("dt");
	}

	@Override
	public FiNeurons create(final ParameterValues p, final int n) {
		final HhPopulation population = new HhPopulation(parameters(p, n), p.number("dt"), HhIntegrator.fromLabel(p
			.text("integrator")));
		return new FiNeurons(population, new LinearCrossing(population, p.number("spikeThreshold")));
	}

	private static HhParameters parameters(final ParameterValues p, final int n) {
		return HhParameters.uniform(n, HhConvention.fromLabel(p.text("convention")), p.number("gNa"), p.number("gK"),
			p.number("gL"), p.number("eNa"), p.number("eK"), p.number("eL"), p.number("capacitance"), p.number(
				"celsius"), p.number("vInit"), p.number("spikeThreshold"));
	}

	/** Linear interpolation of V between the start and the end of the step (no reset). */
	static final class LinearCrossing implements CrossingTimer {

		private final SpikingPopulation population;
		private final double threshold;

		LinearCrossing(final SpikingPopulation population, final double threshold) {
			this.population = population;
			this.threshold = threshold;
		}

		@Override
		public double fraction(final int neuron, final double vStart, final double input) {
			final double vEnd = population.voltage()[neuron];
			final double f = (threshold - vStart) / (vEnd - vStart);
			return f > 1 ? 1 : f > 0 ? f : Double.MIN_VALUE;
		}

		@Override
		public boolean resetsAtStepEnd() {
			return false;
		}
	}
}
