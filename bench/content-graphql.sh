#!/usr/bin/env bash
# Throughput of the content GraphQL endpoint against a minimal Kestrel endpoint that answers with the same bytes, measured
# with wrk on 127.0.0.1, in one run: the CMS (Release, SQLite, the setup recipe's content) answering
#   articles(first: 10) { nodes { title slug summary } }
# by POST and by persisted-query GET, and the baseline (bench/TraumaBondCms.Web.Bench) answering GET and POST with the
# bytes the CMS returned. Each target runs once per round, the rounds repeat, and the median over the rounds is reported
# (a shared machine swings single runs widely). Prints requests/s, p99 latency, requests per server CPU second (steadier when other work shares the
# machine) and the ratios CMS / baseline GET; targets (on requests/s): POST >= 0.50, persisted GET >= 0.70. The CPU
# ratio is printed beside it as a check that a result is not an artefact of other load on the machine.
# Two more CMS processes run with OpenTelemetry on (configured as operators do, by OTEL_EXPORTER_OTLP_ENDPOINT, exporting
# OTLP over HTTP to a sink in this script that accepts every export and answers 200, with metrics on) and answer the same
# requests in the same rounds: "otel-default" with the shipped sampler (Cms:Telemetry:TraceSampleRatio's default) and
# "otel-all" with every request traced (TraceSampleRatio=1). Target (on requests/s): telemetry on / off >= 0.95 for POST
# and persisted GET; the ratio is taken within each round and the median over the rounds is reported, with the load average.
# The same ratio per server CPU-second is judged beside it: when other work loads the machine, single rounds of requests/s
# swing by half either way while CPU per request stays put.
# Needs wrk (Debian package wrk) and python3 (the OTLP sink). Takes about six minutes with the defaults. Options via
# environment: DURATION (default 5s per target and round), ROUNDS (5), CONNECTIONS (32), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

duration=${DURATION:-5s}
rounds=${ROUNDS:-5}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
cms_port=5191
base_port=5192
otel_port=5193
sink_port=5194
all_port=5195
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
    protocol_version = "HTTP/1.1"  # keep-alive, as a collector answers
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

echo "== starting the CMS on :$cms_port (telemetry off), :$otel_port (on, default sampler), :$all_port (on, every request traced)" >&2
otel_env=(OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf OTEL_METRIC_EXPORT_INTERVAL=10000)
cms_pid=$(start_cms "$cms_port" "$work/data")
pids+=("$cms_pid")
otel_pid=$(start_cms "$otel_port" "$work/data-otel" "${otel_env[@]}")
pids+=("$otel_pid")
all_pid=$(start_cms "$all_port" "$work/data-all" "${otel_env[@]}" Cms__Telemetry__TraceSampleRatio=1)
pids+=("$all_pid")
for port in "$cms_port" "$otel_port" "$all_port"; do prepare "$port"; done
cp "$work/body-$cms_port.json" "$work/body.json"
for port in "$otel_port" "$all_port"; do
  cmp -s "$work/body.json" "$work/body-$port.json" || { echo "telemetry changes the response" >&2; exit 1; }
done
get_url() { echo "http://127.0.0.1:$1/api/graphql?extensions=$extensions"; }

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

# run ROUND NAME PID URL [wrk args...]: appends "ROUND NAME rps p99_ms rps_per_cpu_s" to the results
run() {
  local round=$1 name=$2 pid=$3 url=$4; shift 4
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
  awk -v round="$round" -v n="$name" -v r="$rps" -v p="$p99" -v t=$((after - before)) -v hz="$hz" -v s="$seconds" \
    'BEGIN { cpu = t / hz; printf "%s %s %.0f %.2f %.0f\n", round, n, r, p, (cpu > 0 ? r * s / cpu : 0) }' >> "$results"
}

results="$work/results.txt"
loads=()
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds" >&2
  run "$round" baseline-get "$base_pid" "http://127.0.0.1:$base_port/"
  run "$round" baseline-post "$base_pid" "http://127.0.0.1:$base_port/" -s "$work/post.lua"
  # The three CMS processes take turns in an order that rotates each round, so none always runs first or last.
  targets=("cms $cms_pid $cms_port" "otel-default $otel_pid $otel_port" "otel-all $all_pid $all_port")
  for i in 0 1 2; do
    read -r name pid port <<< "${targets[$(((i + round) % 3))]}"
    run "$round" "$name-post" "$pid" "http://127.0.0.1:$port/api/graphql" -s "$work/post.lua"
    run "$round" "$name-persisted-get" "$pid" "$(get_url "$port")"
  done
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
done
sleep 6 # one more trace export interval, so the sink has heard from the CMS

echo
echo "query: $query   (wrk -t$threads -c$connections -d$duration, $rounds alternating rounds, medians; response $(wc -c < "$work/body.json") bytes)"
echo "1-minute load average at the end of each round: ${loads[*]}   (2 cores: $(nproc))"
echo "OTLP exports received by the sink: $(grep -c '^/v1/traces' "$work/sink.log" || true) trace, $(grep -c '^/v1/metrics' "$work/sink.log" || true) metric"
awk '
  function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { rps[$1, $2] = $3; rl[$2] = rl[$2] " " $3; pl[$2] = pl[$2] " " $4; cl[$2] = cl[$2] " " $5; cpu[$1, $2] = $5; rounds[$1] = 1 }
  END {
    printf "%-28s %12s %10s %14s %10s %10s  %s\n", "target (median)", "requests/s", "p99 ms", "req/cpu-s", "ratio", "ratio cpu", "target"
    n = split("baseline-get baseline-post cms-post cms-persisted-get otel-default-post otel-default-persisted-get otel-all-post otel-all-persisted-get", order, " ")
    target["cms-post"] = 0.50; target["cms-persisted-get"] = 0.70
    base = median(rl["baseline-get"]); basecpu = median(cl["baseline-get"])
    for (i = 1; i <= n; i++) {
      t = order[i]; r = median(rl[t]); c = median(cl[t])
      verdict = ""
      if (t in target) verdict = (r / base >= target[t] ? ">= " target[t] " ok" : ">= " target[t] " MISSED")
      printf "%-28s %12.0f %10.2f %14.0f %9.2fx %9.2fx  %s\n", t, r, median(pl[t]), c, r / base, c / basecpu, verdict
    }
    printf "\ntelemetry on / off, per round then median   requests/s (rounds)                       req/cpu-s  target (requests/s; req/cpu-s)\n"
    split("otel-default otel-all", configs, " "); split("post persisted-get", kinds, " ")
    for (k = 1; k <= 2; k++) for (i = 1; i <= 2; i++) {
      list = ""; clist = ""; shown = ""
      for (round in rounds) {
        r = rps[round, configs[k] "-" kinds[i]] / rps[round, "cms-" kinds[i]]
        list = list " " r; shown = shown sprintf(" %.2f", r)
        clist = clist " " cpu[round, configs[k] "-" kinds[i]] / cpu[round, "cms-" kinds[i]]
      }
      m = median(list)
      c = median(clist)
      printf "%-13s %-19s %8.3fx (%s) %8.3fx  >= 0.95 %s; %s\n", configs[k], kinds[i], m, substr(shown, 2), c, (m >= 0.95 ? "ok" : "MISSED"), (c >= 0.95 ? "ok" : "MISSED")
    }
  }' "$results"
