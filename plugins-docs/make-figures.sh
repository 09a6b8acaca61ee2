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
figure parameter-sweep-chart "Parameter Sweep" "" chart
figure parameter-sweep-traces "Parameter Sweep" "" traceChart
