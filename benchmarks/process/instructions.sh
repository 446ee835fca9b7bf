#!/usr/bin/env bash
# Instructions of one `reportmining extract --format jsonl FOLDER` run, counted by valgrind's
# callgrind, in total and per method: a measure that does not move with the load of a shared VM
# (to within about 0.01% from run to run), for comparing two builds where timings are too noisy.
#
#   benchmarks/process/instructions.sh [FOLDER] [TOP]
#
# Needs valgrind and python3. Settings that make the count repeatable, and what they change:
# tiered compilation off (ReadyToRun code is run as compiled, the rest JIT-compiled once, fully
# optimised), non-concurrent GC, no AVX-512 (valgrind 3.19 cannot decode it), --smc-check=all (the
# runtime patches its own code). Counts are instructions, not time: cache misses and branch
# mispredictions are not in them. The libcrypto line is the SHA-256 check of the model files at
# start-up: valgrind hides the CPU's SHA extensions, so it counts far more there than the hardware runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
folder="${1:-$repo/../shared/corpus/ilacs/texts}"
top="${2:-30}"
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | awk '/RID:/ {print $2; exit}')"
echo "publishing reportmining (ReadyToRun with a method map, $rid) ..." >&2
rm -rf "$repo/src/ReportMining.Cli/obj/Release/net10.0/$rid/R2R"
dotnet publish "$repo/src/ReportMining.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  "-p:PublishReadyToRunCrossgen2ExtraArgs=--map%3B--mapcsv" -o "$work/rm" >/dev/null
cp "$repo/src/ReportMining.Cli/obj/Release/net10.0/$rid/R2R/ReportMining.map.csv" "$work/map.csv"

echo "running under callgrind (about 30 times slower than native) ..." >&2
(cd "$work" && DOTNET_PerfMapEnabled=3 DOTNET_PerfMapJitDumpPath="$work" DOTNET_TieredCompilation=0 DOTNET_gcConcurrent=0 \
  DOTNET_EnableAVX512F=0 valgrind --tool=callgrind --smc-check=all --trace-syscalls=yes --dump-instr=yes \
  --compress-pos=no --compress-strings=no --callgrind-out-file="$work/cg.out" \
  "$work/rm/ReportMining.Cli" extract --format jsonl "$folder" >/dev/null 2>"$work/err")
grep -m1 "I *refs" "$work/err" | sed 's/^==[0-9]*== */total: /'

python3 - "$work" "$top" <<'PY'
import bisect, collections, csv, glob, re, sys
work, top = sys.argv[1], int(sys.argv[2])
err = open(f"{work}/err", errors="replace").read()
# where the runtime mapped ReportMining.dll: the fd its openat returned, then that fd's first mmap
fd = int(re.search(r"openat \([^)]*/rm/ReportMining\.dll\)[^\n]*\n[^\n]*Success\((0x[0-9a-f]+)\)", err).group(1), 16)
base = int(re.search(r"sys_mmap \( 0x[0-9a-f]+, \d+, 1, 18, %d, 0 \)[^\n]*Success\((0x[0-9a-f]+)\)" % fd, err).group(1), 16)
syms = []
for r in csv.DictReader(open(f"{work}/map.csv")):
    if r["Node Type"] == "MethodWithGCInfo":
        syms.append((base + int(r["Rva"], 16), int(r["Length"]), r["Symbol"].replace("ReportMining_ReportMining_", "") + " [R2R]"))
for path in glob.glob(f"{work}/perf-*.map") + glob.glob("/tmp/perf-*.map"):
    for line in open(path, errors="replace"):
        a, s, n = line.rstrip("\n").split(" ", 2)
        syms.append((int(a, 16), int(s, 16), n))
syms.sort()
starts = [s[0] for s in syms]
cost, other, total = collections.Counter(), collections.Counter(), 0
ob = fn = ""
skip = False
for line in open(f"{work}/cg.out"):
    if line.startswith("ob="): ob = line[3:].strip().rsplit("/", 1)[-1]; continue
    if line.startswith("fn="): fn = line[3:].strip(); continue
    if line.startswith("calls="): skip = True; continue
    if not line.startswith("0x"): continue
    if skip: skip = False; continue
    parts = line.split()
    if len(parts) < 3: continue
    a, c = int(parts[0], 16), int(parts[2])
    total += c
    i = bisect.bisect_right(starts, a) - 1
    if i >= 0 and a < syms[i][0] + syms[i][1]: cost[syms[i][2]] += c
    else: other[ob + ": " + fn] += c
print(f"managed methods (top {top}):")
for n, c in cost.most_common(top): print(f"{100 * c / total:6.2f}% {c:>14,}  {n[:140]}")
print("native code (top 8):")
for n, c in other.most_common(8): print(f"{100 * c / total:6.2f}% {c:>14,}  {n[:140]}")
PY
