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
var run = neuron.network(preset).neurons(neurons).duration(duration).seed(seed);
var network = run.build();
var result = run.run(network);

var raster = neuron.images().networkRaster(result, 1, preset + " network spike raster");
var rate = neuron.charts().populationRate(result, window, preset + " network: population rate");
var table = neuron.tables().neuronRates(result);
var spikeCount = result.spikes().count();
var meanRate = result.meanRate();
print(network.size() + " neurons, " + spikeCount + " spikes, " + meanRate + " Hz per neuron");
