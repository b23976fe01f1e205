# Helpers for Kestrel benchmarks (bench/media-variants.sh; bench/content-graphql.sh keeps its own, with a telemetry node); source it, do not run it.
# Gives: $work (a temporary folder removed on exit, with every process in $pids killed), start_cms PORT (the CMS in
# Release on SQLite in $work/data, admin password bench-password-1, waits for /healthz), run NAME PID URL [wrk args...]
# (a 2 s warm-up, then wrk for $duration; prints "NAME requests/s p99-ms requests-per-server-CPU-second"), and
# summarize RESULTS BASELINE "NAME..." "NAME=TARGET..." (best of the rounds per target: the highest rates and the lowest
# p99, since a shared machine only ever slows a run down; ratios against BASELINE, and each target's verdict).
set -euo pipefail
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_cms() {
  local port=$1
  echo "== starting the CMS on :$port" >&2
  (cd src/TraumaBondCms.Web/bin/Release/net10.0 && DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    exec dotnet TraumaBondCms.Web.dll --urls "http://127.0.0.1:$port" --Cms:DataPath="$work/data" \
    --Cms:Setup:AdminPassword=bench-password-1 --Cms:Workflow:RunScheduler=false > "$work/cms.log" 2>&1) &
  cms_pid=$!
  pids+=("$cms_pid")
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null || { cat "$work/cms.log" >&2; exit 1; }
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

run() {
  local name=$1 pid=$2 url=$3; shift 3
  wrk -t"$threads" -c"$connections" -d2s "$url" "$@" > /dev/null
  local before after out rps p99 hz
  before=$(cpu_ticks "$pid")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" "$@")
  after=$(cpu_ticks "$pid")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } print v }' <<< "$out")
  hz=$(getconf CLK_TCK)
  awk -v n="$name" -v r="$rps" -v p="$p99" -v t=$((after - before)) -v hz="$hz" -v s="${duration%s}" \
    'BEGIN { cpu = t / hz; printf "%s %.0f %.2f %.0f\n", n, r, p, (cpu > 0 ? r * s / cpu : 0) }'
}

summarize() {
  awk -v baseline="$2" -v names="$3" -v targets="$4" '
    { if (!($1 in rps) || $2 > rps[$1]) rps[$1] = $2
      if (!($1 in p99) || $3 < p99[$1]) p99[$1] = $3
      if (!($1 in cpu) || $4 > cpu[$1]) cpu[$1] = $4 }
    END {
      printf "%-20s %12s %10s %14s %10s %10s  %s\n", "target", "requests/s", "p99 ms", "req/cpu-s", "ratio", "ratio cpu", "target"
      count = split(names, order, " ")
      split(targets, pairs, " ")
      for (i in pairs) { split(pairs[i], kv, "="); target[kv[1]] = kv[2] }
      for (i = 1; i <= count; i++) {
        n = order[i]; r = rps[n] / rps[baseline]; c = cpu[n] / cpu[baseline]
        verdict = ""
        if (n in target) verdict = (r >= target[n] ? ">= " target[n] " ok" : ">= " target[n] " MISSED")
        printf "%-20s %12.0f %10.2f %14.0f %9.2fx %9.2fx  %s\n", n, rps[n], p99[n], cpu[n], r, c, verdict
      }
    }' "$1"
}
