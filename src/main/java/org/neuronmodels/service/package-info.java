/**
 * The scripting entry point and the commands' way in: the SciJava
 * NeuronModelsService (#@ NeuronModelsService neuron in scripts), 14 methods
 * around one generic model handle (ModelRun: a registered model by name, or a
 * model typed as equations), a network handle (NetworkRun), f-I curves,
 * sweeps and the Izhikevich protocols, plus one accessor each for stimuli
 * (StimulusFactory), analyses (Analysis), charts (Charts), images (Images) and
 * tables (ResultTables) that only hand over to core, plot, image and table.
 * OutputFiles writes a Fiji run's outputFolder through io. Uses core, io,
 * image, plot, table, module and commandsweep; commands, scripts and the
 * launcher call it.
 */
package org.neuronmodels.service;
