package org.neuronmodels.command;

import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.hh.HhModel;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.service.Images;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one Hodgkin-Huxley neuron (per unit membrane area) driven by a
 * chosen stimulus in &micro;A/cm&sup2;. The biophysical inputs left at NaN take the
 * chosen convention's values; the dialog shows them filled in, and choosing
 * another convention there fills in that convention's values.
 */
@Plugin(type = Command.class, label = "Hodgkin-Huxley", menuPath = "Plugins>Neuron Models>Hodgkin-Huxley...",
	initializer = "prepareInputs")
public class HhCommand extends SingleNeuronCommand {

	{
		stimulus = "Step";
		stimStart = 10;
		stimStop = 90;
	}

	@Parameter(label = "Amplitude (µA/cm²)",
		description = "Stimulus amplitude in µA/cm² (white noise: intensity in µA/cm²·√ms; " +
		"OU noise: standard deviation in µA/cm²).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 10;

	@Parameter(label = "Offset (µA/cm²)", description = "DC offset of sine and noise; ramp start value; in µA/cm².",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Convention", description = "Modern: rest near -65 mV as NEURON's hh; 1952: Hodgkin & " +
		"Huxley's original with rest at 0 mV (depolarisation positive).", choices = { HhModel.CONVENTION_MODERN,
		HhModel.CONVENTION_1952 },
		callback = "conventionChanged", persist = false)
	String convention = HhModel.CONVENTION_DEFAULT;

	@Parameter(label = "Temperature (°C)", description = "Every rate is multiplied by 3^((T - 6.3)/10).",
		min = HhModel.CELSIUS_MIN, max = HhModel.CELSIUS_MAX, stepSize = HhModel.CELSIUS_STEP)
	double celsius = HhModel.CELSIUS_DEFAULT;

	@Parameter(label = "g_Na (mS/cm²)", description = "Maximal sodium conductance in mS/cm²; NaN: the " +
		"convention's 120.", min = HhModel.CONDUCTANCE_MIN, max = HhModel.CONDUCTANCE_MAX, persist = false)
	double gNa = Double.NaN;

	@Parameter(label = "g_K (mS/cm²)", description = "Maximal potassium conductance in mS/cm²; NaN: the " +
		"convention's 36.", min = HhModel.CONDUCTANCE_MIN, max = HhModel.CONDUCTANCE_MAX, persist = false)
	double gK = Double.NaN;

	@Parameter(label = "g_L (mS/cm²)", description = "Leak conductance in mS/cm²; NaN: the convention's 0.3.",
		min = HhModel.CONDUCTANCE_MIN, max = HhModel.CONDUCTANCE_MAX, persist = false)
	double gL = Double.NaN;

	@Parameter(label = "E_Na (mV)", description = "Sodium reversal potential in mV; NaN: the convention's " +
		"(50 modern, 115 in 1952).", min = HhModel.POTENTIAL_MIN, max = HhModel.POTENTIAL_MAX, persist = false)
	double eNa = Double.NaN;

	@Parameter(label = "E_K (mV)", description = "Potassium reversal potential in mV; NaN: the convention's " +
		"(-77 modern, -12 in 1952).", min = HhModel.POTENTIAL_MIN, max = HhModel.POTENTIAL_MAX, persist = false)
	double eK = Double.NaN;

	@Parameter(label = "E_L (mV)", description = "Leak reversal potential in mV; NaN: the convention's " +
		"(-54.3 modern, 10.6 in 1952).", min = HhModel.POTENTIAL_MIN, max = HhModel.POTENTIAL_MAX, persist = false)
	double eL = Double.NaN;

	@Parameter(label = "Capacitance (µF/cm²)", description = "Membrane capacitance in µF/cm²; NaN: the " +
		"convention's 1.", min = HhModel.CAPACITANCE_MIN, max = HhModel.CAPACITANCE_MAX, persist = false)
	double capacitance = Double.NaN;

	@Parameter(label = "Initial V (mV)", description = "Initial membrane potential in mV, gates at steady state " +
		"for it; NaN: the convention's rest (-65 modern, 0 in 1952).", min = HhModel.POTENTIAL_MIN,
		max = HhModel.POTENTIAL_MAX, persist = false)
	double vInit = Double.NaN;

	@Parameter(label = "Spike detection level (mV)", description = "A spike is an upward crossing of this " +
		"potential, in mV; NaN: the convention's (0 modern, 60 in 1952).", min = HhModel.POTENTIAL_MIN,
		max = HhModel.POTENTIAL_MAX,
		persist = false)
	double spikeThreshold = Double.NaN;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms (0.01-0.025 is accurate; " +
		"Euler and RK4 blow up near 0.1).", min = HhModel.DT_MIN, max = HhModel.DT_MAX)
	double dt = HhModel.DT_DEFAULT;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 100;

	@Parameter(label = "Integrator", description = "RK4: classical Runge-Kutta (4th order); Exponential Euler: " +
		"as Brian2's exponential_euler (1st order); Euler: forward Euler (1st order).", choices = { Integrators.RK4,
			Integrators.EXPONENTIAL_EULER, Integrators.EULER })
	String integrator = HhModel.INTEGRATOR_DEFAULT;

	@Parameter(type = ItemIO.OUTPUT, label = "Na activation m")
	double[] m;
	@Parameter(type = ItemIO.OUTPUT, label = "Na inactivation h")
	double[] h;
	@Parameter(type = ItemIO.OUTPUT, label = "K activation n")
	double[] n;
	@Parameter(type = ItemIO.OUTPUT, label = "I_Na (µA/cm²)")
	double[] iNa;
	@Parameter(type = ItemIO.OUTPUT, label = "I_K (µA/cm²)")
	double[] iK;
	@Parameter(type = ItemIO.OUTPUT, label = "I_L (µA/cm²)")
	double[] iL;

	@Override
	protected String currentUnit() {
		return "µA/cm²";
	}

	/** The neuron of the inputs on the service's handle (its check is the run's); NaN: the convention's value. */
	private ModelRun hh() {
		final ModelRun run = model(HhModel.NAME).preset(convention).set("celsius", celsius).integrator(integrator);
		final String[] names = { "gNa", "gK", "gL", "eNa", "eK", "eL", "capacitance", "vInit", "spikeThreshold" };
		final double[] values = { gNa, gK, gL, eNa, eK, eL, capacitance, vInit, spikeThreshold };
		for (int i = 0; i < names.length; i++)
			if (!Double.isNaN(values[i])) run.set(names[i], values[i]);
		return run;
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		checkOutputMemory(grid, 7);
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		hh().dt(dt).duration(duration).check();
		Images.checkRaster(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final SimulationResult r = simulateChecked((d, len, monitor) -> hh().dt(d).duration(len).stimulus(neuron
			.stimuli().of(spec, TimeGrid.of(duration, d))).monitor(monitor).run(), grid.dt(), duration, 0, spec,
			amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		m = neuron.analysis().trace(r, "m", 0);
		h = neuron.analysis().trace(r, "h", 0);
		n = neuron.analysis().trace(r, "n", 0);
		iNa = neuron.analysis().trace(r, "I_Na", 0);
		iK = neuron.analysis().trace(r, "I_K", 0);
		iL = neuron.analysis().trace(r, "I_L", 0);
		publish(r, window, neuron.charts().hodgkinHuxley(r, "Hodgkin-Huxley", Double.isNaN(spikeThreshold)
			? HhConvention.fromLabel(convention).spikeThreshold() : spikeThreshold), "HH spike raster");
	}

	/**
	 * Module initializer: fills the biophysical inputs still at NaN with the
	 * convention's values, so the dialog shows numbers. SciJava calls it after
	 * the inputs given by a macro or script are set and before the dialog.
	 */
	protected void prepareInputs() {
		fillFromConvention(false);
	}

	/** Dialog callback: a newly chosen convention fills in all its values. */
	void conventionChanged() {
		fillFromConvention(true);
	}

	private void fillFromConvention(final boolean all) {
		final HhConvention c = conventionOrModern();
		gNa = fill(gNa, HhConvention.G_NA, all);
		gK = fill(gK, HhConvention.G_K, all);
		gL = fill(gL, HhConvention.G_L, all);
		capacitance = fill(capacitance, HhConvention.CAPACITANCE, all);
		eNa = fill(eNa, c.eNa(), all);
		eK = fill(eK, c.eK(), all);
		eL = fill(eL, c.eL(), all);
		vInit = fill(vInit, c.restPotential(), all);
		spikeThreshold = fill(spikeThreshold, c.spikeThreshold(), all);
	}

	private HhConvention conventionOrModern() {
		for (final HhConvention c : HhConvention.values())
			if (c.label().equalsIgnoreCase(convention) || c.name().equalsIgnoreCase(convention)) return c;
		return HhConvention.MODERN; // an invalid label is reported by execute()
	}

	private static double fill(final double value, final double conventionValue, final boolean all) {
		return all || Double.isNaN(value) ? conventionValue : value;
	}
}
