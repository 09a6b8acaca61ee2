#@ NeuronModelsService neuron
#@ double (label = "Extra K conductance gK (nS)", value = 2, min = 0) gK
#@ double (label = "Step current (nA)", value = 0.065) amplitude
#@output int spikes
#@output int spikesAdEx
#@output double[] spikeTimesAdEx
#@output org.jfree.chart.JFreeChart chart

// A model from equations: the AdEx of the Neuronal Dynamics exercise with an
// extra potassium-like current R*gK*(EK - v) added to its voltage equation,
// compiled at run time (units checked), run once with gK and once with gK = 0
// (the plain AdEx, identical to the built-in AdEx command).
// Fiji: open in the Script Editor and Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/equation-neuron.groovy "gK=5" --out eq

def equations = """
dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + R*(I - w) + R*gK*(EK - v))/tauM : volt
dw/dt = (a*(v - vRest) - w)/tauW : amp
"""
def parameters = "tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, vT = -50*mV, deltaT = 2*mV, " +
	"a = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV, EK = -90*mV, gK = "
def simulate = { String p ->
	neuron.equations(equations).threshold("v > vSpike").reset("v = vReset; w += b").parameters(p)
		.initial("v = vRest, w = 0*nA").integrator("Euler").dt(0.01).duration(400)
		.stimulus(neuron.stimuli().step(amplitude, 10, 250)).run()
}
def withK = simulate(parameters + gK + "*nS")
def without = simulate(parameters + "0*nS")
spikes = withK.spikes().count()
spikesAdEx = without.spikes().count()
spikeTimesAdEx = without.spikes().timesOf(0)
chart = neuron.charts().stateVariables(withK, "AdEx + K current (gK = ${gK} nS)", "nA", Double.NaN,
	[] as String[], [] as double[])
println "AdEx: ${spikesAdEx} spikes; with gK = ${gK} nS: ${spikes} spikes"
