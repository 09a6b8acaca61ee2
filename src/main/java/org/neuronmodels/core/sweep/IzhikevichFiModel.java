package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.ParameterValues;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichParameters;
import org.neuronmodels.core.izhikevich.IzhikevichPopulation;
import org.neuronmodels.core.izhikevich.IzhikevichScheme;

/**
 * The Izhikevich (2003) model for f–I sweeps with the Izhikevich command's
 * Custom inputs: {@code a, b, c, d}, {@code vInit} ({@code u} starts at
 * {@code b·vInit}), {@code dt} (0: the command's Custom step, 0.25 ms) and
 * {@code integration} (Published: figure1.m's loop; Consistent: forward
 * Euler). Currents in the model's dimensionless units. No closed form; spike
 * times are not interpolated (the population registers the spike at its peak).
 */
public final class IzhikevichFiModel implements FiModel {

	/** The step of the Izhikevich command's Custom preset when dt is 0, ms. */
	static final double CUSTOM_DT = 0.25;

	private static final List<String> NAMES = Arrays.asList("a", "b", "c", "d", "vInit", "dt", "integration");

	/** The Custom defaults of the Izhikevich command, in the order of {@link #NAMES}. */
	private static final Object[] DEFAULTS = { 0.02, 0.2, -65.0, 6.0, -70.0, 0.0, "Published" };

	@Override
	public String label() {
		return "Izhikevich";
	}

	@Override
	public String currentUnit() {
		return IzhikevichCell.CURRENT_UNIT;
	}

	@Override
	public List<String> parameterNames() {
		return NAMES;
	}

	@Override
	public Object defaultValue(final String name, final ParameterValues given) {
		final int i = NAMES.indexOf(name);
		if (i < 0) throw new IllegalArgumentException("Izhikevich has no parameter " + name);
		return DEFAULTS[i];
	}

	@Override
	public void validate(final ParameterValues p) {
		final IzhikevichCell cell = cell(p).validate();
		IzhikevichIntegration.fromLabel(p.text("integration"));
		Checks.inRange("dt", "ms", p.number("dt"), 0, 5);
		Checks.finite("vInit", "mV", p.number("vInit"));
		if (!(p.number("vInit") < cell.vPeak)) {
			throw Checks.invalid("vInit", "mV", p.number("vInit"), "must be below the spike peak " + Checks.fmt(
				cell.vPeak) + " mV");
		}
	}

	@Override
	public double dt(final ParameterValues p) {
		return p.number("dt") == 0 ? CUSTOM_DT : p.number("dt");
	}

	@Override
	public FiNeurons create(final ParameterValues p, final int n) {
		final IzhikevichCell cell = cell(p);
		final IzhikevichScheme scheme = IzhikevichIntegration.fromLabel(p.text("integration")) ==
			IzhikevichIntegration.PUBLISHED ? IzhikevichScheme.FIGURE_1 : IzhikevichScheme.EULER;
		final IzhikevichPopulation population = new IzhikevichPopulation(IzhikevichParameters.uniform(n, cell), dt(p),
			scheme);
		final double v0 = p.number("vInit");
		for (int i = 0; i < n; i++)
			population.setState(i, v0, cell.b * v0);
		return new FiNeurons(population, null);
	}

	private static IzhikevichCell cell(final ParameterValues p) {
		return IzhikevichCell.of(p.number("a"), p.number("b"), p.number("c"), p.number("d"));
	}
}
