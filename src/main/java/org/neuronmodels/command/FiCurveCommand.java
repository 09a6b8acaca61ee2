package org.neuronmodels.command;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiModels;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The f–I curve of a neuron model: the steady firing rate for a range of
 * constant (or step) currents, all simulated at once as one population.
 */
@Plugin(type = Command.class, label = "f-I Curve", menuPath = "Plugins>Neuron Models>f-I Curve...")
public class FiCurveCommand extends NeuronModelsCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Model", description = "The neuron model; its parameters below use the field names of its " +
		"own command.", choices = { "LIF" })
	String model = "LIF";

	@Parameter(label = "Minimum current (nA)", description = "Smallest injected current, in nA.", min = "-1000000",
		max = "1000000")
	double currentMin = 0;

	@Parameter(label = "Maximum current (nA)", description = "Largest injected current, in nA; at least the minimum.",
		min = "-1000000", max = "1000000")
	double currentMax = 5;

	@Parameter(label = "Number of currents", description = "Currents evenly spaced from minimum to maximum " +
		"(one neuron each).", min = "1", max = "10000000")
	int currentSteps = 101;

	@Parameter(label = "Stimulus", description = "Constant: each current for the whole run; Step: from stimStart " +
		"to stimStop.", choices = { "Constant", "Step" })
	String stimulus = "Constant";

	@Parameter(label = "Stimulus start (ms)", description = "Start of the step, in ms (Step only).", min = "0")
	double stimStart = 0;

	@Parameter(label = "Stimulus stop (ms)", description = "End of the step (exclusive), in ms (Step only).",
		min = "0")
	double stimStop = 500;

	@Parameter(label = "Duration (ms)", description = "Simulated time per current, in ms.", min = "0.000001",
		max = "100000000")
	double duration = 500;

	@Parameter(label = "Interpolate spike times", description = "Also measure rates from threshold crossings " +
		"located inside the step (interpolatedRates), free of the rounding of intervals to whole steps.")
	boolean interpolateSpikes = true;

	@Parameter(label = "Resting potential V_rest (mV)", description = "LIF: leak reversal potential E_L, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -70;

	@Parameter(label = "Reset potential V_reset (mV)", description = "LIF: potential after a spike, in mV; below " +
		"V_th.", min = "-200", max = "200", stepSize = "1")
	double vReset = -65;

	@Parameter(label = "Threshold V_th (mV)", description = "LIF: a spike when V exceeds this potential (strictly)," +
		" in mV.", min = "-200", max = "200", stepSize = "1")
	double vThreshold = -50;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "LIF: input resistance in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 10;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "LIF: τ_m = R·C in ms.", min = "0.001",
		max = "100000")
	double tauM = 8;

	@Parameter(label = "Refractory period (ms)", description = "LIF: absolute refractory period in ms.", min = "0",
		max = "10000")
	double tRef = 3;

	@Parameter(label = "Integrator", description = "LIF: Exact (exponential update) or Euler.", choices = { "Exact",
		"Euler" })
	String integrator = "Exact";

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms.", min = "0.000001",
		max = "100")
	double dt = 0.1;

	@Parameter(type = ItemIO.OUTPUT, label = "Currents")
	double[] currents;
	@Parameter(type = ItemIO.OUTPUT, label = "Rates (Hz)")
	double[] rates;
	@Parameter(type = ItemIO.OUTPUT, label = "Rates from interpolated spike times (Hz)")
	double[] interpolatedRates;
	@Parameter(type = ItemIO.OUTPUT, label = "Theoretical rates (Hz)")
	double[] theoryRates;
	@Parameter(type = ItemIO.OUTPUT, label = "Rheobase (simulated)")
	double rheobase;
	@Parameter(type = ItemIO.OUTPUT, label = "Rheobase (theory)")
	double theoryRheobase;
	@Parameter(type = ItemIO.OUTPUT, label = "Maximum rate (Hz)")
	double maxRate;
	@Parameter(type = ItemIO.OUTPUT, label = "f-I curve")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "f-I table")
	ResultsTable table;

	@Override
	protected void execute() {
		final FiProtocol protocol = FiProtocol.of(stimulus, duration, stimStart, stimStop);
		final FiCurve c = neuron.fiCurve(model, ModelInputs.of(this, FiModels.byLabel(model).parameterNames()),
			protocol, currentMin, currentMax, currentSteps, interpolateSpikes, progress());
		currents = c.currents();
		rates = c.rates();
		interpolatedRates = c.interpolatedRates();
		theoryRates = c.theoryRates();
		rheobase = c.rheobase();
		theoryRheobase = c.theoryRheobase();
		maxRate = c.maxRate();
		chart = neuron.fiChart(c);
		table = neuron.fiTable(c);
	}
}
