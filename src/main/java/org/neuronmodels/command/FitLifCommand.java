package org.neuronmodels.command;

import ij.measure.ResultsTable;

import java.io.File;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.RecordedSweep;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.service.NwbService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Estimates the six parameters of a leaky integrate-and-fire neuron from a
 * recorded voltage trace and its injected current (a column, or a step).
 */
@Plugin(type = Command.class, label = "Fit LIF to Recording",
	menuPath = "Plugins>Neuron Models>Fit LIF to Recording...")
public class FitLifCommand extends NeuronModelsCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter
	private NwbService nwb;

	@Parameter(label = "Recording (CSV or NWB)", description = "CSV file with time, voltage and (optionally) current " +
		"columns, e.g. the LIF command's trace table; or an NWB file (see series).")
	File recordingFile;

	@Parameter(label = "NWB series or sweep", description = "For an NWB recording: the voltage series' name or path, " +
		"or a sweep number; its stimulus is the stimulus series of the same sweep_number unless currentColumn is " +
		"empty (then the step below, on the recording's time axis).", required = false)
	String series = "";

	@Parameter(label = "Time column", description = "Header of the time column, in ms (uniformly spaced).")
	String timeColumn = "Time (ms)";

	@Parameter(label = "Voltage column", description = "Header of the membrane potential column, in mV.")
	String voltageColumn = "V (mV)";

	@Parameter(label = "Current column", description = "Header of the injected current column, in nA; empty: the " +
		"current is the step described by amplitude, stimStart and stimStop.", required = false)
	String currentColumn = "I (nA)";

	@Parameter(label = "Step amplitude (nA)", description = "Without a current column: the step's amplitude in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 2.5;

	@Parameter(label = "Step start (ms)", description = "Without a current column: the step's start in ms.",
		min = InputLimits.TIME_MIN, max = InputLimits.DURATION_MAX)
	double stimStart = 20;

	@Parameter(label = "Step stop (ms)", description = "Without a current column: the step's end (exclusive) in ms.",
		min = InputLimits.TIME_MIN, max = InputLimits.DURATION_MAX)
	double stimStop = 180;

	@Parameter(type = ItemIO.OUTPUT, label = "V_rest (mV)")
	double vRest;
	@Parameter(type = ItemIO.OUTPUT, label = "V_reset (mV)")
	double vReset;
	@Parameter(type = ItemIO.OUTPUT, label = "V_th (mV)")
	double vThreshold;
	@Parameter(type = ItemIO.OUTPUT, label = "R (MΩ)")
	double resistance;
	@Parameter(type = ItemIO.OUTPUT, label = "τ_m (ms)")
	double tauM;
	@Parameter(type = ItemIO.OUTPUT, label = "Refractory period (ms)")
	double tRef;
	@Parameter(type = ItemIO.OUTPUT, label = "RMS fit error (mV)")
	double fitError;
	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	int spikeCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Data and fitted LIF")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "Fitted LIF parameters")
	ResultsTable table;

	@Override
	protected void execute() {
		final boolean step = currentColumn == null || currentColumn.trim().isEmpty();
		final LifFit fit;
		if (nwb.isNwb(recordingFile)) {
			final RecordedSweep r = nwb.sweep(recordingFile, series, step ? null : "currentColumn", "recordingFile",
				"series");
			fit = step ? neuron.analysis().fitLif(r.time(), r.voltage(), amplitude, stimStart, stimStop) : neuron.analysis().fitLif(r
				.time(), r.voltage(), r.current());
		}
		else {
			final double[] t = column(timeColumn, "timeColumn"), v = column(voltageColumn, "voltageColumn");
			fit = step ? neuron.analysis().fitLif(t, v, amplitude, stimStart, stimStop) : neuron.analysis().fitLif(t, v, column(
				currentColumn, "currentColumn"));
		}
		vRest = fit.vRest();
		vReset = fit.vReset();
		vThreshold = fit.vThreshold();
		resistance = fit.resistance();
		tauM = fit.tauM();
		tRef = fit.tRef();
		fitError = fit.fitError();
		spikeCount = fit.spikeTimes().length;
		chart = neuron.charts().lifFit(fit);
		table = neuron.tables().lifFit(fit);
	}

	private double[] column(final String name, final String field) {
		if (name == null || name.trim().isEmpty()) throw new InvalidParameterException(field, field +
			" is empty: give the column's header");
		// NB: a value beyond ±1e6 (ms, mV or nA) in a recording is a unit mistake, not data
		return neuron.analysis().csvColumn(recordingFile, name.trim(), "recordingFile", field, -1e6, 1e6, "");
	}
}
