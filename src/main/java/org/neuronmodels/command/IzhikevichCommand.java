package org.neuronmodels.command;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.izhikevich.IzhikevichModel;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one Izhikevich neuron: one of the 20 behaviours of Izhikevich
 * (2004) Fig. 1 or the 2003 classes exactly as published, or a Custom neuron
 * driven by the shared stimuli.
 */
@Plugin(type = Command.class, label = "Izhikevich", menuPath = "Plugins>Neuron Models>Izhikevich...")
public class IzhikevichCommand extends SingleNeuronCommand {

	/** dt used by Custom when {@code dt = 0}: the figure code's most common tau, ms. */
	static final double CUSTOM_DEFAULT_DT = 0.25;

	{
		stimulus = "Step";
		stimStart = 10;
		stimStop = 100;
	}

	@Parameter(label = "Amplitude (pA-like units of Izhikevich 2004)",
		description = "Stimulus amplitude in pA-like units of Izhikevich 2004 (white noise: intensity in pA-like units of Izhikevich 2004·√ms; " +
		"OU noise: standard deviation in pA-like units of Izhikevich 2004). (Custom preset only.)",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 14;

	@Parameter(label = "Offset (pA-like units of Izhikevich 2004)",
		description = "DC offset of sine and noise; ramp start value; in pA-like units of Izhikevich 2004. (Custom preset only.)",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Preset", description = "A behaviour of Izhikevich (2004) Fig. 1 or a class of Izhikevich " +
		"(2003) with its published parameters, initial state, stimulus, dt and duration; Custom uses a, b, c, d, " +
		"vInit, duration and the stimulus inputs instead.", choices = { IzhikevichPresets.A_TONIC_SPIKING,
		IzhikevichPresets.B_PHASIC_SPIKING,
			IzhikevichPresets.C_TONIC_BURSTING, IzhikevichPresets.D_PHASIC_BURSTING, IzhikevichPresets.E_MIXED_MODE,
			IzhikevichPresets.F_SPIKE_FREQUENCY_ADAPTATION,
			IzhikevichPresets.G_CLASS_1_EXCITABLE, IzhikevichPresets.H_CLASS_2_EXCITABLE,
			IzhikevichPresets.I_SPIKE_LATENCY, IzhikevichPresets.J_SUBTHRESHOLD_OSCILLATIONS,
			IzhikevichPresets.K_RESONATOR, IzhikevichPresets.L_INTEGRATOR, IzhikevichPresets.M_REBOUND_SPIKE,
			IzhikevichPresets.N_REBOUND_BURST, IzhikevichPresets.O_THRESHOLD_VARIABILITY,
			IzhikevichPresets.P_BISTABILITY, IzhikevichPresets.Q_DEPOLARIZING_AFTER_POTENTIAL,
			IzhikevichPresets.R_ACCOMMODATION,
			IzhikevichPresets.S_INHIBITION_INDUCED_SPIKING, IzhikevichPresets.T_INHIBITION_INDUCED_BURSTING,
			IzhikevichPresets.RS_REGULAR_SPIKING,
			IzhikevichPresets.IB_INTRINSICALLY_BURSTING, IzhikevichPresets.CH_CHATTERING,
			IzhikevichPresets.FS_FAST_SPIKING, IzhikevichPresets.TC_THALAMO_CORTICAL,
			IzhikevichPresets.LTS_LOW_THRESHOLD_SPIKING, IzhikevichPresets.RZ_RESONATOR, IzhikevichPresets.CUSTOM })
	String preset = "(A) tonic spiking";

	@Parameter(label = "Integration", description = "Published: the paper's own loop (figure1.m for Fig. 1 and " +
		"Custom, net.m's half-steps for the 2003 classes). Consistent: forward Euler on the same equations.",
		choices = { IzhikevichIntegration.PUBLISHED_LABEL, IzhikevichIntegration.CONSISTENT_LABEL })
	String integration = "Published";

	@Parameter(label = "Time step dt (ms; 0 = the preset's)", description = "Integration step in ms; 0 uses the " +
		"preset's own step (Custom: 0.25 ms).", min = IzhikevichModel.DT_MIN, max = IzhikevichModel.DT_MAX)
	double dt = 0;

	@Parameter(label = "Custom: a (1/ms)", description = "Time scale of the recovery variable u (Custom only).",
		min = IzhikevichModel.A_MIN, max = IzhikevichModel.A_MAX)
	double a = IzhikevichModel.A_DEFAULT;

	@Parameter(label = "Custom: b", description = "Sensitivity of u to v (Custom only).", min = IzhikevichModel.B_MIN,
		max = IzhikevichModel.B_MAX)
	double b = IzhikevichModel.B_DEFAULT;

	@Parameter(label = "Custom: c (mV)", description = "After-spike reset of v, in mV, below the 30 mV peak " +
		"(Custom only).", min = IzhikevichModel.C_MIN, max = IzhikevichModel.C_MAX)
	double c = IzhikevichModel.C_DEFAULT;

	@Parameter(label = "Custom: d", description = "After-spike increment of u (Custom only).",
		min = IzhikevichModel.D_MIN,
		max = IzhikevichModel.D_MAX)
	double d = IzhikevichModel.D_DEFAULT;

	@Parameter(label = "Custom: initial v (mV)", description = "Initial membrane potential in mV, below 30 mV; " +
		"u starts at b·v (Custom only).", min = IzhikevichModel.V_INIT_MIN, max = IzhikevichModel.V_INIT_MAX)
	double vInit = IzhikevichModel.V_INIT_DEFAULT;

	@Parameter(label = "Custom: duration (ms)", description = "Simulated time in ms (Custom only).",
		min = InputLimits.POSITIVE_MIN, max = InputLimits.DURATION_MAX)
	double duration = 100;

	@Parameter(type = ItemIO.OUTPUT, label = "Recovery variable u")
	double[] recovery;
	@Parameter(type = ItemIO.OUTPUT, label = "Izhikevich phase plane")
	JFreeChart phasePlane;

	@Override
	protected String currentUnit() {
		return IzhikevichCell.CURRENT_UNIT;
	}

	@Override
	protected void checkInputs() {
		if (IzhikevichPresets.CUSTOM.equalsIgnoreCase(preset)) {
			final TimeGrid grid = TimeGrid.of(duration, dt == 0 ? CUSTOM_DEFAULT_DT : dt);
			checkOutputMemory(grid, 2);
			neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		} else {
			final IzhikevichPreset p = neuron.izhikevich().preset(preset);
			checkOutputMemory(TimeGrid.of(p.duration(), dt == 0 ? p.dt() : dt), 2);
		}
	}

	@Override
	protected void execute() {
		final IzhikevichIntegration scheme = IzhikevichIntegration.fromLabel(integration);
		final boolean custom = IzhikevichPresets.CUSTOM.equalsIgnoreCase(preset);
		final StimulusSpec spec = custom ? stimulusSpec(amplitude, offset) : null;
		final IzhikevichPreset p = custom ? customPreset(spec) : neuron.izhikevich().preset(preset);
		final SimulationResult r = simulateChecked((d, len, monitor) -> neuron.izhikevich().run(p, integration, d,
			recordEvery, monitor), dt == 0 ? p.dt() : dt, p.duration(), 0, spec, custom ? amplitude : Double.NaN,
			dt != 0);
		final double[] window = custom ? spec.rateWindow(p.duration()) : new double[] { 0, p.duration() };
		recovery = neuron.analysis().trace(r, "u", 0);
		publish(r, window, neuron.charts().izhikevich(r, p.label() + " (" + scheme.label() + ")"),
		"Izhikevich spike raster");
		phasePlane = neuron.charts().izhikevichPhasePlane(p, r);
	}

	private IzhikevichPreset customPreset(final StimulusSpec spec) {
		final double step = dt == 0 ? CUSTOM_DEFAULT_DT : dt;
		final TimeGrid grid = TimeGrid.of(duration, step);
		return neuron.izhikevich().custom(a, b, c, d, vInit, step, duration, neuron.stimuli().of(spec, grid));
	}
}
