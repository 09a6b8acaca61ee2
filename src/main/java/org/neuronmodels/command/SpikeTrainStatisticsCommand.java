package org.neuronmodels.command;

import ij.measure.ResultsTable;

import java.io.File;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.ObservedSpikes;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.service.NwbService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Statistics of one spike train, simulated (a LIF neuron driven by one of the
 * shared stimuli, by default OU noise) or read from a CSV file.
 */
@Plugin(type = Command.class, label = "Spike Train Statistics",
	menuPath = "Plugins>Neuron Models>Spike Train Statistics...")
public class SpikeTrainStatisticsCommand extends StimulusCommand {

	{
		stimulus = "OU noise";
		noiseTau = 5;
	}

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 0.5;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 2;

	@Parameter(label = "Spikes from", description = "Simulation: a LIF neuron with the stimulus below; Spike file: " +
		"spike times (ms) read from spikeFile.", choices = { SpikeTrainStatistics.SOURCE_SIMULATION,
		SpikeTrainStatistics.SOURCE_SPIKE_FILE })
	String source = "Simulation";

	@Parameter
	private NwbService nwb;

	@Parameter(label = "Spike file (CSV or NWB)", description = "CSV file of spike times in ms, or an NWB file with " +
		"a units table (source \"Spike file\").", required = false)
	File spikeFile;

	@Parameter(label = "NWB unit id", description = "For an NWB spike file: the id of the unit (empty: the file's " +
		"only unit); spikes outside its obs_intervals are dropped and the window is their span.", required = false)
	String spikeUnit = "";

	@Parameter(label = "Spike time column", description = "Header of the spike-time column (empty: the only " +
		"column); the LIF spike table's column is \"Time (ms)\".", required = false)
	String spikeColumn = "Time (ms)";

	@Parameter(label = "Duration (ms)", description = "Simulated time; for a spike file, the length of the " +
		"recording (spikes in [0, duration] are analysed).", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 5000;

	@Parameter(label = "Count window (ms)", description = "Window of the spike counts of the Fano factor, in ms.",
		min = InputLimits.POSITIVE_MIN)
	double countWindow = 100;

	@Parameter(label = "ISI bin width (ms)", description = "Bin width of the ISI histogram, in ms.",
		min = InputLimits.POSITIVE_MIN)
	double binWidth = 2;

	@Parameter(label = "Resting potential V_rest (mV)", description = "LIF: leak reversal potential E_L, in mV.",
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRest = -70;

	@Parameter(label = "Reset potential V_reset (mV)", description = "LIF: potential after a spike, in mV.",
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vReset = -65;

	@Parameter(label = "Threshold V_th (mV)", description = "LIF: spike threshold in mV.",
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX,
		stepSize = InputLimits.MV_STEP)
	double vThreshold = -50;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "LIF: input resistance in MΩ.",
		min = LifModel.RESISTANCE_MIN,
		max = LifModel.RESISTANCE_MAX)
	double resistance = 10;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "LIF: τ_m = R·C in ms.",
		min = LifModel.TAU_M_MIN,
		max = LifModel.TAU_M_MAX)
	double tauM = 8;

	@Parameter(label = "Refractory period (ms)", description = "LIF: absolute refractory period in ms.",
		min = LifModel.T_REF_MIN,
		max = LifModel.T_REF_MAX)
	double tRef = 2;

	@Parameter(label = "Time step dt (ms)", description = "LIF: integration time step in ms.", min = LifModel.DT_MIN,
		max = LifModel.DT_MAX)
	double dt = 0.1;

	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	int spikeCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Firing rate (Hz)")
	double rate;
	@Parameter(type = ItemIO.OUTPUT, label = "Mean ISI (ms)")
	double meanIsi;
	@Parameter(type = ItemIO.OUTPUT, label = "CV of the ISIs")
	double cv;
	@Parameter(type = ItemIO.OUTPUT, label = "Fano factor")
	double fano;
	@Parameter(type = ItemIO.OUTPUT, label = "Spike times (ms)")
	double[] spikeTimes;
	@Parameter(type = ItemIO.OUTPUT, label = "ISIs (ms)")
	double[] isis;
	@Parameter(type = ItemIO.OUTPUT, label = "ISI bin starts (ms)")
	double[] isiBins;
	@Parameter(type = ItemIO.OUTPUT, label = "ISI counts")
	double[] isiCounts;
	@Parameter(type = ItemIO.OUTPUT, label = "ISI histogram")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "ISI histogram table")
	ResultsTable table;

	@Override
	protected void execute() {
		final SpikeTrainStatistics s;
		if ("Spike file".equalsIgnoreCase(source) && nwb.isNwb(spikeFile)) {
			final ObservedSpikes o = nwb.spikes(spikeFile, spikeUnit, "spikeFile", "spikeUnit");
			final boolean window = Double.isFinite(o.fromMs());
			s = neuron.analysis().spikeTrainStatistics(window ? o.times() : neuron.analysis().withinRecording(o.times(), duration), window ? o.fromMs() : 0, window ? o
				.toMs() : duration, countWindow, binWidth);
		}
		else if ("Spike file".equalsIgnoreCase(source)) {
			s = neuron.analysis().spikeTrainStatistics(neuron.analysis().withinRecording(neuron.analysis().csvColumn(
				spikeFile, spikeColumn, "spikeFile", "spikeColumn", 0, Double.POSITIVE_INFINITY, "ms"), duration), 0,
				duration, countWindow, binWidth);
		}
		else if ("Simulation".equalsIgnoreCase(source)) {
			final StimulusSpec spec = stimulusSpec(amplitude, offset);
			final double[] window = spec.rateWindow(duration);
			final SimulationResult run = neuron.model(LifModel.NAME).set(LifModel.V_REST, vRest).set(LifModel.V_RESET,
				vReset).set(LifModel.V_THRESHOLD, vThreshold).set(LifModel.RESISTANCE, resistance).set(LifModel.TAU_M, tauM)
				.set(LifModel.T_REF, tRef).integrator(org.neuronmodels.core.model.Integrators.EXACT).dt(dt).duration(duration)
				.stimulus(neuron.stimuli().of(spec, TimeGrid.of(duration, dt))).monitor(progress()).run();
			final double[] t = neuron.analysis().spikeTimes(run, 0);
			s = neuron.analysis().spikeTrainStatistics(t, window[0], window[1], countWindow, binWidth);
		}
		else throw new InvalidParameterException("source", "source = \"" + source +
			"\" is invalid: must be \"Simulation\" or \"Spike file\"");
		spikeCount = s.spikeCount();
		rate = s.rate();
		meanIsi = s.meanIsi();
		cv = s.cv();
		fano = s.fano();
		spikeTimes = s.spikeTimes();
		isis = s.isis();
		isiBins = s.binStarts();
		isiCounts = s.binCounts();
		chart = neuron.charts().isiHistogram(s, "Spike train");
		table = neuron.tables().isiHistogram(s);
	}

}
