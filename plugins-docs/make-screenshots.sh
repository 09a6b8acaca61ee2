#!/usr/bin/env bash
# Regenerates the Fiji screenshots of plugins-docs/ (fiji.md): the LIF command's outputs shown as Fiji
# shows them, on a virtual display. Needs Maven and Xvfb (Debian: apt-get install xvfb xauth).
# Usage: plugins-docs/make-screenshots.sh   (from anywhere)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp" >&2
run=(java -Djava.awt.headless=false -cp "target/test-classes:target/classes:$(cat "$cp")"
	org.neuronmodels.ui.FijiScreenshots plugins-docs/images/fiji-chart-window.png plugins-docs/images/fiji-outputs.png)
if [ -n "${DISPLAY:-}" ]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"; fi
echo "plugins-docs/images/fiji-chart-window.png"
echo "plugins-docs/images/fiji-outputs.png"
