/**
 * What a run records: spike times, voltage and state traces and their
 * collection. Pure Java.
 */
package org.neuronmodels.core.record;
