package org.neuronmodels.service;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.analysis.VoltageTrace;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.check.BlowUpDiagnosis;
import org.neuronmodels.core.check.NumericalChecks;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.CsvColumnReader;
import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.stimulus.StimulusSpec;
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

	/**
	 * Runs {@code run} at step {@code dt} for {@code duration} ms, then the numerical checks of one neuron
	 * ({@code core.check}): a blow-up is explained (step or input), doubts about the result go to {@code warn}
	 * (a rerun at dt/2 only if {@code accuracy}). {@code run} takes (dt, duration) and may be called again
	 * for the checks. {@code tRef}: the refractory period (ms, 0 if none); {@code spec}: the stimulus inputs
	 * (noise is judged differently; null: none); {@code amplitude}: the input's size in {@code currentUnit},
	 * named when it is the likely cause (NaN: not named).
	 */
	public SimulationResult checked(final java.util.function.BiFunction<Double, Double, SimulationResult> run,
		final double dt, final double duration, final double tRef, final StimulusSpec spec, final double amplitude,
		final String currentUnit, final boolean accuracy, final java.util.function.Consumer<String> warn)
	{
		final SimulationResult r;
		try {
			r = run.apply(dt, duration);
		}
		catch (final NumericalInstabilityException e) {
			final String input = Double.isNaN(amplitude) ? "the input current" : "the input (amplitude = " + Checks
				.fmt(amplitude) + " " + currentUnit + ")";
			throw BlowUpDiagnosis.explain(e, dt, input, (d, len) -> run.apply(d, len).spikes());
		}
		final boolean noise = spec != null && (spec.kind == StimulusKind.WHITE_NOISE || spec.kind ==
			StimulusKind.OU_NOISE);
		for (final String w : NumericalChecks.neuron(r.spikes(), dt, r.grid().duration(), tRef, noise, (d, len) -> run
			.apply(d, len).spikes(), accuracy))
			warn.accept(w);
		return r;
	}

	/**
	 * A recorded trace of {@code neuron} (its slot among the recorded neurons) of a run: {@code "time"} (ms),
	 * {@code "voltage"} (mV), {@code "current"} (the input) or a state variable by name (e.g. "w", "m").
	 */
	public double[] trace(final SimulationResult result, final String variable, final int neuron) {
		final TraceRecord traces = result.traces();
		if ("time".equals(variable)) return traces.time();
		if ("voltage".equals(variable)) return traces.voltage(neuron);
		if ("current".equals(variable)) return traces.current(neuron);
		return traces.values(variable, neuron);
	}

	/** The mean over neurons of the coefficient of variation of each neuron's ISIs (neurons without one left out). */
	public double meanCv(final SpikeRecord spikes) {
		return SpikeTrainStatistics.meanOfFinite(SpikeTrainStatistics.cvPerNeuron(spikes));
	}

	/**
	 * Spike times read from a file, checked to lie in [0, {@code duration}] ms (errors name {@code spikeFile}
	 * or {@code duration}).
	 */
	public double[] withinRecording(final double[] spikeTimes, final double duration) {
		Checks.positive("duration", "ms", duration);
		for (final double x : spikeTimes) {
			if (x < 0) throw Checks.invalid("spikeFile", "ms", x, "is a negative spike time");
			if (x > duration) throw Checks.invalid("duration", "ms", duration, "is shorter than the spike at " + Checks
				.fmt(x) + " ms in spikeFile: set duration to the length of the recording");
		}
		return spikeTimes;
	}

	/**
	 * The same as {@link #csvColumn(java.io.File, String)}, errors naming the inputs {@code fileField} and
	 * {@code columnField}, failing with the file, line and column unless every value is within [{@code lo},
	 * {@code hi}] {@code unit}.
	 */
	public double[] csvColumn(final java.io.File file, final String column, final String fileField,
		final String columnField, final double lo, final double hi, final String unit)
	{
		return CsvColumnReader.read(file == null ? null : file.toPath(), column, fileField, columnField, lo, hi,
			unit);
	}

	/**
	 * The checked setup of the f–I model {@code model} (its preset, parameters, dt and integrator); for model
	 * "Equation", the equation model saved in {@code equationModel} is registered first (no file: the one
	 * registered last, and there must be one).
	 */
	public ModelSetup fiModel(final String model, final String preset, final String modelParameters,
		final double dt, final String integrator, final java.io.File equationModel)
	{
		if (org.neuronmodels.core.equation.EquationModelDescriptor.NAME.equalsIgnoreCase(model))
			org.neuronmodels.core.equation.EquationFiles.register("equationModel", equationModel);
		return ModelSetup.of(model, preset, modelParameters, dt, integrator);
	}

	/** The threads a run uses for {@code requested} (0: one per available core, as the sweeps and f–I curves). */
	public int threads(final int requested) {
		return requested == 0 ? org.neuronmodels.core.sweep.ParallelRuns.defaultThreads() : requested;
	}

	/** Whether every one of {@code parameters} can be swept as one LIF population ({@link #lifSweep}). */
	public boolean lifSweepable(final java.util.List<String> parameters) {
		return parameters.stream().allMatch(org.neuronmodels.core.sweep.LifSweep::supports);
	}
}
