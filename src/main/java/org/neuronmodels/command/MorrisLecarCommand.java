package org.neuronmodels.command;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.Images;
import org.neuronmodels.service.ModelRun;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one Morris–Lecar neuron (per unit membrane area) with the Type I or
 * Type II parameters of Rinzel &amp; Ermentrout (1989), driven by a chosen
 * stimulus in &micro;A/cm&sup2;, through the generic model handle. The inputs
 * that differ between the presets (g_Ca, V3, V4, φ) left at NaN take the
 * preset's values; the dialog shows them filled in, and choosing another
 * preset there fills in that preset's values. Every number and choice of the
 * annotations is a constant of {@link MorrisLecarModel}.
 */
@Plugin(type = Command.class, label = "Morris-Lecar", menuPath = "Plugins>Neuron Models>Morris-Lecar...",
	initializer = "prepareInputs")
public class MorrisLecarCommand extends SingleNeuronCommand {

	{
		stimulus = "Step";
		stimStart = 100;
		stimStop = 900;
	}

	@Parameter(label = "Amplitude (µA/cm²)", description = "Stimulus amplitude in µA/cm² (white noise: intensity " +
		"in µA/cm²·√ms; OU noise: standard deviation in µA/cm²).", min = InputLimits.CURRENT_MIN,
		max = InputLimits.CURRENT_MAX)
	double amplitude = 60;

	@Parameter(label = "Offset (µA/cm²)", description = "DC offset of sine and noise; ramp start value; in µA/cm².",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Preset", description = "Type I: firing starts at arbitrarily low rates (saddle-node on " +
		"invariant circle near 40 µA/cm²); Type II: firing starts at about 8 Hz (subcritical Hopf, bistable from " +
		"88.3 µA/cm²). Rinzel & Ermentrout (1989).", choices = { MorrisLecarModel.TYPE_I, MorrisLecarModel.TYPE_II },
		callback = "presetChanged", persist = false)
	String preset = MorrisLecarModel.TYPE_I;

	@Parameter(label = MorrisLecarModel.CAPACITANCE_LABEL, description = MorrisLecarModel.CAPACITANCE_DESCRIPTION,
		min = MorrisLecarModel.CAPACITANCE_MIN, max = MorrisLecarModel.CAPACITANCE_MAX)
	double capacitance = MorrisLecarModel.CAPACITANCE_DEFAULT;

	@Parameter(label = MorrisLecarModel.G_L_LABEL, description = MorrisLecarModel.G_L_DESCRIPTION,
		min = MorrisLecarModel.CONDUCTANCE_MIN, max = MorrisLecarModel.CONDUCTANCE_MAX)
	double gL = MorrisLecarModel.G_L_DEFAULT;

	@Parameter(label = MorrisLecarModel.G_CA_LABEL, description = MorrisLecarModel.G_CA_DESCRIPTION + " NaN: the " +
		"preset's.", min = MorrisLecarModel.CONDUCTANCE_MIN, max = MorrisLecarModel.CONDUCTANCE_MAX, persist = false)
	double gCa = Double.NaN;

	@Parameter(label = MorrisLecarModel.G_K_LABEL, description = MorrisLecarModel.G_K_DESCRIPTION,
		min = MorrisLecarModel.CONDUCTANCE_MIN, max = MorrisLecarModel.CONDUCTANCE_MAX)
	double gK = MorrisLecarModel.G_K_DEFAULT;

	@Parameter(label = MorrisLecarModel.E_L_LABEL, description = MorrisLecarModel.E_L_DESCRIPTION,
		min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double eL = MorrisLecarModel.E_L_DEFAULT;

	@Parameter(label = MorrisLecarModel.E_CA_LABEL, description = MorrisLecarModel.E_CA_DESCRIPTION,
		min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double eCa = MorrisLecarModel.E_CA_DEFAULT;

	@Parameter(label = MorrisLecarModel.E_K_LABEL, description = MorrisLecarModel.E_K_DESCRIPTION,
		min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double eK = MorrisLecarModel.E_K_DEFAULT;

	@Parameter(label = MorrisLecarModel.V1_LABEL, description = MorrisLecarModel.V1_DESCRIPTION,
		min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double v1 = MorrisLecarModel.V1_DEFAULT;

	@Parameter(label = MorrisLecarModel.V2_LABEL, description = MorrisLecarModel.V2_DESCRIPTION,
		min = MorrisLecarModel.SLOPE_MIN, max = MorrisLecarModel.SLOPE_MAX)
	double v2 = MorrisLecarModel.V2_DEFAULT;

	@Parameter(label = MorrisLecarModel.V3_LABEL, description = MorrisLecarModel.V3_DESCRIPTION + " NaN: the " +
		"preset's.", min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX, persist = false)
	double v3 = Double.NaN;

	@Parameter(label = MorrisLecarModel.V4_LABEL, description = MorrisLecarModel.V4_DESCRIPTION + " NaN: the " +
		"preset's.", min = MorrisLecarModel.SLOPE_MIN, max = MorrisLecarModel.SLOPE_MAX, persist = false)
	double v4 = Double.NaN;

	@Parameter(label = MorrisLecarModel.PHI_LABEL, description = MorrisLecarModel.PHI_DESCRIPTION + " NaN: the " +
		"preset's.", min = MorrisLecarModel.PHI_MIN, max = MorrisLecarModel.PHI_MAX, persist = false)
	double phi = Double.NaN;

	@Parameter(label = MorrisLecarModel.V_INIT_LABEL, description = MorrisLecarModel.V_INIT_DESCRIPTION,
		min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double vInit = Double.NaN;

	@Parameter(label = MorrisLecarModel.SPIKE_THRESHOLD_LABEL, description = MorrisLecarModel
		.SPIKE_THRESHOLD_DESCRIPTION, min = MorrisLecarModel.POTENTIAL_MIN, max = MorrisLecarModel.POTENTIAL_MAX)
	double spikeThreshold = MorrisLecarModel.SPIKE_THRESHOLD_DEFAULT;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms (all three schemes are " +
		"stable up to 1 ms; 0.05 is accurate).", min = MorrisLecarModel.DT_MIN, max = MorrisLecarModel.DT_MAX)
	double dt = MorrisLecarModel.DT_DEFAULT;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 1000;

	@Parameter(label = "Integrator", description = "RK4: classical Runge-Kutta (4th order); Heun: explicit " +
		"trapezoid (2nd order); Euler: forward Euler (1st order).", choices = { Integrators.RK4, Integrators.HEUN,
			Integrators.EULER })
	String integrator = MorrisLecarModel.INTEGRATOR_DEFAULT;

	@Parameter(type = ItemIO.OUTPUT, label = "K activation w")
	double[] w;
	@Parameter(type = ItemIO.OUTPUT, label = "I_Ca (µA/cm²)")
	double[] iCa;
	@Parameter(type = ItemIO.OUTPUT, label = "I_K (µA/cm²)")
	double[] iK;
	@Parameter(type = ItemIO.OUTPUT, label = "I_L (µA/cm²)")
	double[] iL;
	@Parameter(type = ItemIO.OUTPUT, label = "Phase plane")
	JFreeChart phasePlane;

	@Override
	protected String currentUnit() {
		return MorrisLecarModel.CURRENT_UNIT;
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		checkOutputMemory(grid, 5);
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		model().check();
		Images.checkRaster(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final ModelRun run = model().stimulus(neuron.stimuli().of(spec, TimeGrid.of(duration, dt))).monitor(progress());
		final SimulationResult r = run.run();
		w = neuron.analysis().trace(r, "w", 0);
		iCa = neuron.analysis().trace(r, "I_Ca", 0);
		iK = neuron.analysis().trace(r, "I_K", 0);
		iL = neuron.analysis().trace(r, "I_L", 0);
		final String title = MorrisLecarModel.NAME + " (" + preset + ")";
		publish(r, spec.rateWindow(r.grid().duration()), neuron.charts().stateVariables(r, title, currentUnit(),
			Double.NaN, new String[] { "spike detection" }, new double[] { spikeThreshold }), "Morris-Lecar spike raster");
		phasePlane = neuron.charts().morrisLecarPhasePlane(run, r, title + ": phase plane");
	}

	/** The model handle with every input of this command (NaN: the preset's value, or derived). */
	private ModelRun model() {
		final StringBuilder p = new StringBuilder();
		final String[] names = { MorrisLecarModel.CAPACITANCE, MorrisLecarModel.G_L, MorrisLecarModel.G_CA,
			MorrisLecarModel.G_K, MorrisLecarModel.E_L, MorrisLecarModel.E_CA, MorrisLecarModel.E_K, MorrisLecarModel.V1,
			MorrisLecarModel.V2, MorrisLecarModel.V3, MorrisLecarModel.V4, MorrisLecarModel.PHI, MorrisLecarModel.V_INIT,
			MorrisLecarModel.SPIKE_THRESHOLD };
		final double[] values = { capacitance, gL, gCa, gK, eL, eCa, eK, v1, v2, v3, v4, phi, vInit, spikeThreshold };
		for (int i = 0; i < names.length; i++)
			if (!Double.isNaN(values[i])) p.append(p.length() == 0 ? "" : ", ").append(names[i]).append('=').append(
				values[i]);
		return neuron.model(MorrisLecarModel.NAME).preset(preset).parameters(p.toString()).dt(dt).integrator(
			integrator).duration(duration).recordEvery(recordEvery);
	}

	/**
	 * Module initializer: fills the preset-dependent inputs still at NaN with the
	 * preset's values, so the dialog shows numbers.
	 */
	protected void prepareInputs() {
		fillFromPreset(false);
	}

	/** Dialog callback: a newly chosen preset fills in all its values. */
	void presetChanged() {
		fillFromPreset(true);
	}

	private void fillFromPreset(final boolean all) {
		final boolean typeII = MorrisLecarModel.TYPE_II.equalsIgnoreCase(preset);
		gCa = all || Double.isNaN(gCa) ? typeII ? MorrisLecarModel.TYPE_II_G_CA : MorrisLecarModel.G_CA_DEFAULT : gCa;
		v3 = all || Double.isNaN(v3) ? typeII ? MorrisLecarModel.TYPE_II_V3 : MorrisLecarModel.V3_DEFAULT : v3;
		v4 = all || Double.isNaN(v4) ? typeII ? MorrisLecarModel.TYPE_II_V4 : MorrisLecarModel.V4_DEFAULT : v4;
		phi = all || Double.isNaN(phi) ? typeII ? MorrisLecarModel.TYPE_II_PHI : MorrisLecarModel.PHI_DEFAULT : phi;
	}
}
