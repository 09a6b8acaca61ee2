#!/usr/bin/env bash
# A/B timing of two builds of the project on the Spiking Network presets of bench/network-vs-brian2.sh
# (CUBA, COBAHH, Izhikevich 2003), interleaved in one run (A B, B A, A B, …) so that both see the same load.
#
#   bench/network-ab.sh DIR_A DIR_B [REPS]      (default 5 repetitions per network and build)
#
# DIR_A, DIR_B: two checkouts (e.g. `git archive main | tar -x -C /tmp/a`), each built by its own
# scripts/neuron-models on first use. Prints one line per run (network, build, simulationSeconds, whole
# process wall time in s, spikeCount, 1-minute load) and the medians; the spike counts of A and B must agree.
# AB_NETS="CUBA:100000,Izhikevich 2003" picks the networks (comma-separated, optional :NEURONS).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 DIR_A DIR_B [REPS]" >&2; exit 2; }
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; reps="${3:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for d in "$A" "$B"; do # build if needed, write the class-data archive (not timed)
	"$d/scripts/neuron-models" --headless --run "Spiking Network" 'preset="Izhikevich 2003"' --out "$out/warm" \
		>/dev/null 2>&1
	rm -rf "$out/warm"
done
printf 'load average at the start: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
nets=()
if [ -n "${AB_NETS:-}" ]; then IFS=, read -r -a nets <<<"$AB_NETS"; else nets=(CUBA COBAHH "Izhikevich 2003"); fi
for net in "${nets[@]}"; do
	size=""
	case "$net" in *:*) size=",neurons=${net#*:}" ;; esac
	for i in $(seq "$reps"); do
		if (( i % 2 )); then order="A B"; else order="B A"; fi
		for r in $order; do
			if [ "$r" = A ]; then d="$A"; else d="$B"; fi
			rm -rf "$out/run"
			t0=$(date +%s.%N)
			res=$("$d/scripts/neuron-models" --headless --run "Spiking Network" "preset=\"${net%%:*}\"$size" --out "$out/run" \
				2>/dev/null)
			t1=$(date +%s.%N)
			printf '%s|%s|%s|%s|%s|%s\n' "$net" "$r" "$(echo "$res" | sed -n 's/^simulationSeconds = //p')" \
				"$(echo "$t1 - $t0" | bc -l)" "$(echo "$res" | sed -n 's/^spikeCount = //p')" \
				"$(cut -d' ' -f1 /proc/loadavg)"
		done
	done
done | tee "$out/runs"
printf 'load average at the end: %s\n\n| network | build | sim loop median (s) | whole process median (s) | spikes |\n' \
	"$(cut -d' ' -f1-3 /proc/loadavg)"
printf '|---|---|---|---|---|\n'
/usr/bin/python3 - "$out/runs" <<'PY'
import statistics, sys
rows = [l.rstrip('\n').split('|') for l in open(sys.argv[1]) if l.count('|') == 5]
for net in dict.fromkeys(r[0] for r in rows):
    for b in 'AB':
        sel = [r for r in rows if r[0] == net and r[1] == b]
        print('| %s | %s | %.3f | %.2f | %s |' % (net, b, statistics.median(float(r[2]) for r in sel),
              statistics.median(float(r[3]) for r in sel), ', '.join(sorted(set(r[4] for r in sel)))))
PY
