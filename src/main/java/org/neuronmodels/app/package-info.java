/**
 * The standalone mode: the headless launcher (NeuronModelsLauncher,
 * scripts/neuron-models) with its options, replay of a run record, the run
 * record itself (RunRecord, written as outputs.json through io.OutputFolder),
 * script running and the script languages registered only here and in tests.
 * Uses service, io and module; never command classes.
 */
package org.neuronmodels.app;
