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
@Plugin(type = Command.class, label = "f-I Curve", menuPath = "Plugins>Neuron Models>f-I Curve...",
	initializer = "prepareInputs")
public class FiCurveCommand extends SweepExecutorCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Model", description = "The neuron model; its parameters below use the field names of its " +
		"own command (other models' fields are ignored).", choices = { "LIF", "Hodgkin-Huxley", "Izhikevich", "ExpIF",
			"AdEx" },
		callback = "modelChanged")
	String model = "LIF";

	@Parameter(label = "Minimum current (nA, µA/cm²)", description = "Smallest injected current: nA, or µA/cm² for " +
		"Hodgkin-Huxley.", min = "-1000000", max = "1000000")
	double currentMin = 0;

	@Parameter(label = "Maximum current (nA, µA/cm²)", description = "Largest injected current (at least the " +
		"minimum): nA, or µA/cm² for Hodgkin-Huxley.", min = "-1000000", max = "1000000")
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
		"located inside the step (interpolatedRates), free of the rounding of intervals to whole steps (LIF, " +
		"Hodgkin-Huxley).")
	boolean interpolateSpikes = false;

	// -- Model parameters: the field names of each model's own command; NaN (or "Model default") = its default --

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; NaN: the model's default " +
		"(LIF 0.1, Hodgkin-Huxley 0.01, ExpIF 0.05, AdEx 0.01, Izhikevich 0 = its Custom step 0.25).", min = "0",
		max = "100")
	double dt = Double.NaN;

	@Parameter(label = "Integrator", description = "LIF: Exact or Euler; Hodgkin-Huxley: RK4, Exponential Euler or " +
		"Euler; ExpIF, AdEx: Euler or Heun. Model default: LIF Exact, Hodgkin-Huxley RK4, ExpIF and AdEx Euler.",
		choices = { FiModels.MODEL_DEFAULT, "Exact", "Euler", "Heun", "RK4", "Exponential Euler" })
	String integrator = FiModels.MODEL_DEFAULT;

	@Parameter(label = "Resting potential V_rest (mV)", description = "LIF, ExpIF, AdEx: leak reversal potential in " +
		"mV (LIF -70, ExpIF -65, AdEx -70).", min = "-200", max = "200")
	double vRest = Double.NaN;

	@Parameter(label = "Reset potential V_reset (mV)", description = "LIF, ExpIF, AdEx: potential after a spike in " +
		"mV (LIF -65, ExpIF -60, AdEx -51).", min = "-200", max = "200")
	double vReset = Double.NaN;

	@Parameter(label = "Threshold V_th (mV)", description = "LIF: a spike when V exceeds this potential, in mV " +
		"(-50).", min = "-200", max = "200")
	double vThreshold = Double.NaN;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "LIF, ExpIF, AdEx: input resistance in MΩ (LIF " +
		"10, ExpIF 20, AdEx 500).", min = "0.000001", max = "1000000")
	double resistance = Double.NaN;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "LIF, ExpIF, AdEx: τ_m in ms (LIF 8, ExpIF " +
		"12, AdEx 5).", min = "0.001", max = "100000")
	double tauM = Double.NaN;

	@Parameter(label = "Refractory period (ms)", description = "LIF, ExpIF: absolute refractory period in ms (LIF " +
		"2, ExpIF 0).", min = "0", max = "10000")
	double tRef = Double.NaN;

	@Parameter(label = "Rheobase threshold ϑ_rh (mV)", description = "ExpIF, AdEx: midpoint of the exponential " +
		"upswing in mV (ExpIF -55, AdEx -50).", min = "-200", max = "200")
	double vRheobase = Double.NaN;

	@Parameter(label = "Sharpness Δ_T (mV)", description = "ExpIF, AdEx: slope factor of the exponential in mV (2).",
		min = "0.01", max = "100")
	double deltaT = Double.NaN;

	@Parameter(label = "Spike threshold v_spike (mV)", description = "ExpIF, AdEx: numerical spike threshold in mV " +
		"(-30).", min = "-200", max = "200")
	double vSpike = Double.NaN;

	@Parameter(label = "a (AdEx nS, Izhikevich 1/ms)", description = "AdEx: subthreshold adaptation, coupling of " +
		"w to V in nS (0.5); Izhikevich: time scale of u in 1/ms (0.02).", min = "-1000000", max = "1000000")
	double a = Double.NaN;

	@Parameter(label = "Adaptation time constant τ_w (ms)", description = "AdEx: time constant of w in ms (100).",
		min = "0.001", max = "1000000")
	double tauW = Double.NaN;

	@Parameter(label = "b (AdEx pA, Izhikevich)", description = "AdEx: spike-triggered adaptation, increment of w " +
		"per spike in pA (7); Izhikevich: sensitivity of u to v (0.2).", min = "-1000000", max = "1000000")
	double b = Double.NaN;

	@Parameter(label = "Izhikevich c (mV)", description = "Izhikevich: after-spike reset of v in mV (-65).",
		min = "-200", max = "200")
	double c = Double.NaN;

	@Parameter(label = "Izhikevich d", description = "Izhikevich: after-spike increment of u (6).", min = "-1000",
		max = "1000")
	double d = Double.NaN;

	@Parameter(label = "Izhikevich integration", description = "Izhikevich: Published (figure1.m's loop) or " +
		"Consistent (forward Euler).", choices = { "Published", "Consistent" })
	String integration = "Published";

	@Parameter(label = "Convention", description = "Hodgkin-Huxley: Modern (rest near -65 mV) or 1952 (rest at " +
		"0 mV).", choices = { "Modern", "1952" })
	String convention = "Modern";

	@Parameter(label = "Temperature (°C)", description = "Hodgkin-Huxley: rates scale by 3^((T - 6.3)/10) (6.3).",
		min = "-20", max = "50")
	double celsius = Double.NaN;

	@Parameter(label = "g_Na (mS/cm²)", description = "Hodgkin-Huxley: maximal sodium conductance (120).", min = "0",
		max = "10000")
	double gNa = Double.NaN;

	@Parameter(label = "g_K (mS/cm²)", description = "Hodgkin-Huxley: maximal potassium conductance (36).", min = "0",
		max = "10000")
	double gK = Double.NaN;

	@Parameter(label = "g_L (mS/cm²)", description = "Hodgkin-Huxley: leak conductance (0.3).", min = "0",
		max = "10000")
	double gL = Double.NaN;

	@Parameter(label = "E_Na (mV)", description = "Hodgkin-Huxley: sodium reversal potential (Modern 50, 1952 115).",
		min = "-200", max = "200")
	double eNa = Double.NaN;

	@Parameter(label = "E_K (mV)", description = "Hodgkin-Huxley: potassium reversal potential (Modern -77, 1952 " +
		"-12).", min = "-200", max = "200")
	double eK = Double.NaN;

	@Parameter(label = "E_L (mV)", description = "Hodgkin-Huxley: leak reversal potential (Modern -54.3, 1952 " +
		"10.6).", min = "-200", max = "200")
	double eL = Double.NaN;

	@Parameter(label = "Capacitance (µF/cm²)", description = "Hodgkin-Huxley: membrane capacitance (1).",
		min = "0.001", max = "1000")
	double capacitance = Double.NaN;

	@Parameter(label = "Initial V (mV)", description = "Hodgkin-Huxley: initial potential, gates at steady state " +
		"(Modern -65, 1952 0); Izhikevich: initial v, u = b·v (-70).", min = "-200", max = "200")
	double vInit = Double.NaN;

	@Parameter(label = "Spike detection level (mV)", description = "Hodgkin-Huxley: a spike is an upward crossing " +
		"of this level (Modern 0, 1952 60).", min = "-200", max = "200")
	double spikeThreshold = Double.NaN;

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
		final FiCurve c = slurmSettings() != null ? FiCurveShards.run(this, slurmSettings(), progress()) : neuron
			.fiCurve(model, ModelInputs.of(this, FiModels.byLabel(model).parameterNames()), protocol, currentMin,
				currentMax, currentSteps, interpolateSpikes, progress());
		if (c == null) return; // submitted to SLURM without waiting: the log says how to collect
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

	/**
	 * Module initializer: fills the chosen model's parameters still unset (NaN)
	 * with its defaults, so the dialog shows numbers. SciJava calls it after the
	 * inputs given by a macro or script are set and before the dialog.
	 */
	protected void prepareInputs() {
		if (FiModels.labels().contains(model)) ModelInputs.fillDefaults(this, FiModels.byLabel(model), false);
	}

	/** Dialog callback: a newly chosen model fills in all its defaults. */
	void modelChanged() {
		if (FiModels.labels().contains(model)) ModelInputs.fillDefaults(this, FiModels.byLabel(model), true);
	}
}
