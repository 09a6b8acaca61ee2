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

# The 20 neuro-computational behaviours of Izhikevich (2004), Fig. 1 (the
# Python/Jython version of izhikevich-gallery.groovy), plus the voltage trace
# and the (v, u) phase plane of one preset. Fiji: open in the Script Editor
# and Run. Headless:
#   ./scripts/neuron-models --headless --run scripts/izhikevich-gallery.py "" --out gallery
izhikevich = neuron.izhikevich()
g = izhikevich.gallery(integration)
gallery = neuron.charts().izhikevichGallery(g)
table = neuron.tables().izhikevichGallery(g)
labels = g.labels()
spikeCounts = g.spikeCounts()
firstSpikeTimes = g.firstSpikeTimes()

p = izhikevich.preset(preset)
run = izhikevich.run(p, integration)
trace = neuron.charts().izhikevich(run, p.label())
phasePlane = neuron.charts().izhikevichPhasePlane(p, run)
print("%d behaviours; %s: %d spikes" % (len(labels), p.label(), len(neuron.analysis().spikeTimes(run, 0))))
