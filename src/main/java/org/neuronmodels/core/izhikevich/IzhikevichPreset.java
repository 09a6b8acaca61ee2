package org.neuronmodels.core.izhikevich;

import java.util.Objects;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * One published (or custom) Izhikevich experiment, immutable: the neuron's
 * constants, its initial state, the stimulus protocol, the time step and
 * duration, and the scheme the paper's own code integrates it with.
 */
public final class IzhikevichPreset {

	private final String label;
	private final IzhikevichCell cell;
	private final double vInit, uInit, dt, duration;
	private final Stimulus stimulus;
	private final IzhikevichScheme publishedScheme;

	/**
	 * A preset; checks every value ({@code vInit} mV below the peak, {@code dt}
	 * and {@code duration} in ms, at least one step).
	 */
	public IzhikevichPreset(final String label, final IzhikevichCell cell, final double vInit, final double uInit,
		final double dt, final double duration, final Stimulus stimulus, final IzhikevichScheme publishedScheme)
	{
		this.label = Objects.requireNonNull(label, "label");
		this.cell = cell.validate();
		this.vInit = Checks.finite("vInit", "mV", vInit);
		if (!(vInit < cell.vPeak)) {
			throw Checks.invalid("vInit", "mV", vInit, "must be below the spike peak " + Checks.fmt(cell.vPeak) + " mV");
		}
		this.uInit = Checks.finite("uInit", IzhikevichCell.CURRENT_UNIT, uInit);
		this.dt = dt;
		this.duration = duration;
		TimeGrid.of(duration, dt);
		this.stimulus = Objects.requireNonNull(stimulus, "stimulus");
		this.publishedScheme = Objects.requireNonNull(publishedScheme, "publishedScheme");
	}

	/** The label, e.g. "(A) tonic spiking". */
	public String label() {
		return label;
	}

	/** The neuron's constants. */
	public IzhikevichCell cell() {
		return cell;
	}

	/** The initial membrane potential, mV. */
	public double vInit() {
		return vInit;
	}

	/** The initial recovery variable. */
	public double uInit() {
		return uInit;
	}

	/** The published time step (the figure code's {@code tau}), ms. */
	public double dt() {
		return dt;
	}

	/** The simulated time, ms (the figure code's {@code tspan(end)}). */
	public double duration() {
		return duration;
	}

	/** The injected current, in {@link IzhikevichCell#CURRENT_UNIT}. */
	public Stimulus stimulus() {
		return stimulus;
	}

	/** The scheme of the paper's own code for this experiment. */
	public IzhikevichScheme publishedScheme() {
		return publishedScheme;
	}

	@Override
	public String toString() {
		return label + ": " + cell.describe() + "; v0 = " + Checks.fmt(vInit) + " mV, u0 = " + Checks.fmt(uInit) +
			"; " + stimulus.describe() + "; dt = " + Checks.fmt(dt) + " ms, " + Checks.fmt(duration) + " ms";
	}
}
