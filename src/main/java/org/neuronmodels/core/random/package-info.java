/**
 * Deterministic random numbers: {@link org.neuronmodels.core.random.RandomStream},
 * a fully specified xoshiro256** generator seeded by SplitMix64 from a seed and
 * a stream index, so every run is bit-identical on every JVM and thread count.
 */
package org.neuronmodels.core.random;
