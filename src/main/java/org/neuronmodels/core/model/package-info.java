/**
 * The model concept: one framework-free {@link org.neuronmodels.core.model.ModelDescriptor} per neuron
 * model (parameter specs with units, defaults and ranges, state variables, presets, initial state,
 * supported integrators and the block step kernel that builds a population), and the
 * {@link org.neuronmodels.core.model.ModelRegistry} that finds a model by name. Built-in models register
 * through {@code META-INF/services/org.neuronmodels.core.model.ModelDescriptor} (one line each); models
 * built at run time (e.g. from equations) register with {@link org.neuronmodels.core.model.ModelRegistry#register}.
 * Commands reference the compile-time constants of the descriptor classes in their annotations.
 */
package org.neuronmodels.core.model;
