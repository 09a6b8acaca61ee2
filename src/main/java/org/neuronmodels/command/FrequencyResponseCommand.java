package org.neuronmodels.command;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The subthreshold frequency response of the passive LIF membrane: gain and
 * phase of the voltage for sinusoidal currents over a range of frequencies,
 * against the analytic low-pass.
 */
@Plugin(type = Command.class, label = "Subthreshold Frequency Response",
	menuPath = "Plugins>Neuron Models>Subthreshold Frequency Response...")
public class FrequencyResponseCommand extends NeuronModelsCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Lowest frequency (Hz)", description = "First of the log-spaced frequencies, in Hz.",
		min = InputLimits.POSITIVE_MIN, max = InputLimits.FREQUENCY_MAX)
	double frequencyMin = 1;

	@Parameter(label = "Highest frequency (Hz)", description = "Last of the log-spaced frequencies, in Hz.",
		min = InputLimits.POSITIVE_MIN, max = InputLimits.FREQUENCY_MAX)
	double frequencyMax = 1000;

	@Parameter(label = "Number of frequencies", description = "Frequencies, log-spaced from lowest to highest " +
		"(one neuron each).", min = InputLimits.ONE, max = InputLimits.FREQUENCY_STEPS_MAX)
	int frequencySteps = 31;

	@Parameter(label = "Amplitude (nA)", description = "Amplitude of the sinusoidal current, in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 1;

	@Parameter(label = "Offset (nA)", description = "Constant current added to the sine, in nA.",
		min = InputLimits.CURRENT_MIN,
		max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Fitted periods (at least)", description = "Whole periods of the lowest frequency fitted " +
		"after the transient (20 τ_m); faster sines get more.", min = InputLimits.ONE, max = InputLimits.CYCLES_MAX)
	int cycles = 3;

	@Parameter(label = "Resting potential V_rest (mV)", description = "Leak reversal potential E_L, in mV.",
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRest = -70;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "Input resistance in MΩ (nA × MΩ = mV).",
		min = LifModel.RESISTANCE_MIN, max = LifModel.RESISTANCE_MAX)
	double resistance = 10;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C in ms.", min = LifModel.TAU_M_MIN,
		max = LifModel.TAU_M_MAX)
	double tauM = 8;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most 1/20 of the " +
		"period of the highest frequency.", min = LifModel.DT_MIN, max = LifModel.DT_MAX)
	double dt = 0.01;

	@Parameter(type = ItemIO.OUTPUT, label = "Frequencies (Hz)")
	double[] frequencies;
	@Parameter(type = ItemIO.OUTPUT, label = "Gain (MΩ)")
	double[] gain;
	@Parameter(type = ItemIO.OUTPUT, label = "Phase (°)")
	double[] phase;
	@Parameter(type = ItemIO.OUTPUT, label = "Theoretical gain (MΩ)")
	double[] theoryGain;
	@Parameter(type = ItemIO.OUTPUT, label = "Theoretical phase (°)")
	double[] theoryPhase;
	@Parameter(type = ItemIO.OUTPUT, label = "Bode chart")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "Frequency response table")
	ResultsTable table;

	@Override
	protected void execute() {
		final FrequencyResponse r = neuron.analysis().frequencyResponse(vRest, resistance, tauM, amplitude, offset, dt,
			frequencyMin, frequencyMax, frequencySteps, cycles, progress());
		frequencies = r.frequencies();
		gain = r.gain();
		phase = r.phase();
		theoryGain = r.theoryGain();
		theoryPhase = r.theoryPhase();
		chart = neuron.charts().bode(r, resistance, tauM);
		table = neuron.tables().frequencyResponse(r);
	}
}
