package org.neuronmodels.command;

import ij.measure.ResultsTable;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one exponential integrate-and-fire neuron driven by a chosen
 * stimulus; defaults are those of the <i>Neuronal Dynamics</i> exercise
 * (neurodynex3 {@code exponential_integrate_fire}).
 */
@Plugin(type = Command.class, label = "Exponential Integrate-and-Fire",
	menuPath = "Plugins>Neuron Models>Exponential Integrate-and-Fire...")
public class ExpIfCommand extends StimulusCommand {

	{
		stimulus = "Step";
		stimStart = 20;
		stimStop = 120;
	}

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	double amplitude = 0.8;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
	double offset = 0;

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C in ms.", min = "0.001",
		max = "100000")
	double tauM = 12;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "Input resistance in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 20;

	@Parameter(label = "Resting potential u_rest (mV)", description = "Leak reversal potential, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -65;

	@Parameter(label = "Reset potential v_reset (mV)", description = "Potential after a spike, in mV; below v_spike.",
		min = "-200", max = "200", stepSize = "1")
	double vReset = -60;

	@Parameter(label = "Rheobase threshold ϑ_rh (mV)", description = "Midpoint of the exponential upswing, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRheobase = -55;

	@Parameter(label = "Sharpness Δ_T (mV)", description = "Slope factor of the exponential, in mV.", min = "0.01",
		max = "100")
	double deltaT = 2;

	@Parameter(label = "Spike threshold v_spike (mV)", description = "A spike (and reset) when V exceeds this " +
		"numerical threshold, in mV; above ϑ_rh.", min = "-200", max = "200", stepSize = "1")
	double vSpike = -30;

	@Parameter(label = "Refractory period (ms)", description = "Absolute refractory period in ms: V held at v_reset.",
		min = "0", max = "10000")
	double tRef = 0;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m.", min = "0.000001",
		max = "100")
	double dt = 0.05;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = "0.000001", max = "100000000")
	double duration = 180;

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
	@Parameter(type = ItemIO.OUTPUT, label = "Current (nA)")
	double[] current;
	@Parameter(type = ItemIO.OUTPUT, label = "ExpIF voltage trace")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "ExpIF spike raster")
	Img<FloatType> raster;
	@Parameter(type = ItemIO.OUTPUT, label = "ExpIF spikes")
	ResultsTable spikeTable;
	@Parameter(type = ItemIO.OUTPUT, label = "ExpIF trace")
	ResultsTable traceTable;

	@Override
	protected void execute() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final ExpIfParameters p = ExpIfParameters.uniform(1, tauM, resistance, vRest, vReset, vRheobase, deltaT,
			vSpike, tRef).validate();
		final SimulationResult r = neuron.simulateExpIf(p, ExpIfIntegrator.fromLabel(integrator), dt, duration, spec
			.build(grid), progress());
		final double[] window = spec.rateWindow(r.grid().duration());
		spikeTimes = r.spikes().timesOf(0);
		spikeCount = spikeTimes.length;
		firingRate = r.meanRate(window[0], window[1]);
		time = r.traces().time();
		voltage = r.traces().voltage(0);
		current = r.traces().current(0);
		chart = neuron.stateVariablesChart(r, "Exponential Integrate-and-Fire", "nA", spikePeak, new String[] {
			"ϑ_rh", "v_spike" }, new double[] { vRheobase, vSpike });
		raster = neuron.raster(r, rasterBin, "ExpIF spike raster");
		spikeTable = neuron.spikeTable(r);
		traceTable = neuron.traceTable(r, "nA");
	}
}
