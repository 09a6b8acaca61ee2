package org.neuronmodels.service;

import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.analysis.VoltageTrace;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.CsvColumnReader;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiProtocol;

/**
 * The analyses of {@code core.analysis} and {@code core.sweep}, reached as
 * {@code neuron.analysis()}: spike train statistics, LIF fits, the passive
 * membrane's frequency response, f–I curves, spike times and rates.
 */
public final class Analysis {

	Analysis() {}

	/** Rate, ISIs (mean, s.d., CV with the n−1 divisor, histogram) and Fano factor of the spikes in {@code [start, stop]} ms. */
	public SpikeTrainStatistics spikeTrainStatistics(final double[] spikeTimes, final double start, final double stop,
		final double countWindow, final double binWidth)
	{
		return SpikeTrainStatistics.of(spikeTimes, start, stop, countWindow, binWidth);
	}

	/** Fits the six LIF parameters to a voltage trace with its injected current (nA per sample). */
	public LifFit fitLif(final double[] time, final double[] voltage, final double[] current) {
		return LifFit.fit(VoltageTrace.of(time, voltage, current));
	}

	/** Fits the six LIF parameters to a voltage trace driven by a step of {@code amplitude} nA. */
	public LifFit fitLif(final double[] time, final double[] voltage, final double amplitude, final double stimStart,
		final double stimStop)
	{
		return LifFit.fit(VoltageTrace.withStep(time, voltage, amplitude, stimStart, stimStop));
	}

	/** Fits the six LIF parameters to the time, voltage and current columns of a results table. */
	public LifFit fitLif(final ij.measure.ResultsTable table, final String timeColumn, final String voltageColumn,
		final String currentColumn)
	{
		return fitLif(org.neuronmodels.table.AnalysisTables.column(table, timeColumn, "timeColumn"),
			org.neuronmodels.table.AnalysisTables.column(table, voltageColumn, "voltageColumn"),
			org.neuronmodels.table.AnalysisTables.column(table, currentColumn, "currentColumn"));
	}

	/** Gain and phase of the passive LIF membrane for log-spaced sinusoidal inputs, fitted by least squares. */
	public FrequencyResponse frequencyResponse(final double vRest, final double resistance, final double tauM,
		final double amplitude, final double offset, final double dt, final double frequencyMin,
		final double frequencyMax, final int frequencySteps, final int cycles, final ProgressMonitor monitor)
	{
		return FrequencyResponse.compute(vRest, resistance, tauM, amplitude, offset, dt, frequencyMin, frequencyMax,
			frequencySteps, cycles, monitor);
	}

	/** The f–I curve of a checked model setup under {@code protocol}: all currents in one population, then the rheobase. */
	public FiCurve fiCurve(final ModelSetup model, final FiProtocol protocol, final double currentMin,
		final double currentMax, final int currentSteps, final boolean interpolateSpikes, final ProgressMonitor monitor)
	{
		return FiCurve.compute(model, protocol, currentMin, currentMax, currentSteps, interpolateSpikes, monitor);
	}

	/** As {@link #fiCurve}, the currents run in blocks on up to {@code threads} threads (the same numbers). */
	public FiCurve fiCurve(final ModelSetup model, final FiProtocol protocol, final double currentMin,
		final double currentMax, final int currentSteps, final boolean interpolateSpikes, final int threads,
		final ProgressMonitor monitor)
	{
		return FiCurve.compute(model, protocol, currentMin, currentMax, currentSteps, interpolateSpikes, threads,
			monitor);
	}

	/**
	 * An f–I curve of any size (up to 10⁷ currents) in bounded memory: the currents run in blocks on up to
	 * {@code threads} threads, every row goes to {@code rows} in current order (e.g. {@link #fiTableFile}),
	 * and only scalars and the decimated curves are kept. The same numbers as {@link #fiCurve}.
	 */
	public org.neuronmodels.core.sweep.FiSummary fiCurveStreamed(final ModelSetup model, final FiProtocol protocol,
		final double currentMin, final double currentMax, final int currentSteps, final boolean interpolateSpikes,
		final int threads, final org.neuronmodels.core.sweep.FiSink rows, final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.sweep.FiStream.of(model, protocol, currentMin, currentMax, currentSteps,
			interpolateSpikes).threads(threads).columns(org.neuronmodels.plot.Envelope.COLUMNS).run(rows, monitor);
	}

	/**
	 * An f–I curve of {@code model} (its duration, constant current) of any size, up to 10⁷ currents, in
	 * bounded memory: every row (the f–I table's columns) streams to the CSV file {@code csv}, written to a
	 * temporary file beside it and moved into place when complete; only the scalars and the decimated
	 * curves are returned. The rows are those of {@link NeuronModelsService#fiCurve}, bit for bit.
	 */
	public org.neuronmodels.core.sweep.FiSummary fiCurveToFile(final ModelRun model, final double currentMin,
		final double currentMax, final int currentSteps, final java.io.File csv)
	{
		final ModelSetup setup = model.setup();
		final java.nio.file.Path file = csv.toPath().toAbsolutePath();
		final org.neuronmodels.core.sweep.FiTableSink rows = fiTableFile(file.getParent(), file.getFileName()
			.toString(), setup, false);
		final org.neuronmodels.core.sweep.FiSummary summary = fiCurveStreamed(setup, FiProtocol.constant(model
			.duration()), currentMin, currentMax, currentSteps, false, org.neuronmodels.core.sweep.ParallelRuns
				.defaultThreads(), rows, ProgressMonitor.NONE);
		try {
			rows.moveTo(file);
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
		return summary;
	}

	/** A Parameter Sweep's table as a CSV data file {@code fileName} in {@code folder}, written as rows stream in. */
	public org.neuronmodels.core.sweep.SweepTableSink sweepTableFile(final java.nio.file.Path folder,
		final String fileName)
	{
		try {
			return new org.neuronmodels.io.SweepTableFile(folder, fileName);
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot create " + fileName + " in " + folder + ": " + e
				.getMessage(), e);
		}
	}

	/** The f–I table as a CSV data file {@code fileName} in {@code folder}, written as the rows stream in. */
	public org.neuronmodels.core.sweep.FiTableSink fiTableFile(final java.nio.file.Path folder, final String fileName,
		final ModelSetup model, final boolean interpolateSpikes)
	{
		final org.neuronmodels.core.model.FiTheory theory = model.theory();
		try {
			return new org.neuronmodels.io.FiTableFile(folder, fileName, model.model().currentUnit(),
				interpolateSpikes, theory != null && theory.hasRate());
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException("cannot create " + fileName + " in " + folder + ": " + e
				.getMessage(), e);
		}
	}

	/**
	 * A LIF sweep as one vectorised population (grid point = neuron) of the LIF inputs {@code settings}: the
	 * Leaky Integrate-and-Fire command's population sweep.
	 */
	public org.neuronmodels.core.sweep.SweepResult lifSweep(final org.neuronmodels.core.sweep.LifSweep.Settings settings,
		final org.neuronmodels.core.sweep.SweepGrid grid, final int[] tracePoints, final int threads,
		final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.sweep.LifSweep.run(settings, grid, tracePoints, threads, monitor);
	}

	/** The spike times (ms) of {@code neuron} in a run. */
	public double[] spikeTimes(final SimulationResult result, final int neuron) {
		return result.spikes().timesOf(neuron);
	}

	/** The firing rate (Hz) of every neuron of a run over the window {@code (from, to]} ms. */
	public double[] rates(final SimulationResult result, final double from, final double to) {
		final SpikeRecord spikes = result.spikes();
		final double[] rates = new double[spikes.populationSize()];
		for (int k = 0; k < spikes.count(); k++)
			if (SpikeRecord.inWindow(spikes.time(k), from, to)) rates[spikes.neuron(k)]++;
		for (int i = 0; i < rates.length; i++)
			rates[i] /= (to - from) / 1000.0;
		return rates;
	}

	/** The numbers in column {@code column} (header name; blank: the only column) of a CSV file. */
	public double[] csvColumn(final java.io.File file, final String column) {
		return CsvColumnReader.read(file == null ? null : file.toPath(), column, "file", "column");
	}
}
