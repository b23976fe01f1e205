#!/usr/bin/env bash
# Served-variant request rate: the CMS (Release, SQLite) serving a cached 800-pixel WebP of a published 4000 x 3000 photo
# to anonymous readers (/media/{sha256}/800.webp: the published check, then the file from the variant cache on disk) against
# Kestrel's static file middleware serving the same bytes from disk (bench/TraumaBondCms.Web.Bench --static), with wrk on
# 127.0.0.1, in one run. Each target runs twice, alternating, and keeps its best figures (a shared machine only ever slows a
# run down). Prints requests/s, p99 latency, requests per server CPU second (steadier when other work shares the machine)
# and the ratios CMS / static; target (requests/s, once cached): >= 0.80. Then the variant generation bench
# (bench/TraumaBondCms.Media.Bench: images/s and peak RSS for 4000 x 3000 JPEG to 800 px WebP).
# Needs wrk (Debian package wrk). Takes about two minutes. Options via environment: DURATION (default 10s),
# CONNECTIONS (32), THREADS (2), IMAGES (40, per variant phase).
cd "$(dirname "$0")/.."
source bench/kestrel-bench.sh

cms_port=5193
base_port=5194

echo "== building (Release)" >&2
dotnet build -c Release src/TraumaBondCms.Web > /dev/null
dotnet build -c Release bench/TraumaBondCms.Web.Bench > /dev/null
dotnet build -c Release bench/TraumaBondCms.Media.Bench > /dev/null

start_cms "$cms_port"

# A reviewer's credential needs a second administrator's confirmation, one the first did not make: the operator makes it.
echo "== the operator adds a second administrator (confirms the bench reviewer's credential)" >&2
(cd src/TraumaBondCms.Web/bin/Release/net10.0 && echo 'bench-password-2' | DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet TraumaBondCms.Web.dll users add bench.admin2 --role Administrator --actor bench --Cms:DataPath="$work/data" > /dev/null)

echo "== publishing an article with a 4000 x 3000 photo (upload, review, publish) and caching its 800 px WebP" >&2
path=$(dotnet bench/TraumaBondCms.Media.Bench/bin/Release/net10.0/TraumaBondCms.Media.Bench.dll publish \
  --cms "http://127.0.0.1:$cms_port" --password bench-password-1 --second-admin bench.admin2 --second-admin-password bench-password-2 \
  --out "$work/static")
cms_url="http://127.0.0.1:$cms_port$path"
curl -sf "$cms_url" -o "$work/cms.webp"
cmp -s "$work/cms.webp" "$work/static/variant.webp" || { echo "the CMS answers different bytes" >&2; exit 1; }
curl -sfI "$cms_url" | grep -qi '^cache-control: public' || { echo "the variant is not public: $(curl -sI "$cms_url")" >&2; exit 1; }

echo "== starting the static-file baseline on :$base_port" >&2
dotnet bench/TraumaBondCms.Web.Bench/bin/Release/net10.0/TraumaBondCms.Web.Bench.dll --urls "http://127.0.0.1:$base_port" \
  --static "$work/static" > "$work/base.log" 2>&1 &
base_pid=$!
pids+=("$base_pid")
base_url="http://127.0.0.1:$base_port/variant.webp"
for _ in $(seq 1 60); do curl -sf "$base_url" -o "$work/base.webp" && break; sleep 0.5; done
cmp -s "$work/base.webp" "$work/static/variant.webp" || { echo "the baseline does not serve the variant's bytes" >&2; exit 1; }

results="$work/results.txt"
for round in 1 2; do
  echo "== round $round" >&2
  run static-file "$base_pid" "$base_url" >> "$results"
  run cms-variant "$cms_pid" "$cms_url" >> "$results"
done

echo
echo "served variant: $path ($(wc -c < "$work/cms.webp") bytes; wrk -t$threads -c$connections -d$duration, best of 2 rounds; $(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load /'))"
summarize "$results" static-file "static-file cms-variant" "cms-variant=0.80"

echo
echo "== variant generation (4000 x 3000 JPEG to 800 px WebP)"
dotnet bench/TraumaBondCms.Media.Bench/bin/Release/net10.0/TraumaBondCms.Media.Bench.dll variants --images "${IMAGES:-40}"
