package org.neuronmodels.core.izhikevich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.neuronmodels.core.sim.SimulationResult;

/** The 20 behaviours of Izhikevich (2004) Fig. 1, each run as its preset says, in figure order. */
public final class IzhikevichGallery {

	private final IzhikevichIntegration integration;
	private final List<IzhikevichPreset> presets;
	private final List<SimulationResult> results;

	private IzhikevichGallery(final IzhikevichIntegration integration, final List<IzhikevichPreset> presets,
		final List<SimulationResult> results)
	{
		this.integration = integration;
		this.presets = Collections.unmodifiableList(presets);
		this.results = Collections.unmodifiableList(results);
	}

	/** Runs every Fig. 1 preset with {@code integration} at its own time step. */
	public static IzhikevichGallery run(final IzhikevichIntegration integration, final ProgressMonitor monitor) {
		final List<IzhikevichPreset> presets = IzhikevichPresets.figure1();
		final List<SimulationResult> results = new ArrayList<>();
		for (int i = 0; i < presets.size(); i++) {
			if (monitor.isCancelled()) throw new SimulationCancelledException(0);
			results.add(IzhikevichSimulation.run(presets.get(i), integration, 0, ProgressMonitor.NONE));
			monitor.progress(i + 1, presets.size());
		}
		return new IzhikevichGallery(integration, new ArrayList<>(presets), results);
	}

	/** The integration every panel was run with. */
	public IzhikevichIntegration integration() {
		return integration;
	}

	/** The presets, (A) to (T). */
	public List<IzhikevichPreset> presets() {
		return presets;
	}

	/** The run of each preset, in the same order. */
	public List<SimulationResult> results() {
		return results;
	}

	/** The labels of the presets. */
	public String[] labels() {
		return presets.stream().map(IzhikevichPreset::label).toArray(String[]::new);
	}

	/** The number of spikes of each preset. */
	public int[] spikeCounts() {
		return results.stream().mapToInt(r -> r.spikes().count()).toArray();
	}

	/** The first spike time of each preset in ms, NaN if it did not fire. */
	public double[] firstSpikeTimes() {
		return results.stream().mapToDouble(r -> r.spikes().count() == 0 ? Double.NaN : r.spikes().time(0))
			.toArray();
	}
}
