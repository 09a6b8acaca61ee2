/**
 * SciJava module plumbing shared by the launcher, the sweeps, the UI and the
 * tests: running a module synchronously without persisted inputs
 * (ModuleRuns), parsing key=value argument strings into inputs
 * (KeyValueInputs, StrictNumbers), checking declared ranges and choices
 * (InputRanges), what makes a run reproducible (RunProvenance) and the
 * dialog-check hook (DialogChecks) and where notes for the user go
 * (UserNotes: Fiji's console, or stderr headless). Depends on core only.
 */
package org.neuronmodels.module;
