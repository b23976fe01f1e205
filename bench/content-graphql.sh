#!/usr/bin/env bash
# Throughput of the content GraphQL endpoint against a minimal Kestrel endpoint that answers with the same bytes, measured
# with wrk on 127.0.0.1, in one run: the CMS (Release, SQLite, the setup recipe's content) answering
#   articles(first: 10) { nodes { title slug summary } }
# by POST and by persisted-query GET, and the baseline (bench/TraumaBondCms.Web.Bench) answering GET and POST with the
# bytes the CMS returned. Each target runs twice, alternating, and keeps its best figures (a shared machine only ever
# slows a run down). Prints requests/s, p99 latency, requests per server CPU second (steadier when other work shares the
# machine) and the ratios CMS / baseline GET; targets (on requests/s): POST >= 0.50, persisted GET >= 0.70. The CPU
# ratio is printed beside it as a check that a result is not an artefact of other load on the machine.
# A second CMS runs with OpenTelemetry on (configured as operators do, by OTEL_EXPORTER_OTLP_ENDPOINT, exporting OTLP over
# HTTP to a sink that accepts and drops everything) and answers the same requests in the same rounds: target (on
# requests/s) telemetry on / off >= 0.95 for both POST and persisted GET.
# Needs wrk (Debian package wrk) and python3 (the OTLP sink). Takes about three minutes. Options via environment:
# DURATION (default 10s), CONNECTIONS (32), THREADS (2), TRACE_SAMPLE_RATIO (1: every request traced, the default).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
sample_ratio=${TRACE_SAMPLE_RATIO:-1}
cms_port=5191
base_port=5192
otel_port=5193
sink_port=5194
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building (Release)" >&2
dotnet build -c Release src/TraumaBondCms.Web > /dev/null
dotnet build -c Release bench/TraumaBondCms.Web.Bench > /dev/null

query='{ articles(first: 10) { nodes { title slug summary } } }'
hash=$(printf '%s' "$query" | sha256sum | cut -d' ' -f1)
post_body=$(printf '{"query":"%s"}' "$query")
extensions=$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$hash" | jq -sRr @uri 2>/dev/null \
  || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$hash")")

echo "== starting the OTLP sink on :$sink_port" >&2
python3 -u -c '
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200); self.send_header("Content-Type", "application/x-protobuf"); self.send_header("Content-Length", "0"); self.end_headers()
        print(self.path, flush=True)
    def log_message(self, *args): pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
' "$sink_port" > "$work/sink.log" 2>&1 &
pids+=("$!")

# start_cms PORT DATA [VAR=VALUE...]: the CMS (Release, Production) in the background; prints its pid.
start_cms() {
  local port=$1 data=$2; shift 2
  (cd src/TraumaBondCms.Web/bin/Release/net10.0 && exec env DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
    dotnet TraumaBondCms.Web.dll --urls "http://127.0.0.1:$port" --Cms:DataPath="$data" \
    --Cms:Setup:AdminPassword=bench-password-1 --Cms:Workflow:RunScheduler=false) > "$data.log" 2>&1 &
  echo $!
}

# prepare PORT: waits for the CMS, registers the persisted query and checks both requests answer the same bytes.
prepare() {
  local port=$1
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null || { echo "the CMS on :$port did not start" >&2; exit 1; }
  curl -sf -X POST "http://127.0.0.1:$port/api/graphql" -H 'content-type: application/json' -d "$post_body" -o "$work/body-$port.json"
  curl -sf -X POST "http://127.0.0.1:$port/api/graphql" -H 'content-type: application/json' \
    -d "$(printf '{"query":"%s","extensions":{"persistedQuery":{"version":1,"sha256Hash":"%s"}}}' "$query" "$hash")" -o /dev/null
  curl -sf "http://127.0.0.1:$port/api/graphql?extensions=$extensions" -o "$work/get-$port.json"
  cmp -s "$work/body-$port.json" "$work/get-$port.json" || { echo "POST and persisted GET answer differently on :$port" >&2; exit 1; }
  grep -q '"articles"' "$work/body-$port.json" || { echo "unexpected response: $(cat "$work/body-$port.json")" >&2; exit 1; }
}

echo "== starting the CMS on :$cms_port (telemetry off) and :$otel_port (telemetry on)" >&2
cms_pid=$(start_cms "$cms_port" "$work/data")
pids+=("$cms_pid")
otel_pid=$(start_cms "$otel_port" "$work/data-otel" OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port" \
  OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf OTEL_METRIC_EXPORT_INTERVAL=10000 Cms__Telemetry__TraceSampleRatio="$sample_ratio")
pids+=("$otel_pid")
prepare "$cms_port"
prepare "$otel_port"
cp "$work/body-$cms_port.json" "$work/body.json"
cmp -s "$work/body.json" "$work/body-$otel_port.json" || { echo "telemetry changes the response" >&2; exit 1; }
get_url="http://127.0.0.1:$cms_port/api/graphql?extensions=$extensions"
otel_get_url="http://127.0.0.1:$otel_port/api/graphql?extensions=$extensions"

echo "== starting the baseline on :$base_port" >&2
dotnet bench/TraumaBondCms.Web.Bench/bin/Release/net10.0/TraumaBondCms.Web.Bench.dll --urls "http://127.0.0.1:$base_port" \
  --body "$work/body.json" > "$work/base.log" 2>&1 &
base_pid=$!
pids+=("$base_pid")
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$base_port/" -o "$work/base.json" && break; sleep 0.5; done
cmp -s "$work/body.json" "$work/base.json" || { echo "the baseline does not answer with the CMS's bytes" >&2; exit 1; }

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$post_body'
LUA

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run NAME PID URL [wrk args...]: prints "NAME rps p99_ms rps_per_cpu_s"
run() {
  local name=$1 pid=$2 url=$3; shift 3
  wrk -t"$threads" -c"$connections" -d2s "$url" "$@" > /dev/null   # warm-up
  local before after out
  before=$(cpu_ticks "$pid")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" "$@")
  after=$(cpu_ticks "$pid")
  local rps p99 seconds
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } print v }' <<< "$out")
  seconds=${duration%s}
  local hz
  hz=$(getconf CLK_TCK)
  awk -v n="$name" -v r="$rps" -v p="$p99" -v t=$((after - before)) -v hz="$hz" -v s="$seconds" \
    'BEGIN { cpu = t / hz; printf "%s %.0f %.2f %.0f\n", n, r, p, (cpu > 0 ? r * s / cpu : 0) }'
}

results="$work/results.txt"
for round in 1 2; do
  echo "== round $round" >&2
  run baseline-get "$base_pid" "http://127.0.0.1:$base_port/" >> "$results"
  run baseline-post "$base_pid" "http://127.0.0.1:$base_port/" -s "$work/post.lua" >> "$results"
  run cms-post "$cms_pid" "http://127.0.0.1:$cms_port/api/graphql" -s "$work/post.lua" >> "$results"
  run cms-persisted-get "$cms_pid" "$get_url" >> "$results"
  run otel-post "$otel_pid" "http://127.0.0.1:$otel_port/api/graphql" -s "$work/post.lua" >> "$results"
  run otel-persisted-get "$otel_pid" "$otel_get_url" >> "$results"
done
sleep 6 # one more trace export interval, so the sink has heard from the CMS

echo
echo "query: $query   (wrk -t$threads -c$connections -d$duration, best of 2 rounds; response $(wc -c < "$work/body.json") bytes)"
echo "trace sample ratio: $sample_ratio   load: $(uptime | sed 's/.*load average/load average/')   OTLP exports received by the sink: $(grep -c '^/v1/traces' "$work/sink.log" || true) trace, $(grep -c '^/v1/metrics' "$work/sink.log" || true) metric"
awk '
  { if (!($1 in rps) || $2 > rps[$1]) rps[$1] = $2
    if (!($1 in p99) || $3 < p99[$1]) p99[$1] = $3
    if (!($1 in cpu) || $4 > cpu[$1]) cpu[$1] = $4 }
  END {
    printf "%-20s %12s %10s %14s %10s %10s  %s\n", "target", "requests/s", "p99 ms", "req/cpu-s", "ratio", "ratio cpu", "target"
    split("baseline-get baseline-post cms-post cms-persisted-get otel-post otel-persisted-get", order, " ")
    target["cms-post"] = 0.50; target["cms-persisted-get"] = 0.70
    for (i = 1; i <= 6; i++) {
      n = order[i]; r = rps[n] / rps["baseline-get"]; c = cpu[n] / cpu["baseline-get"]
      verdict = ""
      if (n in target) verdict = (r >= target[n] ? ">= " target[n] " ok" : ">= " target[n] " MISSED")
      printf "%-20s %12.0f %10.2f %14.0f %9.2fx %9.2fx  %s\n", n, rps[n], p99[n], cpu[n], r, c, verdict
    }
    printf "\ntelemetry on / off   %12s %14s  %s\n", "requests/s", "req/cpu-s", "target"
    split("post persisted-get", kinds, " ")
    for (i = 1; i <= 2; i++) {
      r = rps["otel-" kinds[i]] / rps["cms-" kinds[i]]; c = cpu["otel-" kinds[i]] / cpu["cms-" kinds[i]]
      printf "%-20s %11.3fx %13.3fx  >= 0.95 %s\n", kinds[i], r, c, (r >= 0.95 ? "ok" : "MISSED")
    }
  }' "$results"
