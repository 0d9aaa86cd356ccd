#!/usr/bin/env bash
# Two builds of Versus side by side, taking turns on the same snapshots: what a change gains,
# measured so that a machine whose speed drifts during the hour slows both alike.
#
#   src/bench/ab.sh OLD_JAR OLD_TEMPLATES SNAPSHOT...
#
# OLD_JAR and OLD_TEMPLATES are the other build, for instance from
#   git worktree add /tmp/old REV && (cd /tmp/old && mvn -q package -DskipTests)
#   src/bench/ab.sh /tmp/old/target/versus.jar /tmp/old/templates content/data/snapshot.json.gz
# The new build is target/versus.jar with ./templates. Each run is a full build into an empty
# folder; prints each run's wall and user CPU seconds and peak RSS, then the medians.
#
# Env: RUNS (default 3) rounds; BENCH_DIR (default /tmp/versus-bench) for the outputs (/dev/shm
# to leave the disk out); VERSUS_JAVA_OPTS replaces the launcher's JVM options, as there.
# Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -ge 3 ]] || { echo "usage: src/bench/ab.sh OLD_JAR OLD_TEMPLATES SNAPSHOT..." >&2; exit 2; }
old_jar=$1 old_templates=$2; shift 2
[[ -f $old_jar && -d $old_templates && -f target/versus.jar ]] \
  || { echo "ab: need $old_jar, $old_templates and target/versus.jar (mvn -q package)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "ab: GNU time is missing (apt-get install time)" >&2; exit 2; }
runs=${RUNS:-3}
dir=${BENCH_DIR:-/tmp/versus-bench}/ab
opts=${VERSUS_JAVA_OPTS--XX:+UseSerialGC -XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000}
mkdir -p "$(dirname "$dir")"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

for snapshot in "$@"; do
  log=$(mktemp)
  for round in $(seq "$runs"); do
    for side in old new; do
      if [[ $side == old ]]; then jar=$old_jar templates=$old_templates; else jar=target/versus.jar templates=templates; fi
      rm -rf "$dir"
      # shellcheck disable=SC2086 # the options are words
      /usr/bin/time -o "$log.time" -f "%e %U %M" java $opts -jar "$jar" build --snapshot "$snapshot" \
        --templates "$templates" --out "$dir" --quiet
      read -r wall user rss < "$log.time"
      echo "$side $wall $user $((rss / 1024))" >> "$log"
      printf '%-40s %s round %d: %6.1f s wall, %6.1f s user CPU, %5d MB peak RSS\n' \
        "$(basename "$snapshot")" "$side" "$round" "$wall" "$user" "$((rss / 1024))"
    done
  done
  for side in old new; do
    printf '%-40s %s median: %6.1f s wall, %6.1f s user CPU, %5d MB peak RSS\n' "$(basename "$snapshot")" "$side" \
      "$(awk -v s=$side '$1 == s { print $2 }' "$log" | median)" "$(awk -v s=$side '$1 == s { print $3 }' "$log" | median)" \
      "$(awk -v s=$side '$1 == s { print $4 }' "$log" | median)"
  done
  rm -f "$log" "$log.time"
done
rm -rf "$dir"
