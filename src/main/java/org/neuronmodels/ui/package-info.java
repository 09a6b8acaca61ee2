/**
 * What only Fiji with a visible user interface does: chart windows with zoom,
 * readout and export (ChartWindow, ChartExport), showing a command's outputs
 * (OutputDisplay, DisplayOutputsPostprocessor) and checking dialog inputs as
 * they are typed (InputCheckPreprocessor). The only package that opens
 * windows. Uses service, io and module (and reads the charts plot made);
 * never command classes.
 */
package org.neuronmodels.ui;
