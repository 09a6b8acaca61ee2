#@ NeuronModelsService neuron
#@ String (label = "Work directory (on the cluster's shared file system)", value = "slurm-sweep") workDirectory
#@ int (label = "Shards (array tasks)", value = 4, min = 1) shards
#@ String (label = "sbatch options", value = "--partition=debug --time=00:10:00") slurmOptions
#@ String (label = "Preamble (shell lines before Java in each task)", value = "") slurmPreamble
#@output ij.measure.ResultsTable table
#@output net.imglib2.img.Img heatmap
#@output double[] rates
#@output int points

// The tau-current sweep of tau-current-sweep.groovy, run as a SLURM array job:
// the grid is split into `shards` tasks, each task runs this installation's
// launcher on its part, and the parts are merged into the same table and
// heatmap as a local run, bit for bit. Run it on a login node (Fiji or headless):
//   ./scripts/neuron-models --headless --run scripts/sweep-on-slurm.groovy "workDirectory=\"/shared/me/sweep\""
// See plugins-docs/cluster.md.

import org.neuronmodels.cluster.SlurmSettings

def sweep = neuron.sweep("Leaky Integrate-and-Fire")
	.vary("tauM", "5, 50, 10, Log")
	.vary("amplitude", "1, 4, 7, Linear")
	.measure("firingRate")
	.fixed("duration=500, stimStart=50, stimStop=450")
	.onSlurm(SlurmSettings.of(shards, slurmOptions).preamble(slurmPreamble).workDirectory(workDirectory))
	.run()

table = sweep.table()
heatmap = sweep.heatmap()
rates = sweep.values()
points = sweep.size()
println "${points} points (${sweep.method()})"
