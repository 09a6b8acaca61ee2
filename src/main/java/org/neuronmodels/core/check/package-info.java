/**
 * Numerical trust checks that look at a finished run, separate from the
 * stepping loop: {@link org.neuronmodels.core.check.StepSizeCheck} (spikes on
 * consecutive steps, rates at the ceiling set by dt or the refractory
 * period), {@link org.neuronmodels.core.check.AccuracyCheck} (a short stretch
 * rerun at dt/2: spike counts and times, or rates for noise and networks),
 * {@link org.neuronmodels.core.check.RunawayCheck} (network activity near
 * saturation) and {@link org.neuronmodels.core.check.BlowUpDiagnosis} (what
 * likely caused a blow-up). {@link org.neuronmodels.core.check.NumericalChecks}
 * runs them and can be switched off for benchmarks
 * ({@code -Dneuronmodels.checks=off} or {@code NEURON_MODELS_CHECKS=off}).
 */
package org.neuronmodels.core.check;
