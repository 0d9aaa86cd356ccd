#!/usr/bin/env bash
# The speed benchmark of the README: full builds of synthetic snapshots (and, with "default",
# of the default snapshot), each beside the disk's floor for the same files.
#
#   src/bench/bench.sh [SIZE...]      SIZE: a page count (10000, 100000, 1000000), "default", or
#                                     the path of a snapshot file (the peers' converted workload)
#
# Reports per size: pages, median wall time of full builds and pages/s, median peak RSS, MB
# written, the floor's median, their ratio, and RUNS rebuilds of the unchanged site (median wall
# "rebuild_s" and peak RSS "rebuild_MB": what CI pays when nothing a page shows has changed).
#
# Env: RUNS (default 3) timed builds per size, median reported; BENCH_DIR (default
# /tmp/versus-bench) for snapshots and outputs; VERSUS_JAVA_OPTS replaces the launcher's JVM
# options (set it empty for the JVM's defaults: what `java -jar target/versus.jar` runs with); THREADS.
# Builds run through the launcher, target/versus, as the README's command does.
# Needs target/versus.jar and target/versus (mvn -q package), GNU time (/usr/bin/time) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/versus.jar
[[ -f $jar && -f target/versus ]] || { echo "bench: build $jar and target/versus first (mvn -q package)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time is missing (apt-get install time)" >&2; exit 2; }
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/versus-bench}
mkdir -p "$dir"
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 default)

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The floor: the same number of files of the build's mean size, written by a plain loop, in the
# layout of the peers' I/O floor (compare/<name>/index.html in a fresh folder): the same loop, the
# same names, the same bytes, so that its time for N files of SIZE bytes is the peers' floor for
# the same N and SIZE. Give both the same size: the peers' harness defaults to 4.9 KB a page,
# Versus's pages average over 20 KB (on tmpfs, 102,600 files of 23 KB took 1.3 times as long).
floor() {
  python3 - "$1" "$2" "$3" <<'PY'
import os, sys, tempfile
n, size, parent = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
d = tempfile.mkdtemp(dir=parent, prefix="floor.")
body = (b"<p>lorem ipsum dolor sit amet</p>\n" * (size // 34 + 1))[:size]
for i in range(n):
    p = f"{d}/compare/page-{i:06d}"
    os.makedirs(p)
    with open(p + "/index.html", "wb") as f:
        f.write(body)
PY
}

printf '%-12s %9s %9s %10s %9s %9s %10s %8s %10s %11s\n' size pages wall_s pages/s peak_MB bytes_MB floor_s ratio rebuild_s rebuild_MB
for size in "${sizes[@]}"; do
  if [[ $size == default ]]; then
    snapshot=content/data/snapshot.json.gz
  elif [[ -f $size ]]; then
    snapshot=$size; size=$(basename "$(dirname "$size")")
  else
    snapshot=$dir/synth-$size.json.gz
    [[ -f $snapshot ]] || java -jar "$jar" synth --pages "$size" --categories 40 --seed 1 --out "$snapshot" >/dev/null
  fi
  walls=() ; peaks=()
  for run in $(seq "$runs"); do
    out=$dir/out-$size; rm -rf "$out"; sync
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" \
      sh target/versus build --snapshot "$snapshot" --out "$out" --quiet ${THREADS:+--threads $THREADS}
    read -r wall peak < "$dir/time.txt"; walls+=("$wall"); peaks+=("$peak")
  done
  rebuilds=() ; rebuild_peaks=()
  for run in $(seq "$runs"); do
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" \
      sh target/versus build --snapshot "$snapshot" --out "$out" --quiet ${THREADS:+--threads $THREADS}
    read -r wall peak < "$dir/time.txt"; rebuilds+=("$wall"); rebuild_peaks+=("$peak")
  done
  files=$(find "$out" -type f -not -path '*/.versus/*' | wc -l)
  bytes=$(find "$out" -type f -not -path '*/.versus/*' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f\n", s }')
  rm -rf "$out"
  # Printed so that the peers' floor can be run with the same arguments: iofloor.py FILES SIZE DIR.
  echo "# $size: floor of $files files of $((bytes / files)) bytes (the build's mean size)" >&2
  floors=()
  for run in $(seq "$runs"); do
    rm -rf "$dir"/floor.*; sync
    start=$(date +%s.%N); floor "$files" $((bytes / files)) "$dir"; end=$(date +%s.%N)
    floors+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
  done
  rm -rf "$dir"/floor.*
  wall=$(printf '%s\n' "${walls[@]}" | median); peak=$(printf '%s\n' "${peaks[@]}" | median)
  floor_s=$(printf '%s\n' "${floors[@]}" | median)
  rebuild=$(printf '%s\n' "${rebuilds[@]}" | median); rebuild_peak=$(printf '%s\n' "${rebuild_peaks[@]}" | median)
  awk -v size="$size" -v files="$files" -v wall="$wall" -v peak="$peak" -v bytes="$bytes" -v floor="$floor_s" \
    -v rebuild="$rebuild" -v rebuild_peak="$rebuild_peak" \
    'BEGIN { printf "%-12s %9d %9.1f %10.0f %9.0f %9.0f %10.1f %8.2f %10.2f %11.0f\n", size, files, wall, files / wall,
             peak / 1024, bytes / 1048576, floor, wall / floor, rebuild, rebuild_peak / 1024 }'
done
