package org.neuronmodels.service;

import java.util.List;

import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.izhikevich.IzhikevichSimulation;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * The Izhikevich presets with their published protocols (each behaviour of
 * Izhikevich 2004, Fig. 1, has its own stimulus, duration and step), reached as
 * {@code neuron.izhikevich()}. For the plain model with your own stimulus use
 * {@code neuron.model("Izhikevich")}.
 */
public final class IzhikevichRuns {

	IzhikevichRuns() {}

	/** The named presets: the 20 behaviours of Izhikevich (2004) Fig. 1, then the 2003 classes. */
	public List<IzhikevichPreset> presets() {
		return IzhikevichPresets.all();
	}

	/** The preset with this label (case-insensitive), e.g. "(A) tonic spiking". */
	public IzhikevichPreset preset(final String label) {
		return IzhikevichPresets.byLabel(label);
	}

	/**
	 * A Custom preset: the cell {@code a, b, c, d}, v starting at {@code vInit} mV (u at b·vInit), step
	 * {@code dt} and {@code duration} ms, driven by {@code stimulus} (pA, as the published protocols).
	 */
	public IzhikevichPreset custom(final double a, final double b, final double c, final double d,
		final double vInit, final double dt, final double duration, final Stimulus stimulus)
	{
		return IzhikevichPresets.custom(IzhikevichCell.of(a, b, c, d), vInit, dt, duration, stimulus);
	}

	/** Runs {@code preset}'s protocol with {@code integration} ("Published" or "Consistent") at the preset's own step. */
	public SimulationResult run(final IzhikevichPreset preset, final String integration) {
		return run(preset, integration, 0, 1, ProgressMonitor.NONE);
	}

	/**
	 * Runs {@code preset}'s protocol with {@code integration} ("Published" or "Consistent") and step {@code dt}
	 * ms (0: the preset's), one trace sample every {@code recordEvery} steps (spikes stay exact).
	 */
	public SimulationResult run(final IzhikevichPreset preset, final String integration, final double dt,
		final int recordEvery, final ProgressMonitor monitor)
	{
		return IzhikevichSimulation.run(preset, IzhikevichIntegration.fromLabel(integration), dt, Recording.of(0)
			.every(recordEvery), monitor == null ? ProgressMonitor.NONE : monitor);
	}

	/** Runs the 20 behaviours of Izhikevich (2004) Fig. 1 with {@code integration} ("Published" or "Consistent"). */
	public IzhikevichGallery gallery(final String integration, final ProgressMonitor monitor) {
		return IzhikevichGallery.run(IzhikevichIntegration.fromLabel(integration), monitor == null
			? ProgressMonitor.NONE : monitor);
	}

	/** The same without progress reporting. */
	public IzhikevichGallery gallery(final String integration) {
		return gallery(integration, ProgressMonitor.NONE);
	}
}
