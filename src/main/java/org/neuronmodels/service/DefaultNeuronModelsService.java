package org.neuronmodels.service;

import java.util.List;

import org.neuronmodels.commandsweep.SweepRequest;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiProtocol;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Default implementation of {@link NeuronModelsService}: every method hands over to one handle or accessor. */
@Plugin(type = Service.class)
public class DefaultNeuronModelsService extends AbstractService implements NeuronModelsService {

	/** Started with this service, so that every command's Table stimulus can read NWB files. */
	@Parameter
	private NwbService nwbFiles;

	// NB: services a sweep needs (started with this service in any context)
	@Parameter
	private CommandService commandService;
	@Parameter
	private ModuleService moduleService;
	@Parameter
	private ParseService parseService;
	@Parameter
	private ConvertService convertService;

	private final StimulusFactory stimuli = new StimulusFactory();
	private final IzhikevichRuns izhikevich = new IzhikevichRuns();
	private final Analysis analysis = new Analysis();
	private final Charts charts = new Charts();
	private final Images images = new Images();
	private final ResultTables tables = new ResultTables();

	@Override
	public List<String> models() {
		return ModelRegistry.names();
	}

	@Override
	public ModelRun model(final String name) {
		return new ModelRun(name);
	}

	@Override
	public ModelRun equations(final String equations) {
		return ModelRun.ofEquations(equations);
	}

	@Override
	public StimulusFactory stimuli() {
		return stimuli;
	}

	@Override
	public NetworkRun network(final String preset) {
		return new NetworkRun(preset);
	}

	@Override
	public FiCurve fiCurve(final ModelRun model, final double currentMin, final double currentMax,
		final int currentSteps)
	{
		if (currentSteps > ResultTables.MAX_ROWS) throw new org.neuronmodels.core.InvalidParameterException(
			"currentSteps", "currentSteps = " + currentSteps + " is more than the " + ResultTables.MAX_ROWS +
				" currents returned as arrays: stream the rows to a CSV file instead, " +
				"neuron.analysis().fiCurveToFile(model, currentMin, currentMax, currentSteps, file)");
		return analysis.fiCurve(model.setup(), FiProtocol.constant(model.duration()), currentMin, currentMax,
			currentSteps, false, ProgressMonitor.NONE);
	}

	@Override
	public SweepRequest sweep(final String command) {
		return new SweepRequest(getContext(), command);
	}

	@Override
	public IzhikevichRuns izhikevich() {
		return izhikevich;
	}

	@Override
	public Analysis analysis() {
		return analysis;
	}

	@Override
	public Charts charts() {
		return charts;
	}

	@Override
	public Images images() {
		return images;
	}

	@Override
	public ResultTables tables() {
		return tables;
	}

	@Override
	public List<String> writeOutputs(final java.io.File folder, final String command,
		final java.util.Map<String, Object> inputs, final java.util.Map<String, Object> outputs)
	{
		return OutputFiles.write(folder, command, inputs, outputs);
	}

	@Override
	public void checkOutputFolder(final java.io.File folder) {
		OutputFiles.check(folder);
	}
}
