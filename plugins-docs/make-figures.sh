#!/usr/bin/env bash
# Regenerates the figures of plugins-docs/ that come from the headless launcher.
# Usage: plugins-docs/make-figures.sh   (from anywhere; builds the project on first use)
set -euo pipefail
docs="$(cd "$(dirname "$0")" && pwd)"
launcher="$docs/../scripts/neuron-models"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

figure() { # figure <image name> <command label> <arguments> [output name]
	"$launcher" --headless --run "$2" "$3" --out "$tmp/$1" > /dev/null
	cp "$tmp/$1/${4:-chart}.png" "$docs/images/$1.png"
	echo "plugins-docs/images/$1.png"
}

figure leaky-integrate-and-fire "Leaky Integrate-and-Fire" ""
figure exponential-integrate-and-fire "Exponential Integrate-and-Fire" ""
figure adex "AdEx" ""
figure hodgkin-huxley "Hodgkin-Huxley" ""
figure izhikevich "Izhikevich" 'preset="(C) tonic bursting"'
figure izhikevich-phase-plane "Izhikevich" 'preset="(C) tonic bursting"' phasePlane
figure izhikevich-gallery "Izhikevich Gallery" "" gallery
figure izhikevich-gallery-consistent "Izhikevich Gallery" 'integration="Consistent"' gallery
figure f-i-curve "f-I Curve" 'interpolateSpikes=true'
figure spike-train-statistics "Spike Train Statistics" ""
figure subthreshold-frequency-response "Subthreshold Frequency Response" ""
# Fit LIF to Recording: a LIF neuron driven by OU noise (the LIF command's trace table is the recording)
"$launcher" --headless --run "Leaky Integrate-and-Fire" 'stimulus="OU noise",offset=2,amplitude=0.6,duration=300' \
	--out "$tmp/recording" > /dev/null
figure fit-lif-to-recording "Fit LIF to Recording" "recordingFile=\"$tmp/recording/traceTable.csv\""
# Fit LIF to Recording from an NWB sweep (a numpy-simulated LIF recording starting at 1.5 s, test resources)
figure fit-lif-to-recording-nwb "Fit LIF to Recording" \
	"recordingFile=\"$docs/../src/test/resources/nwb/lif-recording.nwb\",series=\"7\""
figure parameter-sweep-chart "Parameter Sweep" "" chart
figure parameter-sweep-traces "Parameter Sweep" "" traceChart
