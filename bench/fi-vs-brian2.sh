#!/usr/bin/env bash
# Benchmark (not a test): the LIF f-I curve of N currents x 500 ms (default N = 10^6; dt 0.1 ms,
# refractory 3 ms, 0-5 nA, the neurodynex3 exercise neuron) as whole processes, Neuron Models'
# launcher (--out: rows streamed to table.csv, chart, outputs.json) against Brian2's vectorised run
# (peers/brian2_fi_sweep.py --skip-loop) in its C++ standalone target (and any other targets asked),
# in the same run, interleaved. For each: whole process (wall, median of the repetitions), the loop
# alone, and peak RSS (/usr/bin/time -v, maximum resident set size), with the machine load.
#
#   bench/fi-vs-brian2.sh [--reps N] [--currents N] [--threads N] [--b2-threads N] [--no-b2-warmup]
#                         [--targets "cpp_standalone numpy cython"]
#
# Needs Debian's Brian2 (apt-get install -y python3-brian python3-scipy g++) for /usr/bin/python3,
# and the peer scripts in $PEERS (default: ../shared/peers beside the repository).
# "Whole process": for Neuron Models the launcher script, JVM start, SciJava context, the blocked
# simulation on --threads threads (0: all processors), the rheobase bisection and the written
# outputs; its "loop" is the simulation with the rows streamed to table.csv and the rheobase search
# (the launcher logs it). For Brian2: Python start, import brian2, code generation and compilation
# (cached after the warm-up), the run and the script's own validation (its numpy reference, which
# is most of Brian2's whole-process time at 10^6 currents; reported apart); its "loop" is the
# compiled binary's simulation loop (device._last_run_time). Brian2 runs single-threaded unless
# --b2-threads N (OpenMP) is given.
set -euo pipefail

repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${PEERS:-$repo/../shared/peers}"
python="${PYTHON:-/usr/bin/python3}"
reps=5
currents=1000000
threads=0
b2threads=0
targets="cpp_standalone"
b2warm=1
while [ $# -gt 0 ]; do
	case "$1" in
		--reps) reps="$2"; shift 2 ;;
		--currents) currents="$2"; shift 2 ;;
		--threads) threads="$2"; shift 2 ;;
		--b2-threads) b2threads="$2"; shift 2 ;;
		--targets) targets="$2"; shift 2 ;;
		--no-b2-warmup) b2warm=0; shift ;; # Brian2 compiles its C++ project on every run anyway
		*) echo "usage: $0 [--reps N] [--currents N] [--threads N] [--b2-threads N] [--targets \"...\"]" >&2
			exit 2 ;;
	esac
done
[ -f "$peers/brian2_fi_sweep.py" ] || { echo "no $peers/brian2_fi_sweep.py (set PEERS)" >&2; exit 1; }
"$python" -c 'import brian2' 2>/dev/null || {
	echo "Brian2 is missing: apt-get update && apt-get install -y python3-brian python3-scipy g++" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ours_args='model=LIF,modelParameters="vRest=-70, vReset=-65, vThreshold=-50, resistance=10, tauM=8, tRef=3",'
ours_args+="dt=0.1,integrator=Exact,threads=$threads,"
ours_args+="stimulus=Constant,duration=500,currentMin=0,currentMax=5,currentSteps=$currents"
b2_args=(--skip-loop --refractory 3 --N "$currents" --duration 0.5 --threads "$b2threads")

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$1"; }
cpu_ms() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%d", s * 1000 }' "$1"; }
ours() { rm -rf "$work/out"; /usr/bin/time -v -o "$work/time" "$repo/scripts/neuron-models" --headless --run \
	"f-I Curve" "$ours_args" --out "$work/out" >"$work/ours.txt" 2>"$work/ours.err"; }
brian() { /usr/bin/time -v -o "$work/time" "$python" "$peers/brian2_fi_sweep.py" "${b2_args[@]}" --target "$1" \
	>"$work/b2.$1.json" 2>/dev/null; }

echo "warming up (build, class-data archive, Brian2 caches and compiles)..." >&2
ours >/dev/null 2>&1 || { cat "$work/ours.err" >&2; exit 1; }
[ "$b2warm" = 1 ] && for t in $targets; do brian "$t"; done

declare -A whole loop rss cpu
loads=""
for ((r = 1; r <= reps; r++)); do
	for t in ours $targets; do
		loads+="$(cut -d' ' -f1 /proc/loadavg) "
		s=$(now_ms)
		if [ "$t" = ours ]; then
			ours
			l=$(sed -n 's/.*simulated on [0-9]* threads in \([0-9.]*\) s.*/\1/p' "$work/ours.err" | tail -1)
		else
			brian "$t"
			l=$("$python" -c "import json; print(json.load(open('$work/b2.$t.json'))['vectorized']['sim_loop_s'])")
		fi
		whole[$t]+="$(( $(now_ms) - s )) "
		loop[$t]+="$(awk -v x="$l" 'BEGIN { printf "%d", x * 1000 }') "
		rss[$t]+="$(rss_mb "$work/time") "
		cpu[$t]+="$(cpu_ms "$work/time") "
	done
done

median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END { print a[int((NR+1)/2)] }'; }
echo "machine: $(nproc) cores; 1-minute load before each run: $loads(median $(median "$loads"))"
echo "f-I of $currents currents x 500 ms (5000 steps of 0.1 ms), $reps interleaved repetitions, medians:"
printf '%-34s %14s %10s %14s %14s\n' "" "whole (ms)" "loop (ms)" "peak RSS (MB)" "CPU (ms)"
for t in ours $targets; do
	label="Neuron Models (threads=$threads)"
	[ "$t" != ours ] && label="Brian2 $t (OpenMP $b2threads)"
	printf '%-34s %14d %10d %14d %14d\n' "$label" "$(median "${whole[$t]}")" "$(median "${loop[$t]}")" \
		"$(median "${rss[$t]}")" "$(median "${cpu[$t]}")"
done
for t in $targets; do
	"$python" -c "
import json; d = json.load(open('$work/b2.$t.json'))
print('Brian2 $t: its numpy validation inside the process took %s s; total spikes %d' % (
    d['numpy_reference']['wall_s'], d['vectorized']['total_spikes']))"
done
spikes=$(awk -F, 'NR > 1 { s += $2 } END { printf "%d", s }' "$work/out/table.csv")
echo "Neuron Models total spikes $spikes (Brian2 holds V for t_ref - dt after the spike step, Neuron Models for t_ref);" \
	"files: $(cd "$work/out" && ls -l | awk 'NR > 1 { printf "%s %d B; ", $9, $5 }')"
