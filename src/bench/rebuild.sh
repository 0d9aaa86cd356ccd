#!/usr/bin/env bash
# The rebuild benchmark of the README: what CI pays when the data changes a little. In a copy of
# this project (its content/ and templates/), it times, RUNS times each:
#   full       a build into an empty folder
#   unchanged  the same build again (renders nothing, writes nothing)
#   changed    one technology's usage.total + 100 (every comparison of its categories moves)
#   back       the original snapshot again
# and prints the median of each. The changed snapshot is copied over the project's own, so the
# build's options stay the same and the manifest guides the rebuild as in a real project.
#
#   src/bench/rebuild.sh [TECHNOLOGY_SLUG]     default: django
#
# Env: RUNS (default 3); BENCH_DIR (default /tmp/versus-rebuild); JAVA_OPTS; JAR (another
# build of Versus to time, e.g. an older one, on this project's content).
# Needs target/versus.jar (mvn -q package) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${JAR:-$PWD/target/versus.jar}
[[ -f $jar ]] || { echo "rebuild: build $jar first (mvn -q package)" >&2; exit 2; }
slug=${1:-django}
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/versus-rebuild}
rm -rf "$dir/project" "$dir/out"
mkdir -p "$dir/project"
cp -r content templates "$dir/project/"
snapshot=$(ls "$dir"/project/content/data/snapshot.json* | head -n 1)
cp "$snapshot" "$dir/original"
python3 - "$snapshot" "$dir/changed" "$slug" <<'PY'
import gzip, json, sys
source, target, slug = sys.argv[1:]
opener = gzip.open if source.endswith(".gz") else open
with opener(source, "rt", encoding="utf-8") as f:
    snapshot = json.load(f)
matches = [t for t in snapshot["technologies"] if t["slug"] == slug]
if not matches:
    sys.exit(f"rebuild: no technology with slug {slug!r}")
matches[0]["usage"]["total"] += 100
with opener(target, "wt", encoding="utf-8") as f:
    json.dump(snapshot, f, ensure_ascii=False)
PY

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Seconds one build takes, with the given snapshot in place.
timed_build() {
  cp "$1" "$snapshot"
  local start end
  start=$(date +%s.%N)
  (cd "$dir/project" && java ${JAVA_OPTS:-} -jar "$jar" build --out "$dir/out" --quiet)
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", e - s }'
}

declare -A times
for ((run = 1; run <= runs; run++)); do
  rm -rf "$dir/out"
  times[full]+="$(timed_build "$dir/original") "
  times[unchanged]+="$(timed_build "$dir/original") "
  times[changed]+="$(timed_build "$dir/changed") "
  times[back]+="$(timed_build "$dir/original") "
done
rm -rf "$dir/out"
for step in full unchanged changed back; do
  printf '%-10s median %6s s   runs: %s\n' "$step" "$(tr ' ' '\n' <<<"${times[$step]}" | grep . | median)" "${times[$step]}"
done
