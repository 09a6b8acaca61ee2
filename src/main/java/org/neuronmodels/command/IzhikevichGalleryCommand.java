package org.neuronmodels.command;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Runs the 20 behaviours of Izhikevich (2004) Fig. 1 and draws them in one 4 × 5 figure. */
@Plugin(type = Command.class, label = "Izhikevich Gallery",
	menuPath = "Plugins>Neuron Models>Izhikevich Gallery...")
public class IzhikevichGalleryCommand extends NeuronModelsCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Integration", description = "Published: figure1.m's loop at each panel's own tau. " +
		"Consistent: forward Euler on the same equations at the same tau.",
		choices = { IzhikevichIntegration.PUBLISHED_LABEL, IzhikevichIntegration.CONSISTENT_LABEL })
	String integration = "Published";

	@Parameter(type = ItemIO.OUTPUT, label = "Izhikevich gallery")
	JFreeChart gallery;
	@Parameter(type = ItemIO.OUTPUT, label = "Izhikevich gallery table")
	ResultsTable galleryTable;
	@Parameter(type = ItemIO.OUTPUT, label = "Presets")
	String[] presetLabels;
	@Parameter(type = ItemIO.OUTPUT, label = "Spike counts")
	int[] spikeCounts;
	@Parameter(type = ItemIO.OUTPUT, label = "First spike times (ms)")
	double[] firstSpikeTimes;

	@Override
	protected void execute() {
		final IzhikevichGallery g = neuron.izhikevich().gallery(integration, progress());
		gallery = neuron.charts().izhikevichGallery(g);
		galleryTable = neuron.tables().izhikevichGallery(g);
		presetLabels = g.labels();
		spikeCounts = g.spikeCounts();
		firstSpikeTimes = g.firstSpikeTimes();
	}
}
