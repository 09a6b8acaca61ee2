#!/usr/bin/env bash
# Times the Spiking Network command against Brian2 (the peers in ../shared/peers) on the
# same machine, in one run, and prints a Markdown table with both times and the ratios.
#
#   bench/network-vs-brian2.sh [REPS]          (default 5 repetitions; medians are reported)
#
# Brian2: its fastest mode here, C++ standalone (warm: compiled once before timing), in both of its
# thread settings: the single-thread build and the OpenMP build with --threads 2 (ours runs with its
# default threads=2, of which a small network uses one: threadsUsed); the ratio is taken against the faster of the two. The repetitions are
# interleaved (Brian2 1 thread, Brian2 2 threads, ours, then again), so that load changes hit all three.
#   sim loop      = the binary's own loop time (sim_loop_s in the peer's JSON line)
#   whole process = wall time of `/usr/bin/python3 peers/<script> --target cpp_standalone`
#                   measured from outside (includes `import brian2`, code generation, make, run)
# Ours: `scripts/neuron-models --headless --run "Spiking Network" 'preset="…"' --out DIR`
#   sim loop      = the command's simulationSeconds output: the loop alone, after a small copy of the
#                   network has warmed the JIT up while the network was built (our compile step)
#   whole process = wall time from launcher start until every output file is written (JVM start,
#                   SciJava, build, JIT warm-up, loop, statistics, raster, chart, table, files)
# Before timing, ours is built and run once untimed (the first command run after a build writes the
# class-data-sharing archive that later runs map), as Brian2 is compiled once untimed.
# Needs: apt-get install -y python3-brian python3-scipy g++ (run with /usr/bin/python3).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${PEERS:-$repo/../shared/peers}"
[ -d "$peers" ] || peers=/work/shared/peers
reps="${1:-5}"
export PEERS_SCRATCH="${PEERS_SCRATCH:-/tmp/peers_scratch_bench}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
range() { sort -g | awk -v f="$1" 'NR==1 {lo=$1} {hi=$1} END {printf f "–" f, lo, hi}'; }
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['$1'])"; }

"$repo/scripts/neuron-models" --list >/dev/null   # build the jar first if needed (not timed)
"$repo/scripts/neuron-models" --headless --run "Spiking Network" 'preset="Izhikevich 2003"' --out "$out/warm" \
	>/dev/null 2>&1 # writes the class-data archive if missing (not timed)
printf 'load average at the start: %s\n\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

printf '| network | Brian2 sim loop, 1 thread (s) | Brian2 sim loop, OpenMP 2 threads (s) | ours sim loop (s) | loop ratio (best Brian2/ours) | Brian2 whole process, best (s) | ours whole process (s) | process ratio (Brian2/ours) | Brian2 spikes | our spikes |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
ranges=()
for net in CUBA COBAHH "Izhikevich 2003"; do
	case "$net" in
		CUBA) peer=(brian2_cuba.py) ;;
		COBAHH) peer=(brian2_cobahh.py --rates exp) ;;
		*) peer=(brian2_izhikevich_net.py --ref-seeds 1) ;;
	esac
	for th in 0 2; do # compile each build once
		/usr/bin/python3 "$peers/${peer[0]}" "${peer[@]:1}" --target cpp_standalone --threads $th >/dev/null 2>&1
	done
	bl0=(); bl2=(); bw0=(); bw2=(); ol=(); ow=(); bs=""; os=""
	for _ in $(seq "$reps"); do
		for th in 0 2; do
			t0=$(now)
			line=$(/usr/bin/python3 "$peers/${peer[0]}" "${peer[@]:1}" --target cpp_standalone --threads $th 2>/dev/null |
				tail -1)
			t1=$(now)
			if [ $th = 0 ]; then
				bw0+=("$(echo "$t1 - $t0" | bc -l)"); bl0+=("$(echo "$line" | field sim_loop_s)")
			else
				bw2+=("$(echo "$t1 - $t0" | bc -l)"); bl2+=("$(echo "$line" | field sim_loop_s)")
			fi
			bs=$(echo "$line" | field total_spikes)
		done
		rm -rf "$out/run"
		t0=$(now)
		res=$("$repo/scripts/neuron-models" --headless --run "Spiking Network" "preset=\"$net\"" --out "$out/run" 2>/dev/null)
		t1=$(now)
		ow+=("$(echo "$t1 - $t0" | bc -l)")
		ol+=("$(echo "$res" | sed -n 's/^simulationSeconds = //p')")
		os=$(echo "$res" | sed -n 's/^spikeCount = //p')
	done
	BL0=$(printf '%s\n' "${bl0[@]}" | median); BL2=$(printf '%s\n' "${bl2[@]}" | median)
	BW0=$(printf '%s\n' "${bw0[@]}" | median); BW2=$(printf '%s\n' "${bw2[@]}" | median)
	OL=$(printf '%s\n' "${ol[@]}" | median); OW=$(printf '%s\n' "${ow[@]}" | median)
	BL=$(printf '%s\n%s\n' "$BL0" "$BL2" | sort -g | head -1); BW=$(printf '%s\n%s\n' "$BW0" "$BW2" | sort -g | head -1)
	printf '| %s | %.3f | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f | %s | %s |\n' "$net" "$BL0" "$BL2" "$OL" \
		"$(echo "$BL / $OL" | bc -l)" "$BW" "$OW" "$(echo "$BW / $OW" | bc -l)" "$bs" "$os"
	ranges+=("| $net | $(printf '%s\n' "${bl0[@]}" | range %.3f) | $(printf '%s\n' "${bl2[@]}" | range %.3f) | \
$(printf '%s\n' "${ol[@]}" | range %.3f) | $(printf '%s\n' "${bw0[@]}" "${bw2[@]}" | range %.2f) | \
$(printf '%s\n' "${ow[@]}" | range %.2f) |")
done
printf '\n%s repetitions, medians; load average at the end: %s\n' "$reps" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\nRanges (min–max) over the repetitions:\n\n'
printf '| network | Brian2 sim loop, 1 thread (s) | Brian2 sim loop, 2 threads (s) | ours sim loop (s) | Brian2 whole process, both (s) | ours whole process (s) |\n'
printf '|---|---|---|---|---|---|\n'
printf '%s\n' "${ranges[@]}"
