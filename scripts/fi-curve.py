#@ NeuronModelsService neuron
#@ double (label = "Smallest current (nA)", value = 0) currentMin
#@ double (label = "Largest current (nA)", value = 5) currentMax
#@ int (label = "Number of currents", value = 21, min = 2) steps
#@ double (label = "Membrane time constant tauM (ms)", value = 10, min = 0.5) tauM
#@ double (label = "Refractory period tRef (ms)", value = 2, min = 0) tRef
#@ double (label = "Duration (ms)", value = 1000, min = 10) duration
#@output double[] currents
#@output double[] rates
#@output double[] theory
#@output double rheobase
#@output org.jfree.chart.JFreeChart chart
#@output ij.measure.ResultsTable table

# f-I curve of a leaky integrate-and-fire neuron, simulated and from theory
# (the Python/Jython version of fi-curve.groovy). Every current is one neuron
# of a single vectorised LIF population; the theory is the closed form rate.
# Fiji: open in the Script Editor and Run. Headless:
#   ./scripts/neuron-models --headless --run scripts/fi-curve.py "steps=11" --out fi
from java.util import LinkedHashMap

model = neuron.model("LIF").parameters("tauM=%r, tRef=%r" % (tauM, tRef))
sweep = neuron.sweep("Leaky Integrate-and-Fire") \
	.vary("amplitude", currentMin, currentMax, steps) \
	.fixed('tauM=%r, tRef=%r, stimulus="Constant", duration=%r' % (tauM, tRef, duration)) \
	.run()

currents = sweep.parameter1Values()
rates = sweep.values()
theory = model.rates(currents)
rheobase = model.rheobase()
chart = neuron.charts().line("LIF f-I curve (tauM = %g ms)" % tauM, "Current I (nA)", "Firing rate (Hz)") \
	.points("simulated", currents, rates) \
	.line("theory", currents, theory) \
	.build()
columns = LinkedHashMap()  # keeps the column order
columns.put("I (nA)", currents)
columns.put("simulated (Hz)", rates)
columns.put("theory (Hz)", theory)
table = neuron.tables().columns(columns)
print("rheobase %g nA; %s" % (rheobase, sweep.method()))
