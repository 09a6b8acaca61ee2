package org.neuronmodels.command;

import java.io.File;

import ij.measure.ResultsTable;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.service.ResultTables;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

/**
 * A command that simulates one neuron driven by a shared stimulus, with the
 * outputs every such command has: spikes, rate, traces, a chart, a raster
 * image and tables (the same output names in every model command).
 * Model-specific outputs (gates, recovery, adaptation) stay in the subclasses.
 */
public abstract class SingleNeuronCommand extends StimulusCommand {

	@Parameter
	protected NeuronModelsService neuron;

	@Parameter(label = "Raster bin (ms)", description = "Time bin of the raster image, in ms.",
		min = InputLimits.POSITIVE_MIN)
	protected double rasterBin = 1;

	@Parameter(label = "Record every (steps)", description = "Keep one trace sample every this many steps " +
		"(1: every step); saves memory on long runs. Spikes, rate and raster stay exact.", min = InputLimits.ONE,
		max = InputLimits.RECORD_EVERY_MAX)
	protected int recordEvery = 1;

	@Parameter(label = OutputFolderInput.LABEL, description = OutputFolderInput.DESCRIPTION, required = false,
		persist = false, style = OutputFolderInput.STYLE)
	File outputFolder;

	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	int spikeCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Firing rate (Hz)")
	double firingRate;
	@Parameter(type = ItemIO.OUTPUT, label = "Spike times (ms)")
	double[] spikeTimes;
	@Parameter(type = ItemIO.OUTPUT, label = "Time (ms)")
	double[] time;
	@Parameter(type = ItemIO.OUTPUT, label = "Voltage (mV)")
	double[] voltage;
	@Parameter(type = ItemIO.OUTPUT, label = "Injected current")
	double[] current;
	@Parameter(type = ItemIO.OUTPUT, label = "Voltage trace")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "Spike raster")
	Img<FloatType> raster;
	@Parameter(type = ItemIO.OUTPUT, label = "Spikes")
	ResultsTable spikeTable;
	@Parameter(type = ItemIO.OUTPUT, label = "Trace")
	ResultsTable traceTable;

	/** One run of the command's neuron with time step {@code dt} for {@code duration} ms. */
	@FunctionalInterface
	protected interface Run {

		/** Simulates with time step {@code dt} (ms) for {@code duration} ms, reporting to {@code monitor}. */
		SimulationResult simulate(double dt, double duration, ProgressMonitor monitor);
	}

	/**
	 * Runs {@code run} with the command's {@code dt} and {@code duration}, then
	 * the numerical checks (core.check): a blow-up is explained (step or input),
	 * doubts about the result become warnings. {@code tRef}: the refractory
	 * period (ms, 0 if none); {@code amplitude}: the input's size, named when it
	 * is the likely cause.
	 */
	protected SimulationResult simulateChecked(final Run run, final double dt, final double duration,
		final double tRef, final StimulusSpec spec, final double amplitude)
	{
		return simulateChecked(run, dt, duration, tRef, spec, amplitude, true);
	}

	/** The same; {@code accuracy = false}: a published model at its published step, the reference (no dt/2 rerun). */
	protected SimulationResult simulateChecked(final Run run, final double dt, final double duration,
		final double tRef, final StimulusSpec spec, final double amplitude, final boolean accuracy)
	{
		final ProgressMonitor monitor = progress();
		return neuron.analysis().checked((d, len) -> run.simulate(d, len, monitor), dt, duration, tRef, spec,
			amplitude, currentUnit(), accuracy, this::warn);
	}

	/**
	 * Refuses, before anything runs, a run whose recorded traces and the outputs
	 * made from them (arrays, the trace table of at most {@link ResultTables#MAX_ROWS}
	 * rows) would not fit in the Java heap, naming {@code duration} and
	 * {@code recordEvery}: samples every {@code recordEvery} steps of
	 * {@code variables} recorded state variables, plus time and input current.
	 */
	protected void checkOutputMemory(final TimeGrid grid, final int variables) {
		neuron.tables().checkMemory(grid, recordEvery, variables);
	}

	/** A handle on the registered model {@code name} that records neuron 0 every {@code recordEvery} steps. */
	protected ModelRun model(final String name) {
		return neuron.model(name).recordEvery(recordEvery);
	}

	/**
	 * Sets the shared outputs from neuron 0 of {@code result}: the firing rate
	 * counts the spikes in {@code window} (ms), the raster image is titled
	 * {@code rasterTitle}.
	 */
	protected void publish(final SimulationResult result, final double[] window, final JFreeChart voltageChart,
		final String rasterTitle)
	{
		spikeTimes = neuron.analysis().spikeTimes(result, 0);
		spikeCount = spikeTimes.length;
		firingRate = result.meanRate(window[0], window[1]);
		time = neuron.analysis().trace(result, "time", 0);
		voltage = neuron.analysis().trace(result, "voltage", 0);
		current = neuron.analysis().trace(result, "current", 0);
		chart = voltageChart;
		raster = neuron.images().raster(result, rasterBin, rasterTitle);
		spikeTable = neuron.tables().spikes(result);
		traceTable = neuron.tables().traces(result, currentUnit());
	}
}
