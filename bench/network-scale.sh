#!/usr/bin/env bash
# Big networks on one machine, ours against Brian2 C++ standalone where Brian2 can follow:
#
#   bench/network-scale.sh [REPS] [BRUNEL_NEURONS]   (default 3 repetitions; 1000000 Brunel neurons)
#
# 1. CUBA with 10^5 neurons (2·10^8 synapses), 1 s, REPS interleaved repetitions (Brian2 1 thread,
#    Brian2 OpenMP 2 threads, ours), medians: the loop (ours: simulationSeconds; Brian2: sim_loop_s),
#    the whole process (wall time from outside), peak RSS (/usr/bin/time), the size of what is
#    written (ours: the --out folder; Brian2: its standalone results folder) and the spike count.
# 2. Brunel (2000) model A (C_E = 1000, C_I = 250, g = 5, η = 2, J = 0.1 mV, D = 1.5 ms) with
#    BRUNEL_NEURONS and with 10^5 neurons, 1 s, ours once each: whole process, loop, peak RSS, mean
#    rate, and the rate ratio of the two sizes (model A's rate does not depend on N).
# The numerical checks stay on. The load average is printed at the start and the end.
# Needs: /usr/bin/time, bc; Brian2 (/usr/bin/python3 with brian2, g++) for part 1.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${PEERS:-$repo/../shared/peers}"
[ -d "$peers" ] || peers=/work/shared/peers
reps="${1:-3}"
brunel="${2:-1000000}"
export PEERS_SCRATCH="${PEERS_SCRATCH:-/tmp/peers_scratch_bench}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['$1'])"; }
# timed CMD...: runs CMD with its stdout in $out/stdout; sets WALL (s) and RSS (MB)
# (our progress lines, at most one per 10 s of a long run, are shown as they come)
timed() {
	local pid rc=0
	/usr/bin/time -f '%e %M' -o "$out/time" "$@" >"$out/stdout" 2>"$out/stderr" &
	pid=$!
	tail -n +1 -f --pid="$pid" "$out/stderr" 2>/dev/null | grep --line-buffered '^neuron-models: .* so far' >&2 || true
	wait "$pid" || rc=$?
	if [ "$rc" != 0 ]; then
		tail -5 "$out/stderr" >&2
		return 1
	fi
	read -r WALL RSS <"$out/time"
	RSS=$(echo "$RSS / 1024" | bc)
}
ours() { # ours PRESET NEURONS: sets WALL, RSS, LOOP, SPIKES, RATE, SIZE (MB)
	rm -rf "$out/run"
	timed "$repo/scripts/neuron-models" --headless --run "Spiking Network" "preset=\"$1\",neurons=$2" --out "$out/run"
	LOOP=$(sed -n 's/^simulationSeconds = //p' "$out/stdout")
	SPIKES=$(sed -n 's/^spikeCount = //p' "$out/stdout")
	RATE=$(sed -n 's/^meanRate = //p' "$out/stdout")
	SIZE=$(echo "$(du -sb "$out/run" | cut -f1) / 1000000" | bc -l)
}

"$repo/scripts/neuron-models" --list >/dev/null # build the jar first if needed (not timed)
"$repo/scripts/neuron-models" --headless --run "Spiking Network" 'preset="CUBA"' --out "$out/warm" >/dev/null 2>&1
printf 'load average at the start: %s\n\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$reps" -gt 0 ]; then
	for th in 0 2; do # compile each Brian2 build once, untimed
		/usr/bin/python3 "$peers/brian2_cuba.py" --N 100000 --duration 0.01 --target cpp_standalone --threads $th \
			>/dev/null 2>&1 || true
	done
	declare -A L W R S N
	for _ in $(seq "$reps"); do
		for th in 0 2; do
			timed /usr/bin/python3 "$peers/brian2_cuba.py" --N 100000 --target cpp_standalone --threads $th
			line=$(tail -1 "$out/stdout")
			L[b$th]+="$(echo "$line" | field sim_loop_s) "; W[b$th]+="$WALL "; R[b$th]+="$RSS "
			N[b$th]=$(echo "$line" | field total_spikes)
			dir="$PEERS_SCRATCH/standalone/cuba_N100000$([ $th = 0 ] || echo _omp$th)/results"
			S[b$th]=$( [ -d "$dir" ] && echo "$(du -sb "$dir" | cut -f1) / 1000000" | bc -l || echo 0)
		done
		ours CUBA 100000
		L[o]+="$LOOP "; W[o]+="$WALL "; R[o]+="$RSS "; S[o]=$SIZE; N[o]=$SPIKES
	done
	med() { printf '%s\n' $1 | median; }
	printf '| CUBA, 10^5 neurons, 1 s | sim loop (s) | whole process (s) | peak RSS (MB) | written (MB) | spikes |\n'
	printf '|---|---|---|---|---|---|\n'
	printf '| Brian2 cpp_standalone, 1 thread | %.2f | %.2f | %.0f | %.0f | %s |\n' "$(med "${L[b0]}")" \
		"$(med "${W[b0]}")" "$(med "${R[b0]}")" "${S[b0]}" "${N[b0]}"
	printf '| Brian2 cpp_standalone, OpenMP 2 threads | %.2f | %.2f | %.0f | %.0f | %s |\n' "$(med "${L[b2]}")" \
		"$(med "${W[b2]}")" "$(med "${R[b2]}")" "${S[b2]}" "${N[b2]}"
	printf '| ours, 2 threads | %.2f | %.2f | %.0f | %.1f | %s |\n\n' "$(med "${L[o]}")" "$(med "${W[o]}")" \
		"$(med "${R[o]}")" "${S[o]}" "${N[o]}"
	printf '%s interleaved repetitions, medians (Brian2 writes its results folder, ours the --out folder).\n\n' "$reps"
fi

ours Brunel 100000
small_rate=$RATE
printf '| Brunel model A, 1 s | whole process (s) | sim loop (s) | peak RSS (MB) | spikes | mean rate (Hz) |\n'
printf '|---|---|---|---|---|---|\n'
printf '| 10^5 neurons (1.25·10^8 synapses) | %.1f | %.1f | %s | %s | %.2f |\n' "$WALL" "$LOOP" "$RSS" "$SPIKES" "$RATE"
ours Brunel "$brunel"
printf '| %s neurons (%s synapses) | %.1f | %.1f | %s | %s | %.2f |\n\n' "$brunel" "$((brunel * 1250))" "$WALL" \
	"$LOOP" "$RSS" "$SPIKES" "$RATE"
printf 'rate ratio %s / 10^5 neurons: %.3f\n' "$brunel" "$(echo "$RATE / $small_rate" | bc -l)"
printf '\nload average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
