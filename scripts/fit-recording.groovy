#@ NeuronModelsService neuron
#@ double (label = "Hidden V_rest (mV)", value = -68) vRest
#@ double (label = "Hidden V_reset (mV)", value = -72) vReset
#@ double (label = "Hidden threshold V_th (mV)", value = -52) vThreshold
#@ double (label = "Hidden resistance R (MΩ)", value = 12) resistance
#@ double (label = "Hidden time constant tauM (ms)", value = 9) tauM
#@ double (label = "Hidden refractory period tRef (ms)", value = 3) tRef
#@output double fitVRest
#@output double fitVReset
#@output double fitVThreshold
#@output double fitResistance
#@output double fitTauM
#@output double fitTRef
#@output double fitError
#@output org.jfree.chart.JFreeChart chart

// "Guess the parameters" (Neuronal Dynamics, LIF exercise): a recording is made
// by a LIF neuron with hidden parameters, driven by a 2.5 nA step from 20 to
// 380 ms; the fit recovers the six parameters from the trace table alone
// (the same CSV columns the LIF command writes: "Time (ms)", "V (mV)", "I (nA)").
// Fiji: open in the Script Editor and Run. Headless:
//   ./scripts/neuron-models --headless --run scripts/fit-recording.groovy "tauM=12" --out fit

def hidden = neuron.model("LIF").parameters("vRest=${vRest}, vReset=${vReset}, vThreshold=${vThreshold}, " +
	"resistance=${resistance}, tauM=${tauM}, tRef=${tRef}")
def recording = neuron.tables().traces(hidden.stimulus(neuron.stimuli().step(2.5, 20, 380)).duration(400).run(), "nA")

def fit = neuron.analysis().fitLif(recording, "Time (ms)", "V (mV)", "I (nA)")
fitVRest = fit.vRest()
fitVReset = fit.vReset()
fitVThreshold = fit.vThreshold()
fitResistance = fit.resistance()
fitTauM = fit.tauM()
fitTRef = fit.tRef()
fitError = fit.fitError()
chart = neuron.charts().lifFit(fit)
println "fit: V_rest ${fitVRest}, V_reset ${fitVReset}, V_th ${fitVThreshold} mV, R ${fitResistance} MΩ, " +
	"tauM ${fitTauM} ms, tRef ${fitTRef} ms (RMS error ${fitError} mV)"
