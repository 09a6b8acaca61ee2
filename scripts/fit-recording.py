#@ NeuronModelsService neuron
#@ double (label = "Hidden V_rest (mV)", value = -68) vRest
#@ double (label = "Hidden V_reset (mV)", value = -72) vReset
#@ double (label = "Hidden threshold V_th (mV)", value = -52) vThreshold
#@ double (label = "Hidden resistance R (MOhm)", value = 12) resistance
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

# "Guess the parameters" (Neuronal Dynamics, LIF exercise): a recording is made
# by a LIF neuron with hidden parameters, driven by a 2.5 nA step from 20 to
# 380 ms; the fit recovers the six parameters from the trace table alone.
# Headless: ./scripts/neuron-models --headless --run scripts/fit-recording.py "tauM=12" --out fit

hidden = neuron.model("LIF").parameters("vRest=%r, vReset=%r, vThreshold=%r, resistance=%r, tauM=%r, tRef=%r"
	% (vRest, vReset, vThreshold, resistance, tauM, tRef))
recording = neuron.tables().traces(hidden.stimulus(neuron.stimuli().step(2.5, 20, 380)).duration(400).run(), "nA")

fit = neuron.analysis().fitLif(recording, "Time (ms)", "V (mV)", "I (nA)")
fitVRest = fit.vRest()
fitVReset = fit.vReset()
fitVThreshold = fit.vThreshold()
fitResistance = fit.resistance()
fitTauM = fit.tauM()
fitTRef = fit.tRef()
fitError = fit.fitError()
chart = neuron.charts().lifFit(fit)
print("fit: tauM %s ms, R %s MOhm (RMS error %s mV)" % (fitTauM, fitResistance, fitError))
