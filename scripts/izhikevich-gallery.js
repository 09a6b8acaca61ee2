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
var izhikevich = neuron.izhikevich();
var g = izhikevich.gallery(integration);
var gallery = neuron.charts().izhikevichGallery(g);
var table = neuron.tables().izhikevichGallery(g);
var labels = g.labels();
var spikeCounts = g.spikeCounts();
var firstSpikeTimes = g.firstSpikeTimes();

var p = izhikevich.preset(preset);
var run = izhikevich.run(p, integration);
var trace = neuron.charts().izhikevich(run, p.label());
var phasePlane = neuron.charts().izhikevichPhasePlane(p, run);
print(labels.length + " behaviours; " + p.label() + ": " + neuron.analysis().spikeTimes(run, 0).length + " spikes");
