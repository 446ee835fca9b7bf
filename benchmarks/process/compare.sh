#!/usr/bin/env bash
# Whole-process speed on one core: `reportmining extract` (start-up, reading, every extractor,
# the sentence models, JSON Lines output) against wink-nlp's pipeline on the same folder.
#
#   benchmarks/process/compare.sh [FOLDER] [RUNS]
#
# FOLDER defaults to ../shared/corpus/ilacs/texts. Each command runs RUNS times (default 3) pinned
# to core 0 with taskset; the best run counts. CPU is user + system time of the whole process.
# Needs the .NET SDK; the wink-nlp side needs node and npm (skipped with a message otherwise).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
folder="${1:-$repo/../shared/corpus/ilacs/texts}"
runs="${2:-3}"
[ -d "$folder" ] || { echo "no folder $folder" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bytes=$(cat "$folder"/* | wc -c)
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"

best() { # best wall and CPU seconds of RUNS runs of "$@"
  local bw=999999 bc=999999
  for _ in $(seq "$runs"); do
    local t; t=$( { TIMEFORMAT='%R %U %S'; time $pin "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
    read -r w u s <<<"$t"
    local c; c=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
    bw=$(awk -v a="$w" -v b="$bw" 'BEGIN { print (a < b ? a : b) }')
    bc=$(awk -v a="$c" -v b="$bc" 'BEGIN { print (a < b ? a : b) }')
  done
  echo "$bw $bc"
}

rid="$(dotnet --info | awk '/RID:/ {print $2; exit}')"
# The build users install: Native AOT where the tool package is Native AOT (linux-x64, see
# tools/pack.sh), ReadyToRun elsewhere, or when REPORTMINING_AOT=0 or the AOT compiler is missing.
build="ReadyToRun"
if [ "${REPORTMINING_AOT:-1}" != "0" ] && [ "$rid" = "linux-x64" ]; then
  echo "publishing reportmining (Native AOT, $rid) ..." >&2
  if dotnet publish "$repo/src/ReportMining.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/rm" >"$work/publish.log" 2>&1; then
    build="Native AOT"
  else
    echo "Native AOT publish failed (see below); using ReadyToRun" >&2; tail -5 "$work/publish.log" >&2
  fi
fi
if [ "$build" = "ReadyToRun" ]; then
  echo "publishing reportmining (ReadyToRun, $rid) ..." >&2
  dotnet publish "$repo/src/ReportMining.Cli" -c Release -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -o "$work/rm" >/dev/null
fi
read -r rw rc < <(best "$work/rm/ReportMining.Cli" extract --format jsonl "$folder")
div() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }
mb=$(div "$bytes" 1000000)
printf 'input: %s files, %.1f MB\n' "$(ls "$folder" | wc -l)" "$mb"
printf 'reportmining extract : %6.2f s wall %6.2f s CPU  %6.1f MB/s (CPU)  [%s]\n' "$rw" "$rc" "$(div "$mb" "$rc")" "$build"

if command -v node >/dev/null && command -v npm >/dev/null; then
  (cd "$work" && npm init -y >/dev/null && npm install --silent --no-fund --no-audit wink-nlp wink-eng-lite-web-model >/dev/null 2>&1) || { echo "wink-nlp: npm install failed, skipped"; exit 0; }
  cp "$here/wink.js" "$work/"
  read -r ww wc < <(best node "$work/wink.js" "$folder")
  printf 'wink-nlp             : %6.2f s wall %6.2f s CPU  %6.1f MB/s (CPU)\n' "$ww" "$wc" "$(div "$mb" "$wc")"
  printf 'reportmining is %.1f times faster (CPU), %.1f times (wall)\n' "$(div "$wc" "$rc")" "$(div "$ww" "$rw")"
else
  echo "wink-nlp: node/npm not found, skipped"
fi
