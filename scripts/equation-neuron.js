#@ NeuronModelsService neuron
#@ double (label = "Extra K conductance gK (nS)", value = 2, min = 0) gK
#@ double (label = "Step current (nA)", value = 0.065) amplitude
#@output int spikes
#@output int spikesAdEx
#@output double[] spikeTimesAdEx
#@output org.jfree.chart.JFreeChart chart

// A model from equations (the JavaScript version of equation-neuron.groovy):
// the AdEx with an extra potassium-like current R*gK*(EK - v), compiled at run
// time (units checked), run with gK and with gK = 0 (the plain AdEx).
// Headless: ./scripts/neuron-models --headless --run scripts/equation-neuron.js "gK=5" --out eq
var equations = "dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + R*(I - w) + R*gK*(EK - v))/tauM : volt\n" +
	"dw/dt = (a*(v - vRest) - w)/tauW : amp";
var parameters = "tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, vT = -50*mV, deltaT = 2*mV, " +
	"a = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV, EK = -90*mV, gK = ";
function simulate(p) {
	return neuron.equations(equations).threshold("v > vSpike").reset("v = vReset; w += b").parameters(p)
		.initial("v = vRest, w = 0*nA").integrator("Euler").dt(0.01).duration(400)
		.stimulus(neuron.stimuli().step(amplitude, 10, 250)).run();
}
var withK = simulate(parameters + gK + "*nS");
var without = simulate(parameters + "0*nS");
var spikes = withK.spikes().count();
var spikesAdEx = without.spikes().count();
var spikeTimesAdEx = without.spikes().timesOf(0);
var chart = neuron.charts().stateVariables(withK, "AdEx + K current (gK = " + gK + " nS)", "nA", NaN,
	Java.to([], "java.lang.String[]"), Java.to([], "double[]"));
print("AdEx: " + spikesAdEx + " spikes; with gK = " + gK + " nS: " + spikes + " spikes");
