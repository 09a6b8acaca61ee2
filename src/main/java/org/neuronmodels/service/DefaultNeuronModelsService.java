package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExSimulation;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.expif.ExpIfSimulation;
import org.neuronmodels.core.hh.HhIntegrator;
import org.neuronmodels.core.hh.HhParameters;
import org.neuronmodels.core.hh.HhSimulation;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.izhikevich.IzhikevichSimulation;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.table.IzhikevichTables;
import org.neuronmodels.table.Tables;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;
import java.util.Map;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.plot.LineChart;
import org.neuronmodels.plot.ResultCharts;
import org.neuronmodels.commandsweep.SweepRequest;
import org.neuronmodels.table.ScriptTables;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.Parameter;

/** Default implementation of {@link NeuronModelsService}. */
@Plugin(type = Service.class)
public class DefaultNeuronModelsService extends AbstractService implements NeuronModelsService {

	/** Started with this service, so that every command's Table stimulus can read NWB files. */
	@org.scijava.plugin.Parameter
	private NwbService nwbFiles;

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
		return ResultCharts.voltage(result, title, currentUnit, threshold, spikePeak);
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

	@Override
	public SimulationResult simulateExpIf(final ExpIfParameters parameters, final ExpIfIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		return ExpIfSimulation.run(parameters, integrator, dt, duration, stimulus, recording, monitor);
	}

	@Override
	public SimulationResult simulateAdEx(final AdExParameters parameters, final ExpIfIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		return AdExSimulation.run(parameters, integrator, dt, duration, stimulus, recording, monitor);
	}

	@Override
	public JFreeChart stateVariablesChart(final SimulationResult result, final String title,
		final String currentUnit, final double spikePeak, final String[] lineLabels, final double[] lineValues)
	{
		return ResultCharts.stateVariables(result, title, currentUnit, spikePeak, lineLabels, lineValues);
	}

	@Override
	public SimulationResult simulateHh(final HhParameters parameters, final HhIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		return HhSimulation.run(parameters, integrator, dt, duration, stimulus, recording, monitor);
	}

	@Override
	public JFreeChart hhChart(final SimulationResult result, final String title, final double spikeThreshold) {
		return ResultCharts.hh(result, title, spikeThreshold);
	}

	@Override
	public List<IzhikevichPreset> izhikevichPresets() {
		return IzhikevichPresets.all();
	}

	@Override
	public IzhikevichPreset izhikevichPreset(final String label) {
		return IzhikevichPresets.byLabel(label);
	}

	@Override
	public SimulationResult simulateIzhikevich(final IzhikevichPreset preset,
		final IzhikevichIntegration integration, final double dt, final Recording recording,
		final ProgressMonitor monitor)
	{
		return IzhikevichSimulation.run(preset, integration, dt, recording, monitor);
	}

	@Override
	public JFreeChart izhikevichChart(final SimulationResult result, final String title) {
		return ResultCharts.izhikevich(result, title);
	}

	@Override
	public JFreeChart izhikevichPhasePlane(final IzhikevichPreset preset, final SimulationResult result) {
		return ResultCharts.izhikevichPhasePlane(preset.label() + ": phase plane", preset.cell(), result);
	}

	@Override
	public IzhikevichGallery izhikevichGallery(final IzhikevichIntegration integration,
		final ProgressMonitor monitor)
	{
		return IzhikevichGallery.run(integration, monitor);
	}

	@Override
	public JFreeChart izhikevichGalleryChart(final IzhikevichGallery gallery) {
		return ResultCharts.izhikevichGallery(gallery);
	}

	@Override
	public ResultsTable izhikevichGalleryTable(final IzhikevichGallery gallery) {
		return IzhikevichTables.gallery(gallery);
	}

	@Override
	public org.neuronmodels.core.network.Network buildNetwork(
		final org.neuronmodels.core.network.NetworkSettings settings)
	{
		return org.neuronmodels.core.network.NetworkWarmup.build(settings);
	}

	@Override
	public org.neuronmodels.core.network.Network buildNetwork(
		final org.neuronmodels.core.network.NetworkSettings settings, final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.network.NetworkWarmup.build(settings, monitor);
	}

	@Override
	public org.neuronmodels.core.network.NetworkResult simulateNetwork(
		final org.neuronmodels.core.network.Network network, final org.neuronmodels.core.network.NetworkSettings settings,
		final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.network.NetworkSimulation.run(network, settings.duration, settings.dt,
			settings.threads, settings.seed, monitor);
	}

	@Override
	public net.imglib2.img.Img<? extends net.imglib2.type.numeric.RealType<?>> networkRaster(
		final org.neuronmodels.core.network.NetworkResult result, final double binMs, final String title)
	{
		return Rasters.counts(result.spikes(), result.grid().duration(), binMs, title);
	}

	@Override
	public JFreeChart populationRateChart(final org.neuronmodels.core.network.NetworkResult result,
		final double windowMs, final String title)
	{
		return ResultCharts.populationRate(result, windowMs, title);
	}

	@Override
	public JFreeChart networkRasterChart(final org.neuronmodels.core.network.NetworkResult result,
		final double windowMs, final String title)
	{
		return ResultCharts.rasterAndRate(result, windowMs, title);
	}

	@Override
	public ResultsTable neuronRateTable(final org.neuronmodels.core.network.NetworkResult result) {
		return Tables.neuronRates(result);
	}

	@Override
	public CalibratedImg connectivityImage(final org.neuronmodels.core.network.Network network, final String title) {
		return org.neuronmodels.image.ConnectivityImages.toImage(network, title);
	}

	@Override
	public SimulationResult simulateLif(final LifParameters parameters, final LifIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		return LifSimulation.run(parameters, integrator, dt, duration, stimulus, recording, monitor);
	}

	// -- Analysis: f-I curve, spike train statistics, frequency response, LIF fit --

	@Override
	public org.neuronmodels.core.sweep.FiCurve fiCurve(final org.neuronmodels.core.model.ModelSetup model,
		final org.neuronmodels.core.sweep.FiProtocol protocol, final double currentMin, final double currentMax,
		final int currentSteps, final boolean interpolateSpikes, final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.sweep.FiCurve.compute(model, protocol, currentMin, currentMax, currentSteps,
			interpolateSpikes, monitor);
	}

	@Override
	public JFreeChart fiChart(final org.neuronmodels.core.sweep.FiCurve curve) {
		return org.neuronmodels.plot.FiChart.of(curve);
	}

	@Override
	public ResultsTable fiTable(final org.neuronmodels.core.sweep.FiCurve curve) {
		return org.neuronmodels.table.AnalysisTables.fiCurve(curve);
	}

	@Override
	public org.neuronmodels.core.analysis.SpikeTrainStatistics spikeTrainStatistics(final double[] spikeTimes,
		final double start, final double stop, final double countWindow, final double binWidth)
	{
		return org.neuronmodels.core.analysis.SpikeTrainStatistics.of(spikeTimes, start, stop, countWindow, binWidth);
	}

	@Override
	public double[] readCsvColumn(final java.io.File file, final String column) {
		return org.neuronmodels.core.stimulus.CsvColumnReader.read(file == null ? null : file.toPath(), column, "file",
			"column");
	}

	@Override
	public double[] tableColumn(final ResultsTable table, final String column) {
		return org.neuronmodels.table.AnalysisTables.column(table, column, "column");
	}

	@Override
	public JFreeChart isiHistogram(final org.neuronmodels.core.analysis.SpikeTrainStatistics statistics,
		final String title)
	{
		return org.neuronmodels.plot.IsiHistogramChart.of(statistics, title);
	}

	@Override
	public ResultsTable isiTable(final org.neuronmodels.core.analysis.SpikeTrainStatistics statistics) {
		return org.neuronmodels.table.AnalysisTables.isiHistogram(statistics);
	}

	@Override
	public org.neuronmodels.core.analysis.FrequencyResponse frequencyResponse(final double vRest,
		final double resistance, final double tauM, final double amplitude, final double offset, final double dt,
		final double frequencyMin, final double frequencyMax, final int frequencySteps, final int cycles,
		final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.analysis.FrequencyResponse.compute(vRest, resistance, tauM, amplitude, offset, dt,
			frequencyMin, frequencyMax, frequencySteps, cycles, monitor);
	}

	@Override
	public JFreeChart bodeChart(final org.neuronmodels.core.analysis.FrequencyResponse response,
		final String title)
	{
		return org.neuronmodels.plot.BodeChart.of(response, title);
	}

	@Override
	public ResultsTable frequencyResponseTable(final org.neuronmodels.core.analysis.FrequencyResponse response) {
		return org.neuronmodels.table.AnalysisTables.frequencyResponse(response);
	}

	@Override
	public org.neuronmodels.core.analysis.LifFit fitLif(final double[] time, final double[] voltage,
		final double[] current)
	{
		return org.neuronmodels.core.analysis.LifFit.fit(org.neuronmodels.core.analysis.VoltageTrace.of(time, voltage,
			current));
	}

	@Override
	public org.neuronmodels.core.analysis.LifFit fitLif(final double[] time, final double[] voltage,
		final double amplitude, final double stimStart, final double stimStop)
	{
		return org.neuronmodels.core.analysis.LifFit.fit(org.neuronmodels.core.analysis.VoltageTrace.withStep(time,
			voltage, amplitude, stimStart, stimStop));
	}

	@Override
	public org.neuronmodels.core.analysis.LifFit fitLif(final ResultsTable table, final String timeColumn,
		final String voltageColumn, final String currentColumn)
	{
		return fitLif(org.neuronmodels.table.AnalysisTables.column(table, timeColumn, "timeColumn"),
			org.neuronmodels.table.AnalysisTables.column(table, voltageColumn, "voltageColumn"),
			org.neuronmodels.table.AnalysisTables.column(table, currentColumn, "currentColumn"));
	}

	@Override
	public JFreeChart fitChart(final org.neuronmodels.core.analysis.LifFit fit) {
		return org.neuronmodels.plot.FitChart.of(fit);
	}

	@Override
	public ResultsTable fitTable(final org.neuronmodels.core.analysis.LifFit fit) {
		return org.neuronmodels.table.AnalysisTables.lifFit(fit);
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
