#@ NeuronModelsService neuron
#@ String (label = "Integration", choices = {"Published", "Consistent"}, value = "Published") integration
#@ String (label = "Preset for the phase plane", value = "(A) tonic spiking") preset
#@output org.jfree.chart.JFreeChart gallery
#@output ij.measure.ResultsTable table
#@output org.jfree.chart.JFreeChart trace
#@output org.jfree.chart.JFreeChart phasePlane
#@output String[] labels
#@output int[] spikeCounts
#@output double[] firstSpikeTimes

// The 20 neuro-computational behaviours of Izhikevich (2004), Fig. 1 (the
// JavaScript version of izhikevich-gallery.groovy), plus the voltage trace and
// the (v, u) phase plane of one preset. Fiji: open in the Script Editor and
// Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/izhikevich-gallery.js "" --out gallery
var IzhikevichIntegration = Java.type("org.neuronmodels.core.izhikevich.IzhikevichIntegration");
var ProgressMonitor = Java.type("org.neuronmodels.core.sim.ProgressMonitor");

var scheme = IzhikevichIntegration.fromLabel(integration);
var g = neuron.izhikevichGallery(scheme, ProgressMonitor.NONE);
var gallery = neuron.izhikevichGalleryChart(g);
var table = neuron.izhikevichGalleryTable(g);
var labels = g.labels();
var spikeCounts = g.spikeCounts();
var firstSpikeTimes = g.firstSpikeTimes();

var p = neuron.izhikevichPreset(preset);
var run = neuron.simulateIzhikevich(p, scheme, 0, ProgressMonitor.NONE);
var trace = neuron.izhikevichChart(run, p.label());
var phasePlane = neuron.izhikevichPhasePlane(p, run);
print(labels.length + " behaviours; " + p.label() + ": " + neuron.spikeTimes(run, 0).length + " spikes");
