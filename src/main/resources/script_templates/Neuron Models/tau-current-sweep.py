#@ NeuronModelsService neuron
#@ String (label = "tauM values (ms): min, max, steps, spacing", value = "5, 50, 10, Log") tauValues
#@ String (label = "Current values (nA): min, max, steps, spacing", value = "1, 4, 7, Linear") currentValues
#@ String (label = "Other LIF inputs", value = "duration=500, stimStart=50, stimStop=450") otherInputs
#@ int (label = "Threads (0: all processors)", value = 0, min = 0) threads
#@output ij.measure.ResultsTable table
#@output net.imglib2.img.Img heatmap
#@output org.jfree.chart.JFreeChart chart
#@output org.jfree.chart.JFreeChart traces
#@output double[] rates
#@output int points

# Firing rate of a LIF neuron over a grid of membrane time constants (x) and
# step currents (y) (the Python/Jython version of tau-current-sweep.groovy).
# Fiji: open in the Script Editor and Run. Headless:
#   ./scripts/neuron-models --headless --run scripts/tau-current-sweep.py "" --out sweep

request = neuron.sweep("Leaky Integrate-and-Fire") \
	.vary("tauM", tauValues) \
	.vary("amplitude", currentValues) \
	.measure("firingRate") \
	.fixed(otherInputs) \
	.traces(3)
if threads > 0:
	request.threads(threads)
sweep = request.run()

table = sweep.table()
heatmap = sweep.heatmap()
chart = sweep.chart()
traces = sweep.traces()
rates = sweep.values()
points = sweep.size()
print("%d points (%s)" % (points, sweep.method()))
