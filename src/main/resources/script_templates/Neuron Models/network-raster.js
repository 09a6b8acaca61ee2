#@ NeuronModelsService neuron
#@ String (label = "Preset", choices = {"CUBA", "COBA", "COBAHH", "Brunel", "Izhikevich 2003", "Ring (alpha PSC)"}, value = "CUBA") preset
#@ int (label = "Neurons (0: the preset's)", value = 1000, min = 0) neurons
#@ double (label = "Duration (ms)", value = 200, min = 1) duration
#@ long (label = "Random seed", value = 1) seed
#@ double (label = "Rate smoothing window (ms)", value = 5, min = 0) window
#@output net.imglib2.img.Img raster
#@output org.jfree.chart.JFreeChart rate
#@output ij.measure.ResultsTable table
#@output int spikeCount
#@output double meanRate

// A spiking network (by default the CUBA benchmark of Brette et al. 2007 with
// 1000 neurons): its spike raster as a calibrated image, the population rate
// and the rate of every neuron (the JavaScript version of network-raster.groovy).
// Fiji: open in the Script Editor and Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/network-raster.js "" --out network
var NetworkPreset = Java.type("org.neuronmodels.core.network.NetworkPreset");
var NetworkSettings = Java.type("org.neuronmodels.core.network.NetworkSettings");
var ProgressMonitor = Java.type("org.neuronmodels.core.sim.ProgressMonitor");

var settings = new NetworkSettings();
settings.preset = NetworkPreset.fromLabel(preset);
settings.neurons = neurons;
settings.duration = duration;
settings.seed = seed;
settings = settings.resolve();
var network = neuron.buildNetwork(settings);
var result = neuron.simulateNetwork(network, settings, ProgressMonitor.NONE);

var raster = neuron.networkRaster(result, 1, preset + " network spike raster");
var rate = neuron.populationRateChart(result, window, preset + " network: population rate");
var table = neuron.neuronRateTable(result);
var spikeCount = result.spikes().count();
var meanRate = result.meanRate();
print(network.size() + " neurons, " + spikeCount + " spikes, " + meanRate + " Hz per neuron");
