#!/usr/bin/env bash
# Start-up figures of a built product (a benchmark: it prints, it never fails a build).
#   releng/scripts/startup-bench.sh [PRODUCT-DIR] [RUNS]
# For each run: the IDE on a fresh workspace until the workbench is usable (its window open, the
# example designs imported and the UI thread answering: the ready file of -Danodyne.readyFile), and
# `anodyne validate` of one example. Prints wall-clock and CPU seconds (user + system of the Java
# process; for the IDE also its main thread's and the JIT compilers' share) and the load average; on a
# machine shared with other work, compare CPU seconds. ANODYNE_VM_ARGS is passed on.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
product="${1:-releng/org.anodyne.repository/target/products/org.anodyne.product/linux/gtk/x86_64/anodyne}"
runs="${2:-3}"
product="$(readlink -f "$product")"
[ -x "$product/anodyne" ] || { echo "startup-bench: no product in $product (build it first)" >&2; exit 2; }
. releng/scripts/jdk.sh
ANODYNE_JAVA="$(anodyne_find_jdk)/bin/java"
export ANODYNE_JAVA
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cpu_of() { # user+system seconds of a finished command, from /usr/bin/time's output file
  awk '{ printf "%.2f", $2 + $3 }' "$1"
}

for run in $(seq 1 "$runs"); do
  ws="$tmp/ws-$run"
  ready="$tmp/ready-$run"
  start=$(date +%s.%N)
  ANODYNE_VM_ARGS="${ANODYNE_VM_ARGS:-} -Danodyne.readyFile=$ready" xvfb-run -a "$product/anodyne" -data "$ws" >/dev/null 2>&1 &
  while [ ! -f "$ready" ]; do sleep 0.05; done
  usable=$(echo "$(date +%s.%N) - $start" | bc)
  # CPU the IDE's Java process had used when it became usable (utime + stime, in clock ticks).
  pid="$(pgrep -f -- "-Danodyne.readyFile=$ready" | head -n 1)"
  ticks="$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  cpu=$(echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc)
  # Per thread: the main thread (named "java", the busiest of that name) and the JIT compilers.
  threads="$(for t in "/proc/$pid"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(sed 's/^.*) //' "$t/stat" 2>/dev/null | awk '{ print $12 + $13 }')"
  done | awk -F '\t' -v hz="$(getconf CLK_TCK)" '
    $1 == "java" && $2 > main { main = $2 }
    $1 ~ /CompilerThre/ { jit += $2 }
    END { printf "main thread %.2f s, JIT compilers %.2f s", main / hz, jit / hz }')"
  touch "$ready.quit"
  wait
  printf 'run %d: IDE usable after %.2f s wall, %.2f s CPU (%s), load %s\n' "$run" "$usable" "$cpu" "$threads" \
    "$(cut -d ' ' -f 1 /proc/loadavg)"
  /usr/bin/time -o "$tmp/validate-time" -f "%e %U %S" "$product/anodyne" validate "$product/examples/li-cc-symmetric-inverted.anodyne" >/dev/null 2>&1
  printf 'run %d: validate of one file %s s wall, %s s CPU\n' "$run" "$(awk '{print $1}' "$tmp/validate-time")" "$(cpu_of "$tmp/validate-time")"
done
