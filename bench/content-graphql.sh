#!/usr/bin/env bash
# Throughput of the content GraphQL endpoint against a minimal Kestrel endpoint that answers with the same bytes, measured
# with wrk on 127.0.0.1, in one run: the CMS (Release, SQLite, the setup recipe's content) answering
#   articles(first: 10) { nodes { title slug summary } }
# by POST and by persisted-query GET, and the baseline (bench/TraumaBondCms.Web.Bench) answering GET and POST with the
# bytes the CMS returned. Each target runs twice, alternating, and keeps its best figures (a shared machine only ever
# slows a run down). Prints requests/s, p99 latency, requests per server CPU second (steadier when other work shares the
# machine) and the ratios CMS / baseline GET; targets (on requests/s): POST >= 0.50, persisted GET >= 0.70. The CPU
# ratio is printed beside it as a check that a result is not an artefact of other load on the machine.
# Needs wrk (Debian package wrk). Takes about two minutes. Options via environment: DURATION (default 10s),
# CONNECTIONS (32), THREADS (2).
cd "$(dirname "$0")/.."
source bench/kestrel-bench.sh

cms_port=5191
base_port=5192

echo "== building (Release)" >&2
dotnet build -c Release src/TraumaBondCms.Web > /dev/null
dotnet build -c Release bench/TraumaBondCms.Web.Bench > /dev/null

query='{ articles(first: 10) { nodes { title slug summary } } }'
hash=$(printf '%s' "$query" | sha256sum | cut -d' ' -f1)
post_body=$(printf '{"query":"%s"}' "$query")
extensions=$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$hash" | jq -sRr @uri 2>/dev/null \
  || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$hash")")

start_cms "$cms_port"

# The response bytes, and the persisted query registered (Apollo APQ: the first request carries the text).
curl -sf -X POST "http://127.0.0.1:$cms_port/api/graphql" -H 'content-type: application/json' -d "$post_body" -o "$work/body.json"
curl -sf -X POST "http://127.0.0.1:$cms_port/api/graphql" -H 'content-type: application/json' \
  -d "$(printf '{"query":"%s","extensions":{"persistedQuery":{"version":1,"sha256Hash":"%s"}}}' "$query" "$hash")" -o /dev/null
get_url="http://127.0.0.1:$cms_port/api/graphql?extensions=$extensions"
curl -sf "$get_url" -o "$work/get.json"
cmp -s "$work/body.json" "$work/get.json" || { echo "POST and persisted GET answer differently" >&2; exit 1; }
grep -q '"articles"' "$work/body.json" || { echo "unexpected response: $(cat "$work/body.json")" >&2; exit 1; }

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

results="$work/results.txt"
for round in 1 2; do
  echo "== round $round" >&2
  run baseline-get "$base_pid" "http://127.0.0.1:$base_port/" >> "$results"
  run baseline-post "$base_pid" "http://127.0.0.1:$base_port/" -s "$work/post.lua" >> "$results"
  run cms-post "$cms_pid" "http://127.0.0.1:$cms_port/api/graphql" -s "$work/post.lua" >> "$results"
  run cms-persisted-get "$cms_pid" "$get_url" >> "$results"
done

echo
echo "query: $query   (wrk -t$threads -c$connections -d$duration, best of 2 rounds; response $(wc -c < "$work/body.json") bytes)"
summarize "$results" baseline-get "baseline-get baseline-post cms-post cms-persisted-get" "cms-post=0.50 cms-persisted-get=0.70"
