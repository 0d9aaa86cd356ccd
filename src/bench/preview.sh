#!/usr/bin/env bash
# The preview benchmark of the README: how soon `versus serve` shows the site, and how soon an
# edit shows in an open page, on this project's default snapshot. In a copy of the project (its
# content/, templates/ and versus.toml) it measures, RUNS times each, and prints the medians:
#   first page   from starting `java -jar versus.jar serve` to the first 200 for PAGE
#   edit         from saving templates/comparison.ftlh (a new paragraph after the <h1>) to the
#                page's event stream saying "reload" and the page, fetched again, showing the
#                paragraph: what a browser with the page open does
#   snapshot     the same for the snapshot (one technology's name changed)
# Files are saved as most editors save them: written beside, then renamed over the old one.
#
#   src/bench/preview.sh [PAGE]        default: /compare/django-vs-flask/
#
# Env: RUNS (default 5); BENCH_DIR (default /tmp/versus-preview); PORT (default 18080); JAR
# (another build of Versus). Needs target/versus.jar (mvn -q package), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${JAR:-$PWD/target/versus.jar}
[[ -f $jar ]] || { echo "preview: build $jar first (mvn -q package)" >&2; exit 2; }
page=${1:-/compare/django-vs-flask/}
runs=${RUNS:-5}
dir=${BENCH_DIR:-/tmp/versus-preview}
port=${PORT:-18080}
rm -rf "$dir" && mkdir -p "$dir/project"
cp -r content templates versus.toml "$dir/project/"
cd "$dir/project"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
server=
stop() { if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap 'stop; kill $(jobs -p) 2>/dev/null || true' EXIT

# First page: a new JVM each run, without watching (as a reader who only looks would start it).
for run in $(seq "$runs"); do
  start=$(now)
  java -jar "$jar" serve --port "$port" --no-watch >"$dir/serve.out" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port$page"; do sleep 0.01; done
  ms "$start" "$(now)" >>"$dir/first"
  stop
done

# Edits: one server, the page open (its event stream), then an edit at a time.
java -jar "$jar" serve --port "$port" >"$dir/serve.out" 2>&1 &
server=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port$page"; do sleep 0.05; done
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$page")
curl -sN "http://127.0.0.1:$port/__versus/events?page=$encoded" >"$dir/events" &
sleep 1

# Saves FILE after applying the Python expression EDIT to its text (s), then waits for the
# reload event and for the page to contain EXPECT; prints the milliseconds from the save.
edit_and_wait() {
  local file=$1 edit=$2 expect=$3 before start
  before=$(grep -c '^event: reload' "$dir/events" || true)
  start=$(now)
  python3 - "$file" "$edit" <<'PY'
import gzip, os, sys
path, edit = sys.argv[1], sys.argv[2]
opener = gzip.open if path.endswith(".gz") else open
with opener(path, "rt", encoding="utf-8") as f:
    s = f.read()
s = eval(edit)
# Saved as most editors save: a new file renamed over the old, so no one reads it half-written.
temporary = os.path.join(os.path.dirname(path), ".saving-" + os.path.basename(path))
with opener(temporary, "wt", encoding="utf-8") as f:
    f.write(s)
os.replace(temporary, path)
PY
  # As the open page does: reload on each reload event until the page shows the edit (a save
  # can come as two bursts of events, a temporary file and the rename, and so as two reloads).
  local deadline=$(( $(now) + 30000000000 ))
  while true; do
    until [[ $(grep -c '^event: reload' "$dir/events" || true) -gt $before ]]; do
      (( $(now) < deadline )) || { echo "preview: no reload showing $expect within 30 s (see $dir)" >&2; exit 1; }
      sleep 0.005
    done
    before=$(grep -c '^event: reload' "$dir/events" || true)
    curl -sf "http://127.0.0.1:$port$page" >"$dir/page.html"
    grep -q "$expect" "$dir/page.html" && break
  done
  ms "$start" "$(now)"
}

for run in $(seq "$runs"); do
  edit_and_wait templates/comparison.ftlh \
    "s.replace('<h1>\${v.heading}</h1>', '<h1>\${v.heading}</h1><p>edit $run</p>', 1) if '<p>edit' not in s else __import__('re').sub('<p>edit \\\\d+</p>', '<p>edit $run</p>', s)" \
    "<p>edit $run</p>" >>"$dir/edit"
done
snapshot=$(ls content/data/snapshot.json* | head -n 1)
for run in $(seq "$runs"); do
  name="Django$run"
  edit_and_wait "$snapshot" \
    "__import__('re').sub(r'\"name\": ?\"Django[0-9]*\"', '\"name\":\"$name\"', s, count=1)" \
    "$name vs" >>"$dir/snapshot"
done
stop

echo "first page: median $(median <"$dir/first") ms of $runs ($(tr '\n' ' ' <"$dir/first")ms)"
echo "template edit to reloaded page: median $(median <"$dir/edit") ms of $runs ($(tr '\n' ' ' <"$dir/edit")ms)"
echo "snapshot edit to reloaded page: median $(median <"$dir/snapshot") ms of $runs ($(tr '\n' ' ' <"$dir/snapshot")ms)"
