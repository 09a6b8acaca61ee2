/**
 * The scripting entry point: the SciJava NeuronModelsService (#@
 * NeuronModelsService neuron in scripts) with a small API and one generic
 * model handle. Uses core, io, image, plot, table, module and commandsweep;
 * commands, scripts and the launcher call it.
 */
package org.neuronmodels.service;
