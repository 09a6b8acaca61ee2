/**
 * The Morris–Lecar model (Morris &amp; Lecar 1981) in the form and with the two
 * parameter sets of Rinzel &amp; Ermentrout (1989), "Analysis of neural
 * excitability and oscillations", in Koch &amp; Segev (eds.), <i>Methods in
 * Neuronal Modeling</i>: a calcium current that follows the voltage instantly,
 * a delayed potassium current with gate {@code w}, and a leak, per unit
 * membrane area (&micro;A/cm&sup2;, mS/cm&sup2;, &micro;F/cm&sup2;, mV, ms).
 * "Type I" fires from a saddle-node on an invariant circle (arbitrarily low
 * rates at onset), "Type II" from a subcritical Hopf bifurcation with a
 * bistable range below it (firing starts at a clearly non-zero rate).
 * {@link org.neuronmodels.core.morrislecar.MorrisLecarCell} holds the
 * equations, {@link org.neuronmodels.core.morrislecar.MorrisLecarModel} the
 * descriptor with the published numbers, {@link org.neuronmodels.core.morrislecar.MorrisLecarPopulation}
 * the block step kernel.
 */
package org.neuronmodels.core.morrislecar;
