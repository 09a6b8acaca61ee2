/**
 * The thin SciJava commands under Plugins > Neuron Models: each extends
 * NeuronModelsCommand, declares its @Parameter inputs (field names are public
 * API; annotation values are constants of the core descriptors) and in run()
 * hands them to the service (every simulation and analysis: see
 * ARCHITECTURE.md), about 20 lines with no numerics. Every
 * command has a page in plugins-docs/.
 */
package org.neuronmodels.command;
