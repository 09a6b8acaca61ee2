package org.neuronmodels.command;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import java.io.File;
import java.nio.file.Path;

import org.neuronmodels.core.adex.AdExModel;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.expif.ExpIfModel;
import org.neuronmodels.core.hh.HhModel;
import org.neuronmodels.core.izhikevich.IzhikevichModel;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.commandsweep.FiShards;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.core.record.StagedData;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiSink;
import org.neuronmodels.core.sweep.FiStream;
import org.neuronmodels.core.sweep.FiSummary;
import org.neuronmodels.core.sweep.FiTableSink;
import org.neuronmodels.module.DataFolder;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.core.traubmiles.TraubMilesModel;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.service.ResultTables;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The f–I curve of any registered neuron model, chosen by name with a preset
 * and {@code modelParameters} text: the steady firing rate for a range of
 * constant (or step) currents, simulated in blocks of one population each. Up
 * to {@link FiStream#IN_MEMORY_MAX} currents (10⁶ without {@code --out}) every
 * array is an output; above, the rows stream to {@code table.csv} as the
 * blocks complete and only scalars and the (decimated) chart are kept.
 */
@Plugin(type = Command.class, label = "f-I Curve", menuPath = "Plugins>Neuron Models>f-I Curve...")
public class FiCurveCommand extends SweepExecutorCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Model", description = "The neuron model, by name (any registered model).", choices = {
		LifModel.NAME, HhModel.NAME, IzhikevichModel.NAME, ExpIfModel.NAME, AdExModel.NAME, TraubMilesModel.NAME,
		MorrisLecarModel.NAME, EquationModelDescriptor.NAME })
	String model = LifModel.NAME;

	@Parameter(label = "Equation model file", description = "For model \"Equation\": a model saved by Equation " +
		"Neuron (its saveModel input); its parameters are then model parameters by name, in the suite's units. " +
		"Empty: the equation model registered last (by Equation Neuron or a script).", required = false,
		style = "open")
	File equationModel;

	@Parameter(label = "Preset", description = "A named parameter set of the model (e.g. \"1952\" for " +
		"Hodgkin-Huxley, \"Tonic\" for AdEx, \"(A) tonic spiking\" for Izhikevich); \"Model default\": the " +
		"model's defaults.", required = false)
	String preset = ModelDescriptor.MODEL_DEFAULT;

	@Parameter(label = "Model parameters (name=value, ...)", description = "Parameters that differ from the " +
		"preset, by the field names of the model's own command in its units, e.g. \"tauM=10, tRef=2\"; unknown " +
		"names and values out of range are errors.", required = false)
	String modelParameters = "";

	@Parameter(label = "Minimum current (nA, µA/cm²)", description = "Smallest injected current, in the model's " +
		"current unit (nA; µA/cm² for Hodgkin-Huxley).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double currentMin = 0;

	@Parameter(label = "Maximum current (nA, µA/cm²)", description = "Largest injected current (at least the " +
		"minimum), in the model's current unit.", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double currentMax = 5;

	@Parameter(label = "Number of currents", description = "Currents evenly spaced from minimum to maximum " +
		"(one neuron each).", min = InputLimits.ONE, max = InputLimits.COUNT_MAX)
	int currentSteps = 101;

	@Parameter(label = "Stimulus", description = "Constant: each current for the whole run; Step: from stimStart " +
		"to stimStop.", choices = { FiProtocol.CONSTANT, FiProtocol.STEP })
	String stimulus = FiProtocol.CONSTANT;

	@Parameter(label = "Stimulus start (ms)", description = "Start of the step, in ms (Step only).",
		min = InputLimits.ZERO)
	double stimStart = 0;

	@Parameter(label = "Stimulus stop (ms)", description = "End of the step (exclusive), in ms (Step only).",
		min = InputLimits.ZERO)
	double stimStop = 500;

	@Parameter(label = "Duration (ms)", description = "Simulated time per current, in ms.",
		min = InputLimits.POSITIVE_MIN, max = InputLimits.DURATION_MAX)
	double duration = 500;

	@Parameter(label = "Interpolate spike times", description = "Also measure rates from threshold crossings " +
		"located inside the step (interpolatedRates), free of the rounding of intervals to whole steps (LIF, " +
		"Hodgkin-Huxley).")
	boolean interpolateSpikes = false;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; NaN: the preset's or the " +
		"model's default (LIF 0.1, Hodgkin-Huxley 0.01, Izhikevich 0.25, ExpIF 0.05, AdEx 0.01, Traub-Miles " +
		"0.1).",
		min = InputLimits.ZERO, max = LifModel.DT_MAX)
	double dt = Double.NaN;

	/**
	 * The {@code integrator} input's description: the choices are the names the
	 * model's descriptor lists ({@code ModelDescriptor.integrators()}), the first
	 * its default; written here from the same constants (FiCurveCommandTest
	 * checks it against every registered model).
	 */
	static final String INTEGRATOR_DESCRIPTION = "The integration scheme by name, one the model's descriptor lists; " +
		"Model default: the first of them. " + LifModel.NAME + ": " + Integrators.EXACT + ", " + Integrators.EULER +
		"; " + HhModel.NAME + ": " + Integrators.RK4 + ", " + Integrators.EXPONENTIAL_EULER + ", " + Integrators.EULER +
		", " + Integrators.HEUN + "; " + IzhikevichModel.NAME + ": " + IzhikevichModel.PUBLISHED + ", " +
		Integrators.EULER + ", " + IzhikevichModel.NET_M + "; " + ExpIfModel.NAME + ": " + Integrators.EULER + ", " +
		Integrators.HEUN + ", " + Integrators.RK4 + "; " + AdExModel.NAME + ": " + Integrators.EULER + ", " +
		Integrators.HEUN + ", " + Integrators.RK4 + "; " + TraubMilesModel.NAME + ": " +
		Integrators.EXPONENTIAL_EULER + "; " + MorrisLecarModel.NAME + ": " + Integrators.RK4 + ", " +
		Integrators.HEUN + ", " + Integrators.EULER + "; " + EquationModelDescriptor.NAME +
		": those its equations allow. Another name is refused.";

	@Parameter(label = "Integrator", description = INTEGRATOR_DESCRIPTION, choices = { ModelDescriptor.MODEL_DEFAULT, Integrators.EXACT,
			Integrators.EULER, Integrators.HEUN, Integrators.RK4, Integrators.EXPONENTIAL_EULER,
			IzhikevichModel.PUBLISHED, IzhikevichModel.NET_M })
	String integrator = ModelDescriptor.MODEL_DEFAULT;

	@Parameter(label = "Threads (0: all processors)", description = "Blocks of currents run in parallel on this " +
		"many threads; 0 uses every processor. The numbers do not depend on it.", min = InputLimits.ZERO,
		max = InputLimits.THREADS_MAX)
	int threads = 0;

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
	@Parameter(type = ItemIO.OUTPUT, label = "f-I table (data file)")
	StagedData tableFile;

	@Override
	protected void checkInputs() {
		FiProtocol.of(stimulus, duration, stimStart, stimStop).grid(setup().dt());
	}

	@Override
	protected void execute() {
		final FiProtocol protocol = FiProtocol.of(stimulus, duration, stimStart, stimStop);
		final int n = neuron.analysis().threads(threads);
		final Path folder = DataFolder.current();
		if (currentSteps > (folder == null ? ResultTables.MAX_ROWS : FiStream.IN_MEMORY_MAX)) {
			streamed(protocol, n, folder);
			return;
		}
		final long start = System.nanoTime();
		final FiCurve c = slurmSettings() != null ? FiShards.run(inputTexts(), slurmSettings(), this::log, progress())
			: neuron.analysis().fiCurve(setup(), protocol, currentMin, currentMax, currentSteps, interpolateSpikes, n,
				progress());
		if (slurmSettings() == null) logTime(n, start, "rows kept in memory");
		if (c == null) return; // submitted to SLURM without waiting: the log says how to collect
		currents = c.currents();
		rates = c.rates();
		interpolatedRates = c.interpolatedRates();
		theoryRates = c.theoryRates();
		rheobase = c.rheobase();
		theoryRheobase = c.theoryRheobase();
		maxRate = c.maxRate();
		chart = neuron.charts().fiCurve(c);
		table = neuron.tables().fiCurve(c);
	}

	/** A big run: rows streamed to table.csv in the data folder (if any), only scalars and the chart kept. */
	private void streamed(final FiProtocol protocol, final int n, final Path folder) {
		final ModelSetup setup = setup();
		final FiTableSink file = folder == null ? null : neuron.analysis().fiTableFile(folder, "table.csv", setup,
			interpolateSpikes);
		final long start = System.nanoTime();
		final FiSink rows = file == null ? FiSink.NONE : file;
		final FiSummary s = slurmSettings() != null ? FiShards.runStreamed(inputTexts(), slurmSettings(), this::log,
			rows, progress()) : neuron.analysis().fiCurveStreamed(setup, protocol, currentMin, currentMax,
				currentSteps, interpolateSpikes, n, rows, progress());
		if (s == null) return; // submitted to SLURM without waiting: the log says how to collect
		if (slurmSettings() == null) logTime(n, start, "rows streamed");
		if (file == null) {
			log("f-I Curve: " + currentSteps + " currents are more than a results table holds; the rows were not " +
				"kept. For table.csv with every row give an output folder (outputFolder in Fiji, --out DIR " +
				"headless); the chart shows the whole curve.");
		}
		tableFile = file;
		rheobase = s.rheobase();
		theoryRheobase = s.theoryRheobase();
		maxRate = s.maxRate();
		chart = neuron.charts().fiCurve(s);
	}

	/** A note of the simulation time (stderr headless, which bench/fi-vs-brian2.sh reads; Fiji's console). */
	private void logTime(final int n, final long start, final String rows) {
		log(String.format(java.util.Locale.ROOT, "f-I Curve: %d currents simulated on %d threads in %.3f s (%s, " +
			"rheobase search included)", currentSteps, n, (System.nanoTime() - start) / 1e9, rows));
	}

	private ModelSetup setup() {
		return neuron.analysis().fiModel(model, preset, modelParameters, dt, integrator, equationModel);
	}
}
