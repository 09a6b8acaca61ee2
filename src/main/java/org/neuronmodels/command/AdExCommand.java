package org.neuronmodels.command;

import ij.measure.ResultsTable;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one adaptive exponential integrate-and-fire (AdEx) neuron driven
 * by a chosen stimulus. Defaults are those of the <i>Neuronal Dynamics</i>
 * exercise (neurodynex3 {@code adex_model}, "initial burst" of the book's
 * Table 6.1). A {@code preset} other than "Custom" replaces the model
 * parameters and the stimulus amplitude with a firing pattern of Naud et al.
 * (2008) (see {@link AdExPreset}). The dialog shows a and b in nS and pA; they
 * are converted to the core's µS and nA here.
 */
@Plugin(type = Command.class, label = "AdEx", menuPath = "Plugins>Neuron Models>AdEx...")
public class AdExCommand extends StimulusCommand {

	{
		stimulus = "Step";
		stimStart = 10;
		stimStop = 250;
	}

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	double amplitude = 0.065;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
	double offset = 0;

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Firing pattern preset", description = "Custom: use the parameters below. Otherwise the " +
		"parameters and the stimulus amplitude of that pattern in Naud et al. (2008), Table 1, replace them.",
		choices = { AdExPreset.CUSTOM, "Tonic", "Adapting", "Initial burst", "Bursting", "Irregular", "Transient",
			"Delayed", "Delayed bursting" }, callback = "presetChanged")
	String preset = AdExPreset.CUSTOM;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C = C/g_L in ms.", min = "0.001",
		max = "100000")
	double tauM = 5;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "R = 1/g_L in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 500;

	@Parameter(label = "Resting potential u_rest (mV)", description = "Leak reversal potential E_L, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -70;

	@Parameter(label = "Reset potential v_reset (mV)", description = "Potential after a spike, in mV; below v_spike.",
		min = "-200", max = "200", stepSize = "1")
	double vReset = -51;

	@Parameter(label = "Rheobase threshold ϑ_rh (mV)", description = "Midpoint V_T of the exponential upswing, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRheobase = -50;

	@Parameter(label = "Sharpness Δ_T (mV)", description = "Slope factor of the exponential, in mV.", min = "0.01",
		max = "100")
	double deltaT = 2;

	@Parameter(label = "Subthreshold adaptation a (nS)", description = "Coupling of w to V, in nS (0.001 µS); may " +
		"be negative.", min = "-1000000", max = "1000000")
	double a = 0.5;

	@Parameter(label = "Adaptation time constant τ_w (ms)", description = "Time constant of w in ms.", min = "0.001",
		max = "1000000")
	double tauW = 100;

	@Parameter(label = "Spike-triggered adaptation b (pA)", description = "Increment of w at each spike, in pA " +
		"(0.001 nA).", min = "-1000000", max = "1000000")
	double b = 7;

	@Parameter(label = "Spike threshold v_spike (mV)", description = "A spike (V = v_reset, w += b) when V exceeds " +
		"this numerical threshold, in mV; above ϑ_rh.", min = "-200", max = "200", stepSize = "1")
	double vSpike = -30;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m and τ_w.",
		min = "0.000001", max = "100")
	double dt = 0.01;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = "0.000001", max = "100000000")
	double duration = 400;

	@Parameter(label = "Integrator", description = "Euler: forward Euler (first order, as Brian2 method=\"euler\"); " +
		"Heun: explicit trapezoidal rule (second order).", choices = { "Euler", "Heun" })
	String integrator = "Euler";

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = "-200", max = "1000")
	double spikePeak = 20;

	@Parameter(label = "Raster bin (ms)", description = "Time bin of the raster image, in ms.", min = "0.000001")
	double rasterBin = 1;

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
	@Parameter(type = ItemIO.OUTPUT, label = "Adaptation current w (nA)")
	double[] adaptation;
	@Parameter(type = ItemIO.OUTPUT, label = "Current (nA)")
	double[] current;
	@Parameter(type = ItemIO.OUTPUT, label = "AdEx traces")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "AdEx spike raster")
	Img<FloatType> raster;
	@Parameter(type = ItemIO.OUTPUT, label = "AdEx spikes")
	ResultsTable spikeTable;
	@Parameter(type = ItemIO.OUTPUT, label = "AdEx trace")
	ResultsTable traceTable;

	@Override
	protected void execute() {
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) applyPreset(AdExPreset.fromLabel(preset));
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		Checks.inRange("a", "nS", a, -1e6, 1e6);
		Checks.inRange("b", "pA", b, -1e6, 1e6);
		final AdExParameters p = AdExParameters.uniform(1, tauM, resistance, vRest, vReset, vRheobase, deltaT,
			a * 1e-3, tauW, b * 1e-3, vSpike).validate(); // nS → µS, pA → nA
		final SimulationResult r = neuron.simulateAdEx(p, ExpIfIntegrator.fromLabel(integrator), dt, duration, spec
			.build(grid), progress());
		final double[] window = spec.rateWindow(r.grid().duration());
		spikeTimes = r.spikes().timesOf(0);
		spikeCount = spikeTimes.length;
		firingRate = r.meanRate(window[0], window[1]);
		time = r.traces().time();
		voltage = r.traces().voltage(0);
		adaptation = r.traces().values("w", 0);
		current = r.traces().current(0);
		chart = neuron.stateVariablesChart(r, "AdEx", "nA", spikePeak, new String[] { "ϑ_rh", "v_spike" },
			new double[] { vRheobase, vSpike });
		raster = neuron.raster(r, rasterBin, "AdEx spike raster");
		spikeTable = neuron.spikeTable(r);
		traceTable = neuron.traceTable(r, "nA");
	}

	/** Dialog callback: shows the chosen preset's values in the parameter fields. */
	protected void presetChanged() {
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) applyPreset(AdExPreset.fromLabel(preset));
	}

	private void applyPreset(final AdExPreset p) {
		tauM = p.tauM();
		resistance = p.resistance();
		vRest = p.vRest();
		vReset = p.vReset();
		vRheobase = p.vRheobase();
		deltaT = p.deltaT();
		a = p.aNs();
		tauW = p.tauW();
		b = p.bPa();
		amplitude = p.current();
	}
}
