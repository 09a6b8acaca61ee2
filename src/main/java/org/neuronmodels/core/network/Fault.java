package org.neuronmodels.core.network;

/** The first numerical blow-up a network chunk saw (the step loop's {@link org.neuronmodels.core.sim.Fault}). */
final class Fault extends org.neuronmodels.core.sim.Fault {}
