package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.record.Traces;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.plot.LineChart;
import org.neuronmodels.sweep.SweepRequest;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.plot.TraceChart;
import org.neuronmodels.table.ScriptTables;
import org.neuronmodels.table.Tables;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Default implementation of {@link NeuronModelsService}. */
@Plugin(type = Service.class)
public class DefaultNeuronModelsService extends AbstractService implements NeuronModelsService {

	@Override
	public SimulationResult simulateLif(final LifParameters parameters, final LifIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return LifSimulation.run(parameters, integrator, dt, duration, stimulus, monitor);
	}

	@Override
	public JFreeChart voltageChart(final SimulationResult result, final String title, final String currentUnit,
		final double threshold, final double spikePeak)
	{
		final TraceRecord tr = result.traces();
		final double[] t = tr.time();
		double[] v = tr.voltage(0);
		if (!Double.isNaN(spikePeak)) {
			v = Traces.withSpikePeaks(t, v, result.spikes().timesOf(tr.neurons()[0]), spikePeak);
		}
		final TraceChart chart = TraceChart.create(title, "Time (ms)") //
			.panel("I (" + currentUnit + ")", 1).series("I", t, tr.current(0)) //
			.panel("V (mV)", 2).series("V", t, v);
		if (!Double.isNaN(threshold)) chart.horizontalLine("threshold", threshold);
		return chart.build();
	}

	@Override
	public CalibratedImg raster(final SimulationResult result, final double binMs, final String title) {
		return Rasters.raster(result.spikes(), result.grid().duration(), binMs, title);
	}

	@Override
	public ResultsTable spikeTable(final SimulationResult result) {
		return Tables.spikes(result.spikes());
	}

	@Override
	public ResultsTable traceTable(final SimulationResult result, final String currentUnit) {
		return Tables.traces(result.traces(), 0, currentUnit);
	}

	// -- Scripting: models, stimuli, results, sweeps, charts and tables --

	// NB: services a sweep needs (started with this service in any context)
	@Parameter
	private CommandService commandService;
	@Parameter
	private ModuleService moduleService;
	@Parameter
	private ParseService parseService;
	@Parameter
	private ConvertService convertService;

	@Override
	public LifModel lif() {
		return new LifModel();
	}

	@Override
	public Stimulus constant(final double amplitude) {
		return Stimuli.constant(amplitude);
	}

	@Override
	public Stimulus step(final double amplitude, final double start, final double stop) {
		return Stimuli.step(amplitude, start, stop);
	}

	@Override
	public Stimulus pulseTrain(final double amplitude, final double start, final double stop, final double frequency,
		final double width)
	{
		return Stimuli.pulseTrain(amplitude, start, stop, frequency, width);
	}

	@Override
	public Stimulus ramp(final double start, final double stop, final double from, final double to) {
		return Stimuli.ramp(start, stop, from, to);
	}

	@Override
	public Stimulus sine(final double amplitude, final double frequency, final double offset,
		final double phaseDegrees)
	{
		return Stimuli.sine(amplitude, frequency, offset, Math.toRadians(phaseDegrees));
	}

	@Override
	public Stimulus whiteNoise(final double mean, final double sigma, final long seed) {
		return Stimuli.whiteNoise(mean, sigma, seed);
	}

	@Override
	public Stimulus ouNoise(final double mean, final double sigma, final double tau, final long seed) {
		return Stimuli.ornsteinUhlenbeck(mean, sigma, tau, seed);
	}

	@Override
	public Stimulus table(final double[] samples, final double sampleDt) {
		return Stimuli.table(samples, sampleDt);
	}

	@Override
	public double[] spikeTimes(final SimulationResult result, final int neuron) {
		return result.spikes().timesOf(neuron);
	}

	@Override
	public double[] rates(final SimulationResult result, final double from, final double to) {
		final SpikeRecord spikes = result.spikes();
		final double[] rates = new double[spikes.populationSize()];
		for (int k = 0; k < spikes.count(); k++)
			if (SpikeRecord.inWindow(spikes.time(k), from, to)) rates[spikes.neuron(k)]++;
		for (int i = 0; i < rates.length; i++)
			rates[i] /= (to - from) / 1000.0;
		return rates;
	}

	@Override
	public SweepRequest sweep(final String command) {
		return new SweepRequest(getContext(), command);
	}

	@Override
	public LineChart chart(final String title, final String xLabel, final String yLabel) {
		return LineChart.create(title, xLabel, yLabel);
	}

	@Override
	public ResultsTable table(final Map<String, ?> columns) {
		return ScriptTables.columns(columns);
	}
}

