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

// f-I curve of a leaky integrate-and-fire neuron, simulated and from theory.
// Every current is one neuron of a single vectorised LIF population (a sweep
// of the LIF command's "amplitude" with a constant stimulus); the theory is
// the closed form rate 1000 / (tRef + tauM ln((R I + E_L - V_reset) / (R I + E_L - V_th))).
// Fiji: open in the Script Editor and Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/fi-curve.groovy "steps=11" --out fi

def model = neuron.model("LIF").parameters("tauM=${tauM}, tRef=${tRef}")
def sweep = neuron.sweep("Leaky Integrate-and-Fire")
	.vary("amplitude", currentMin, currentMax, steps)
	.fixed("tauM=${tauM}, tRef=${tRef}, stimulus=\"Constant\", duration=${duration}")
	.run()

currents = sweep.parameter1Values()
rates = sweep.values()
theory = model.rates(currents)
rheobase = model.rheobase()
chart = neuron.charts().line("LIF f-I curve (tauM = ${tauM} ms)", "Current I (nA)", "Firing rate (Hz)")
	.points("simulated", currents, rates)
	.line("theory", currents, theory)
	.build()
table = neuron.tables().columns(["I (nA)": currents, "simulated (Hz)": rates, "theory (Hz)": theory])
println "rheobase ${rheobase} nA; ${sweep.method()}"
