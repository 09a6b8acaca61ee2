package org.neuronmodels.command;

import ij.measure.ResultsTable;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.record.StagedData;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.commandsweep.SweepOutcome;
import org.neuronmodels.commandsweep.SweepRequest;
import org.neuronmodels.module.DataFolder;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Sweeps one or two numeric inputs of any neuron command over a grid and
 * measures one of its scalar outputs at every point.
 */
@Plugin(type = Command.class, label = "Parameter Sweep", menuPath = "Plugins>Neuron Models>Parameter Sweep...")
public class ParameterSweepCommand extends SweepExecutorCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Command",
		description = "The neuron command to sweep: its label (e.g. Leaky Integrate-and-Fire) " +
		"or class name.")
	String command = "Leaky Integrate-and-Fire";

	@Parameter(label = "Parameter 1", description = "The numeric input of the command swept along x (its field name, " +
		"e.g. tauM).")
	String parameter1 = "tauM";

	@Parameter(label = "Values 1 (min, max, steps, spacing)", description = "min, max, number of values and spacing " +
		"(Linear or Log) of parameter 1, in its own unit, e.g. 5, 50, 10, Log.")
	String values1 = "5, 50, 10, Log";

	@Parameter(label = "Parameter 2 (empty: 1-D sweep)",
		description = "The numeric input swept along y, or empty for " +
		"a 1-D sweep.", required = false)
	String parameter2 = "amplitude";

	@Parameter(label = "Values 2 (min, max, steps, spacing)", description = "The values of parameter 2, as for " +
		"parameter 1.", required = false)
	String values2 = "1, 4, 7, Linear";

	@Parameter(label = "Measure", description = "The scalar output of the command to measure at every point, e.g. " +
		"firingRate or spikeCount.")
	String measure = "firingRate";

	@Parameter(label = "Other inputs (key=value, ...)", description = "Inputs of the command that are not swept, as " +
		"key=value pairs separated by commas (text in double quotes); the rest keep the command's defaults.",
		required = false)
	String fixedInputs = "duration=500, stimStart=50, stimStop=450";

	@Parameter(label = "Threads (0: all processors)",
		description = "Grid points run in parallel on this many threads; " +
		"0 uses every processor. The numbers do not depend on it.", min = InputLimits.ZERO,
		max = InputLimits.THREADS_MAX)
	int threads = 0;

	@Parameter(label = "Traced points per axis", description = "Voltage traces are kept for up to this many points " +
		"per axis (3: a 3 × 3 grid of panels); 0: none.", min = InputLimits.ZERO, max = InputLimits.TRACES_PER_AXIS_MAX)
	int tracesPerAxis = 3;

	@Parameter(label = "Vectorise LIF sweeps", description = "Run a sweep of the LIF command as one population " +
		"(same numbers, much faster); off: one command run per point.")
	boolean vectorize = true;

	@Parameter(type = ItemIO.OUTPUT, label = "Sweep results")
	ResultsTable table;
	@Parameter(type = ItemIO.OUTPUT, label = "Sweep chart")
	JFreeChart chart;
	@Parameter(type = ItemIO.OUTPUT, label = "Sweep heatmap")
	Img<FloatType> heatmap;
	@Parameter(type = ItemIO.OUTPUT, label = "Sweep voltage traces")
	JFreeChart traceChart;
	@Parameter(type = ItemIO.OUTPUT, label = "Measure at each point")
	double[] measureValues;
	@Parameter(type = ItemIO.OUTPUT, label = "Grid points")
	int points;
	@Parameter(type = ItemIO.OUTPUT, label = "Sweep results (data file)")
	StagedData tableFile;
	@Parameter(type = ItemIO.OUTPUT, label = "Method")
	String method;

	@Override
	protected void execute() {
		final SweepRequest request = neuron.sweep(command).vary(parameter1, values1).measure(measure).fixed(
			fixedInputs).threads(neuron.analysis().threads(threads)).traces(tracesPerAxis)
			.vectorize(vectorize).onSlurm(slurmSettings());
		if (parameter2 != null && !parameter2.trim().isEmpty()) request.vary(parameter2.trim(), values2);
		final java.nio.file.Path folder = DataFolder.current();
		if (folder != null) request.streamTo(() -> neuron.analysis().sweepTableFile(folder, "table.csv"));
		final SweepOutcome outcome = request.run(progress());
		table = outcome.table();
		chart = outcome.chart();
		heatmap = outcome.heatmap();
		traceChart = outcome.traces();
		measureValues = outcome.isStreamed() ? null : outcome.values(); // streamed: rows in table.csv (or not kept)
		points = outcome.size();
		method = outcome.method();
		tableFile = outcome.tableFile();
	}
}
