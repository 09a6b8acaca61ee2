/**
 * Analysis of results: spike-train statistics (rate, ISI, CV), free-run and
 * passive-membrane measurements, frequency response (least-squares sine fits),
 * LIF fits to recordings and the closed-form LIF and ExpIF theory. Pure Java.
 */
package org.neuronmodels.core.analysis;
