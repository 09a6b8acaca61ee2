package org.neuronmodels.command;

import java.io.File;

import ij.measure.ResultsTable;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.adex.AdExModel;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.expif.ExpIfModel;
import org.neuronmodels.core.hh.HhModel;
import org.neuronmodels.core.izhikevich.IzhikevichModel;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.SynapseKind;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates a recurrent spiking network (a published preset or a custom LIF
 * E/I network) and shows it as images: the spike raster and the connectivity.
 * Numbers left at NaN (neurons at 0) take the preset's published value.
 */
@Plugin(type = Command.class, label = "Spiking Network", menuPath = "Plugins>Neuron Models>Spiking Network...")
public class SpikingNetworkCommand extends NeuronModelsCommand {

	@Parameter
	private NeuronModelsService neuron;

	@Parameter(label = "Preset", description = "The network: its model, sizes, weights and duration.", choices = {
		NetworkPreset.RING_LABEL, NetworkPreset.CUBA_LABEL, NetworkPreset.COBA_LABEL, NetworkPreset.COBAHH_LABEL,
		NetworkPreset.BRUNEL_LABEL, NetworkPreset.IZHIKEVICH_LABEL, NetworkPreset.CUSTOM_LABEL })
	String preset = "CUBA";

	@Parameter(label = "Neurons (0 = preset)", description = "Total number of neurons (80 % excitatory); 0 keeps the " +
		"preset's.", min = InputLimits.ZERO, max = InputLimits.COUNT_MAX)
	int neurons = 0;

	@Parameter(label = "Connection probability (NaN = preset)", description = "Probability of each synapse (Brunel: " +
		"ε, the in-degree C_E = ε·10000, C_I = ε·2500 whatever the size; Izhikevich: 1 = all-to-all); NaN keeps " +
		"the preset's.", min = InputLimits.ZERO,
		max = InputLimits.PROBABILITY_MAX)
	double connectionProbability = Double.NaN;

	@Parameter(label = "Excitatory weight (preset unit; NaN = preset)",
		description = "Weight of excitatory synapses: " +
		"nA (current), µS (conductance), mV (delta), mV/ms (Izhikevich, maximum of U(0,1)·w).",
		min = InputLimits.WEIGHT_MIN, max = InputLimits.WEIGHT_MAX)
	double excitatoryWeight = Double.NaN;

	@Parameter(label = "Inhibitory weight (preset unit; NaN = preset)", description = "Weight of inhibitory " +
		"synapses, same unit as the excitatory weight (conductances: positive).", min = InputLimits.WEIGHT_MIN,
		max = InputLimits.WEIGHT_MAX)
	double inhibitoryWeight = Double.NaN;

	@Parameter(label = "Delay (ms; NaN = preset)", description = "Synaptic delay in ms, rounded to whole time steps.",
		min = InputLimits.ZERO, max = InputLimits.DELAY_MAX)
	double delay = Double.NaN;

	@Parameter(label = "Duration (ms; NaN = preset)", description = "Simulated time in ms.",
		min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = Double.NaN;

	@Parameter(label = "Time step dt (ms; NaN = preset)", description = "Integration time step in ms.",
		min = InputLimits.POSITIVE_MIN, max = InputLimits.NETWORK_DT_MAX)
	double dt = Double.NaN;

	@Parameter(label = "Random seed", description = "Seed of connectivity, initial states and noise; the same seed " +
		"gives the same spikes, whatever the thread count.")
	long seed = 1;

	@Parameter(label = "Threads", description = "Most threads to simulate with: a network too small or too short " +
		"to gain from more runs on fewer (output threadsUsed). Results do not depend on it.",
		min = InputLimits.ONE,
		max = InputLimits.NETWORK_THREADS_MAX)
	int threads = 2;

	@Parameter(label = "Synapse (Custom)", description = "Kernel of the Custom network's synapses.", choices = {
		SynapseKind.DELTA_LABEL, SynapseKind.EXPONENTIAL_LABEL, SynapseKind.ALPHA_RAW_LABEL,
		SynapseKind.ALPHA_PEAK_LABEL, SynapseKind.CONDUCTANCE_EXPONENTIAL_LABEL })
	String synapse = "Exponential";

	@Parameter(label = "Connection rule (Custom)", description = "How the Custom network is connected.", choices = {
		NetworkSettings.RULE_FIXED_PROBABILITY, NetworkSettings.RULE_FIXED_IN_DEGREE, NetworkSettings.RULE_ALL_TO_ALL,
		NetworkSettings.RULE_ONE_TO_ONE, NetworkSettings.RULE_RING, NetworkSettings.RULE_WEIGHT_IMAGE })
	String rule = "Fixed probability";

	@Parameter(label = "Weight image (Custom)", description = "Square 2-D image of weights for the \"Weight image\" " +
		"rule: x = presynaptic, y = postsynaptic neuron, 0 = no synapse.", required = false)
	RandomAccessibleInterval<? extends RealType<?>> weightImage;

	@Parameter(label = "Poisson input rate (Hz, Custom)", description = "Independent Poisson input per neuron.",
		min = InputLimits.ZERO, max = InputLimits.RATE_MAX)
	double poissonRate = 0;

	@Parameter(label = "Poisson input weight (synapse unit, Custom)", description = "Weight of each Poisson input " +
		"spike, to the excitatory synapses.", min = InputLimits.WEIGHT_MIN, max = InputLimits.WEIGHT_MAX)
	double poissonWeight = 0;

	@Parameter(label = "Neuron model (Custom)", description = "The Custom network's neurons: its own LIF (exact " +
		"synaptic integration) or any registered model, driven by current synapses (Exponential, Delta: a jump of " +
		"V in mV; Exponential conductance for models in nA), from the model's initial state.", choices = {
			NetworkSettings.MODEL_NETWORK_LIF, LifModel.NAME, HhModel.NAME, IzhikevichModel.NAME, ExpIfModel.NAME,
			AdExModel.NAME, MorrisLecarModel.NAME, EquationModelDescriptor.NAME })
	String model = NetworkSettings.MODEL_NETWORK_LIF;

	@Parameter(label = "Model preset (Custom)", description = "A preset of the chosen model (empty: its defaults).",
		required = false)
	String modelPreset = "";

	@Parameter(label = "Model parameters (Custom)", description = "Overrides of the model's parameters, e.g. " +
		"\"tauM=10, tRef=2\" (field names and units of the model's own command).", required = false)
	String modelParameters = "";

	@Parameter(label = "Equations (model Equation)", style = "text area", description = "As in Equation Neuron: " +
		"\"dv/dt = … : volt\" lines; the synaptic current adds to I.", required = false)
	String equations = "";

	@Parameter(label = "Threshold (model Equation)", description = "Spike condition, e.g. v > vTh.", required = false)
	String threshold = "";

	@Parameter(label = "Reset (model Equation)", description = "Statements after a spike, e.g. v = vReset.",
		required = false)
	String reset = "";

	@Parameter(label = "Refractory period (model Equation)", description = "A duration such as 2*ms or a " +
		"parameter name (empty: none).", required = false)
	String refractory = "";

	@Parameter(label = "Parameters (model Equation)", style = "text area", description = "name = value*unit, " +
		"separated by commas or new lines.", required = false)
	String parameters = "";

	@Parameter(label = "Initial values (model Equation)", description = "Start values, e.g. v = vRest.",
		required = false)
	String initialValues = "";

	@Parameter(label = "Integrator (Custom model)", description = "One the model supports (empty: its default; " +
		"Equation: Exponential Euler where the equations allow it, else Euler).", required = false)
	String integrator = "";

	@Parameter(label = "Record neurons", description = "Neurons whose state traces are recorded, e.g. \"0-9,100\" " +
		"(empty: none); spikes are always recorded for every neuron, exactly.", required = false)
	String recordNeurons = "";

	@Parameter(label = "Record every (steps)", description = "Keep one trace sample every this many steps.",
		min = InputLimits.ONE, max = InputLimits.RECORD_EVERY_MAX)
	int recordEvery = 1;

	@Parameter(label = "Raster bin (ms)", description = "Time bin of the raster image, in ms (a whole multiple of it " +
		"when the run would need more than 4096 bins).", min = InputLimits.POSITIVE_MIN)
	double rasterBin = 1;

	@Parameter(label = "Rate smoothing window (ms)", description = "Width of the moving average of the population " +
		"rate chart, in ms (0: none).", min = InputLimits.ZERO, max = InputLimits.RATE_WINDOW_MAX)
	double rateWindow = 5;

	@Parameter(label = "Connectivity image", description = "Also output the weights as an image (presynaptic × " +
		"postsynaptic neuron; above 4096 neurons each pixel sums the weights of a block of neurons).")
	boolean connectivityImage = false;

	@Parameter(label = OutputFolderInput.LABEL, description = OutputFolderInput.DESCRIPTION, required = false,
		persist = false, style = OutputFolderInput.STYLE)
	File outputFolder;

	@Parameter(type = ItemIO.OUTPUT, label = "Spike count")
	int spikeCount;
	@Parameter(type = ItemIO.OUTPUT, label = "Mean rate (Hz)")
	double meanRate;
	@Parameter(type = ItemIO.OUTPUT, label = "Mean CV of ISIs")
	double meanCV;
	@Parameter(type = ItemIO.OUTPUT, label = "Simulation loop time (s)")
	double simulationSeconds;
	@Parameter(type = ItemIO.OUTPUT, label = "Threads used")
	int threadsUsed;
	@Parameter(type = ItemIO.OUTPUT, label = "Spikes")
	SpikeRecord spikes;
	@Parameter(type = ItemIO.OUTPUT, label = "Network spike raster")
	Img<? extends RealType<?>> raster;
	@Parameter(type = ItemIO.OUTPUT, label = "Raster plot")
	JFreeChart rasterChart;
	@Parameter(type = ItemIO.OUTPUT, label = "Population rate")
	JFreeChart rateChart;
	@Parameter(type = ItemIO.OUTPUT, label = "Neuron rates")
	ResultsTable rateTable;
	@Parameter(type = ItemIO.OUTPUT, label = "Network connectivity")
	Img<FloatType> connectivity;
	@Parameter(type = ItemIO.OUTPUT, label = "Recorded traces")
	ResultsTable traceTable;

	@Override
	protected void execute() {
		final NetworkSettings s = settings().resolve();
		final org.neuronmodels.core.sim.ProgressMonitor monitor = progress();
		final Network network = neuron.network(preset).settings(s).monitor(monitor).build();
		final NetworkResult r = neuron.network(preset).settings(s).monitor(monitor).runChecked(network, s.preset ==
			NetworkPreset.IZHIKEVICH && Double.isNaN(dt), this::warn);
		spikeCount = r.spikes().count();
		simulationSeconds = r.loopSeconds();
		threadsUsed = r.threads();
		meanRate = r.meanRate();
		meanCV = neuron.analysis().meanCv(r.spikes());
		final String title = s.preset.label() + " network";
		spikes = r.spikes();
		raster = neuron.images().networkRaster(r, rasterBin, title + " spike raster");
		rasterChart = neuron.charts().networkRaster(r, rateWindow, title + ": spikes and population rate (" + rateWindow +
			" ms window)");
		rateChart = neuron.charts().populationRate(r, rateWindow, title + ": population rate (" + rateWindow + " ms window)");
		rateTable = neuron.tables().neuronRates(r);
		if (connectivityImage) connectivity = neuron.images().connectivity(network, title + " connectivity");
		traceTable = neuron.tables().networkTraces(r);
	}

	/** The command's inputs as network settings (not yet resolved against the preset). */
	NetworkSettings settings() {
		final NetworkSettings s = new NetworkSettings();
		s.preset = org.neuronmodels.core.network.NetworkPreset.fromLabel(preset);
		s.neurons = neurons;
		s.connectionProbability = connectionProbability;
		s.excitatoryWeight = excitatoryWeight;
		s.inhibitoryWeight = inhibitoryWeight;
		s.delay = delay;
		s.duration = duration;
		s.dt = dt;
		s.seed = seed;
		s.threads = threads;
		s.synapse = org.neuronmodels.core.network.SynapseKind.fromLabel(synapse);
		s.rule = rule;
		s.poissonRate = poissonRate;
		s.poissonWeight = poissonWeight;
		s.model = model;
		s.modelPreset = modelPreset;
		s.modelParameters = modelParameters;
		if (EquationModelDescriptor.NAME.equalsIgnoreCase(model)) neuron.network(preset).settings(s).equations(neuron
			.equations(equations).threshold(threshold).reset(reset).refractory(refractory).parameters(parameters)
			.initial(initialValues));
		s.integrator = integrator;
		s.recordNeurons = recordNeurons;
		s.recordEvery = recordEvery;
		if (weightImage != null) {
			s.weightMatrix = neuron.images().weightMatrix(weightImage);
			s.weightWidth = (int) weightImage.dimension(0);
			s.weightHeight = (int) weightImage.dimension(1);
		}
		return s;
	}
}
