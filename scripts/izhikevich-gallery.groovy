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

// The 20 neuro-computational behaviours of Izhikevich (2004), Fig. 1, run as
// the paper's figure1.m does ("Published") or with forward Euler at the same
// step ("Consistent"), plus the voltage trace and the (v, u) phase plane of
// one preset. Fiji: open in the Script Editor and Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/izhikevich-gallery.groovy "" --out gallery
def izhikevich = neuron.izhikevich()
def g = izhikevich.gallery(integration)
gallery = neuron.charts().izhikevichGallery(g)
table = neuron.tables().izhikevichGallery(g)
labels = g.labels()
spikeCounts = g.spikeCounts()
firstSpikeTimes = g.firstSpikeTimes()

def p = izhikevich.preset(preset)
def run = izhikevich.run(p, integration)
trace = neuron.charts().izhikevich(run, p.label())
phasePlane = neuron.charts().izhikevichPhasePlane(p, run)
println "${labels.length} behaviours; ${p.label()}: ${neuron.analysis().spikeTimes(run, 0).length} spikes"
