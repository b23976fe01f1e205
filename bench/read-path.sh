#!/usr/bin/env bash
# The read path at scale with the response cache off: the CMS (Release) on Kestrel, SQLite and PostgreSQL, at 1,000 /
# 10,000 / 100,000 published articles (seeded in bulk through the store by bench/TraumaBondCms.ReadPath.Bench, each
# with its clinical signature), under wrk on 127.0.0.1, for these GraphQL requests (10 articles a page):
#   default    articles(first: 10) { nodes { id title slug summary } }
#   ordered    the same, orderBy readingMinutes (an indexed field) descending
#   topic      the same, where topics eq one of the recipe's topics (about one article in six)
#   slug       article(slug: ...) { id title slug summary }
#   page50     the default list after the cursor of the 490th article (page 50, reached through cursors)
#   total      the default list with totalCount
#   editor     articles(first: 10, status: LATEST), signed in (bearer token)
#   cached     the default list with the response cache on (the anonymous fast path), for comparison
# Prints requests/s, p99 latency, server RSS after the run and requests per server CPU second (steadier when other work
# shares the machine) per engine, size and shape, then each size's rate as a ratio of the rate at 1,000 articles, and the
# targets: every shape at 100,000 at least 0.8 of its rate at 1,000; the default list at least 10,000 req/s on SQLite and
# 5,000 on PostgreSQL; the editor's list at least 5,000; RSS under 300 MB at 100,000.
#
#   bench/read-path.sh          # full: 1,000 / 10,000 / 100,000 articles, 10 s per shape (about 45 minutes on 2 cores)
#   bench/read-path.sh quick    # 1,000 / 10,000 articles, 5 s per shape (about 8 minutes)
#   bench/read-path.sh verification   # the check of published content as it loads, on vs off: two CMS on copies of one
#                               # SQLite library of 1,000 signed articles (SIZES to change), the default list with the
#                               # response cache off, alternating rounds (ROUNDS, default 3), best of each; target: at most 2%
#                               # apart (on/off 0.98 to 1.02 on requests/s)
#   bench/read-path.sh sessions # the node's memory of session checks, on (5 s) vs off (0: the user and session rows read on
#                               # every request): the editor's signed-in list, two CMS per engine, alternating rounds
# Environment: ENGINES ("sqlite postgres"), SIZES (overrides the mode's), DURATION, CONNECTIONS (32), THREADS (2), PORT (5195;
# PostgreSQL on PORT+1, the second CMS of an on/off comparison on PORT+2).
# Needs wrk (Debian package wrk), python3, and for PostgreSQL Debian's postgresql (a server is started in a temporary folder).
set -euo pipefail
trap 'echo "read-path.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

mode=${1:-full}
case "$mode" in
  full) default_sizes="1000 10000 100000"; duration=${DURATION:-10s} ;;
  quick) default_sizes="1000 10000"; duration=${DURATION:-5s} ;;
  verification|sessions) default_sizes="1000"; duration=${DURATION:-10s} ;;
  *) echo "usage: $0 [full|quick|verification|sessions]" >&2; exit 2 ;;
esac
read -r -a sizes <<< "${SIZES:-$default_sizes}"
read -r -a engines <<< "${ENGINES:-sqlite postgres}"
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
port=${PORT:-5195}
pg_port=${PG_PORT:-$((port + 1))}
password=bench-password-1
work=$(mktemp -d)
pg_root=""
cms_pid=""

stop_cms() {
  if [[ -n "$cms_pid" ]]; then kill "$cms_pid" 2>/dev/null || true; wait "$cms_pid" 2>/dev/null || true; cms_pid=""; fi
}
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  stop_cms
  if [[ -n "$pg_root" ]]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast -w stop > /dev/null 2>&1 || true; rm -rf "$pg_root"; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building (Release)" >&2
dotnet build -c Release src/TraumaBondCms.Web > /dev/null
dotnet build -c Release bench/TraumaBondCms.ReadPath.Bench > /dev/null
web=src/TraumaBondCms.Web/bin/Release/net10.0
seeder=$(pwd)/bench/TraumaBondCms.ReadPath.Bench/bin/Release/net10.0/TraumaBondCms.ReadPath.Bench.dll

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_root=$(mktemp -d /tmp/tbcms-read-path-pg-XXXXXX)
  chmod 755 "$pg_root"
  [[ $(id -u) -eq 0 ]] && chown postgres "$pg_root"
  as_postgres "$pg_bin/initdb" -D "$pg_root/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync > /dev/null
  # Durability off, as in the test harness: the bench measures reads.
  as_postgres "$pg_bin/pg_ctl" -D "$pg_root/data" -w -l "$pg_root/server.log" start \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_root -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" > /dev/null
}

# The configuration of the engine: a data folder for everything, and PostgreSQL's connection when it is the store.
config() {
  local engine=$1
  echo "--Cms:DataPath=$work/data-$engine --Cms:Setup:AdminPassword=$password"
  if [[ $engine == postgres ]]; then
    echo "--Cms:Database:Provider=Postgres --ConnectionStrings:Cms=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=cms_bench"
  fi
}

# Production, as deployed, except the second factor: the editor's shape signs the administrator in with a password (the bench
# measures reads, not sign-in).
start_cms() {
  local engine=$1 cache_entries=$2
  local -a settings
  read -r -a settings <<< "$(config "$engine" | tr '\n' ' ')"
  (cd "$web" && DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning exec dotnet TraumaBondCms.Web.dll --urls "http://127.0.0.1:$port" \
    "${settings[@]}" --Cms:GraphQL:ResponseCacheEntries="$cache_entries" --Cms:Workflow:RunScheduler=false --Cms:Webhooks:RunDispatcher=false \
    --Cms:Auth:RequireSecondFactor=false > "$work/cms.log" 2>&1) &
  cms_pid=$!
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && return 0; sleep 0.5; done
  echo "the CMS did not answer /healthz within 10 minutes:" >&2
  cat "$work/cms.log" >&2
  exit 1
}

# post NAME QUERY [VARIABLES_JSON] [TOKEN]: writes the wrk script for one shape and checks its answer has data.
post() {
  local name=$1 query=$2 variables=${3:-null} token=${4:-}
  python3 - "$work/$name.lua" "$query" "$variables" "$token" <<'PY'
import json, sys
path, query, variables, token = sys.argv[1:5]
body = json.dumps({"query": query, "variables": json.loads(variables)})
lua = 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
if token:
    lua += 'wrk.headers["Authorization"] = "Bearer %s"\n' % token
lua += "wrk.body = %s\n" % json.dumps(body)
open(path, "w").write(lua)
open(path + ".json", "w").write(body)
PY
  local -a auth=()
  [[ -n "$token" ]] && auth=(-H "Authorization: Bearer $token")
  local answer
  answer=$(curl -sf -X POST "http://127.0.0.1:$port/api/graphql" -H 'content-type: application/json' "${auth[@]}" --data-binary "@$work/$name.lua.json")
  if ! grep -q '"id"' <<< "$answer" || grep -q '"errors"' <<< "$answer"; then echo "shape $name: unexpected answer: $answer" >&2; exit 1; fi
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# run ENGINE SIZE SHAPE: one wrk run (after a 2-second warm-up), appended to the results.
run() {
  local engine=$1 size=$2 shape=$3 script=${4:-$3}
  wrk -t"$threads" -c"$connections" -d2s -s "$work/$script.lua" "http://127.0.0.1:$port/api/graphql" > /dev/null
  local before after out
  before=$(cpu_ticks "$cms_pid")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/$script.lua" "http://127.0.0.1:$port/api/graphql")
  after=$(cpu_ticks "$cms_pid")
  if grep -q "Non-2xx" <<< "$out"; then echo "shape $shape: non-2xx answers under load" >&2; grep "Non-2xx" <<< "$out" >&2; fi
  local rps p99
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } print v }' <<< "$out")
  awk -v e="$engine" -v n="$size" -v s="$shape" -v r="$rps" -v p="$p99" -v m="$(rss_mb "$cms_pid")" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v d="${duration%s}" \
    'BEGIN { cpu = t / hz; printf "%s %s %s %.0f %.2f %s %.0f\n", e, n, s, r, p, m, (cpu > 0 ? r * d / cpu : 0) }' | tee -a "$work/results.txt" >&2
}

# verification / sessions: the same library served by two CMS processes that differ in one setting ("on" and "off"),
# measured in alternating rounds. verification: published content checked as it loads (VerifyPublished), the default list,
# on copies of one SQLite library. sessions: the node's memory of session checks (SessionCheckCacheTime 5 s vs 0, which
# reads the user and session rows on every request), the editor's signed-in list, per engine (SQLite: copies of one library;
# PostgreSQL: both processes on one database, as two nodes).
if [[ $mode == verification || $mode == sessions ]]; then
  rounds=${ROUNDS:-3}
  size=${sizes[0]}
  if [[ $mode == verification ]]; then
    ab_engines=(sqlite); setting=Integrity:VerifyPublished; value_on=true; value_off=false; shape=default
    query="{ articles(first: 10) { nodes { id title slug summary } } }"
  else
    ab_engines=("${engines[@]}"); setting=Auth:SessionCheckCacheTime; value_on=00:00:05; value_off=00:00:00; shape=editor
    query="{ articles(first: 10, status: LATEST) { nodes { id title slug summary workflowStatus } } }"
  fi
  echo "== machine: $(nproc) cores; $(uptime)" >&2
  declare -A pids
  trap 'kill ${pids[on]:-} ${pids[off]:-} 2>/dev/null || true; wait 2>/dev/null || true; cleanup' EXIT
  for engine in "${ab_engines[@]}"; do
    [[ $engine == postgres ]] && start_postgres
    echo "== $engine: seeding $size signed articles" >&2
    read -r -a settings <<< "$(config "$engine" | tr '\n' ' ')"
    (cd "$web" && dotnet "$seeder" --articles "$size" "${settings[@]}") >&2
    # The "off" process gets a copy of the data folder (on SQLite the library itself; on PostgreSQL the signing key and
    # what else a node keeps on disk), without the search index, which it builds itself.
    cp -r "$work/data-$engine" "$work/data-$engine-off"; rm -rf "$work/data-$engine-off/search-index"
    for flag in on off; do
      p=$([[ $flag == on ]] && echo "$port" || echo $((port + 2)))
      value=$([[ $flag == on ]] && echo "$value_on" || echo "$value_off")
      read -r -a settings <<< "$(config "$engine" | tr '\n' ' ')"
      if [[ $flag == off ]]; then settings[0]="--Cms:DataPath=$work/data-$engine-off"; fi
      (cd "$web" && DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning exec dotnet TraumaBondCms.Web.dll --urls "http://127.0.0.1:$p" \
        "${settings[@]}" --Cms:GraphQL:ResponseCacheEntries=0 --Cms:Workflow:RunScheduler=false --Cms:Webhooks:RunDispatcher=false \
        --Cms:Auth:RequireSecondFactor=false --Cms:$setting=$value > "$work/cms-$flag.log" 2>&1) &
      pids[$flag]=$!
      for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$p/healthz" > /dev/null && break; sleep 0.5; done
      token=""
      if [[ $shape == editor ]]; then
        token=$(curl -sf -X POST "http://127.0.0.1:$p/api/auth/token" -H 'content-type: application/json' \
          -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
      fi
      port_saved=$port; port=$p; post "$shape-$flag" "$query" null "$token"; port=$port_saved
    done
    for round in $(seq 1 "$rounds"); do
      for flag in on off; do
        p=$([[ $flag == on ]] && echo "$port" || echo $((port + 2)))
        wrk -t"$threads" -c"$connections" -d2s -s "$work/$shape-$flag.lua" "http://127.0.0.1:$p/api/graphql" > /dev/null
        before=$(cpu_ticks "${pids[$flag]}")
        out=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$work/$shape-$flag.lua" "http://127.0.0.1:$p/api/graphql")
        after=$(cpu_ticks "${pids[$flag]}")
        rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
        awk -v e="$engine" -v f="$flag" -v r="$rps" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v d="${duration%s}" -v n="$round" \
          'BEGIN { cpu = t / hz; printf "%s %s %s %.0f %.0f\n", e, n, f, r, (cpu > 0 ? r * d / cpu : 0) }' | tee -a "$work/ab.txt" >&2
      done
    done
    kill "${pids[on]}" "${pids[off]}" 2>/dev/null || true; wait "${pids[on]}" "${pids[off]}" 2>/dev/null || true; pids=()
  done
  echo
  echo "$query, $size signed articles, response cache off, $setting $value_on (on) vs $value_off (off); wrk -t$threads -c$connections -d$duration, $rounds alternating rounds, best of each"
  echo "machine: $(nproc) cores; $(uptime)"
  awk -v mode="$mode" '
    { k = $1 " " $3; if ($4 > rps[k]) rps[k] = $4; if ($5 > cpu[k]) cpu[k] = $5; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END {
      printf "%-9s %-10s %12s %14s\n", "engine", mode, "requests/s", "req/cpu-s"
      for (i = 1; i <= n; i++) {
        e = order[i]
        printf "%-9s %-10s %12.0f %14.0f\n", e, "on", rps[e " on"], cpu[e " on"]
        printf "%-9s %-10s %12.0f %14.0f\n", e, "off", rps[e " off"], cpu[e " off"]
        r = rps[e " on"] / rps[e " off"]; c = cpu[e " on"] / cpu[e " off"]
        if (mode == "verification") printf "%-9s %-10s %11.3fx %13.3fx  (target: at most 2%% apart on requests/s, 0.98 to 1.02: %s)\n", e, "on / off", r, c, (r >= 0.98 && r <= 1.02 ? "met" : "NOT MET")
        else printf "%-9s %-10s %11.3fx %13.3fx  (editor list target: >= 5000 req/s with the memory on: %s)\n", e, "on / off", r, c, (rps[e " on"] >= 5000 ? "met" : "NOT MET")
      }
    }' "$work/ab.txt"
  exit 0
fi

echo "== machine: $(nproc) cores; $(uptime)" >&2
for engine in "${engines[@]}"; do
  [[ $engine == postgres ]] && start_postgres
  for size in "${sizes[@]}"; do
    echo "== $engine: seeding to $size articles" >&2
    read -r -a settings <<< "$(config "$engine" | tr '\n' ' ')"
    (cd "$web" && dotnet "$seeder" --articles "$size" "${settings[@]}") >&2

    start_cms "$engine" 0
    token=$(curl -sf -X POST "http://127.0.0.1:$port/api/auth/token" -H 'content-type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
    page='nodes { id title slug summary }'
    post default "{ articles(first: 10) { $page } }"
    post ordered "{ articles(first: 10, orderBy: [{ field: READING_MINUTES, direction: DESC }]) { nodes { id title slug summary readingMinutes } } }"
    post topic "{ articles(first: 10, where: { topics: { eq: \"abuse-cycle\" } }) { $page } }"
    post slug "{ article(slug: \"bench-article-000500\") { id title slug summary } }"
    cursor=null
    for _ in $(seq 1 49); do
      cursor=$(curl -sf -X POST "http://127.0.0.1:$port/api/graphql" -H 'content-type: application/json' \
        -d "$(python3 -c 'import json,sys; print(json.dumps({"query":"query($a: String) { articles(first: 10, after: $a) { pageInfo { endCursor } } }","variables":{"a":json.loads(sys.argv[1])}}))' "$cursor")" \
        | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["data"]["articles"]["pageInfo"]["endCursor"]))')
    done
    post page50 "query(\$a: String) { articles(first: 10, after: \$a) { $page } }" "{\"a\": $cursor}"
    post total "{ articles(first: 10) { totalCount $page } }"
    post editor "{ articles(first: 10, status: LATEST) { nodes { id title slug summary workflowStatus } } }" null "$token"
    for shape in default ordered topic slug page50 total editor; do run "$engine" "$size" "$shape"; done
    stop_cms

    start_cms "$engine" 2000
    run "$engine" "$size" cached default
    stop_cms
  done
done

echo
echo "wrk -t$threads -c$connections -d$duration per shape; machine: $(nproc) cores; $(uptime)"
awk -v sizes="${sizes[*]}" '
  { key = $1 " " $3; rps[key, $2] = $4; p99[key, $2] = $5; rss[key, $2] = $6; cpu[key, $2] = $7; if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
  END {
    count = split(sizes, size, " ")
    printf "%-9s %-8s %8s %10s %8s %8s %12s %8s\n", "engine", "shape", "articles", "req/s", "p99 ms", "RSS MB", "req/cpu-s", "x 1,000"
    for (i = 1; i <= n; i++) {
      split(order[i], part, " ")
      for (j = 1; j <= count; j++) {
        k = order[i]
        ratio = (rps[k, size[1]] > 0) ? rps[k, size[j]] / rps[k, size[1]] : 0
        printf "%-9s %-8s %8s %10.0f %8.2f %8s %12.0f %8.2f\n", part[1], part[2], size[j], rps[k, size[j]], p99[k, size[j]], rss[k, size[j]], cpu[k, size[j]], ratio
      }
    }
    last = size[count]
    print ""
    print "targets at " last " articles:"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, part, " ")
      if (part[2] == "cached") continue
      ratio = (rps[k, size[1]] > 0) ? rps[k, last] / rps[k, size[1]] : 0
      printf "  %-8s %-8s %.2f of its rate at %s (>= 0.80): %s\n", part[1], part[2], ratio, size[1], (ratio >= 0.8 ? "met" : "NOT MET")
      if (part[2] == "default") { goal = (part[1] == "sqlite") ? 10000 : 5000; printf "  %-8s %-8s %.0f req/s (>= %d): %s\n", part[1], part[2], rps[k, last], goal, (rps[k, last] >= goal ? "met" : "NOT MET") }
      if (part[2] == "editor") printf "  %-8s %-8s %.0f req/s (>= 5000): %s\n", part[1], part[2], rps[k, last], (rps[k, last] >= 5000 ? "met" : "NOT MET")
    }
    for (i = 1; i <= n; i++) { k = order[i]; split(k, part, " "); if (rss[k, last] > max[part[1]]) max[part[1]] = rss[k, last] }
    for (e in max) printf "  %-8s RSS %d MB (< 300): %s\n", e, max[e], (max[e] < 300 ? "met" : "NOT MET")
  }' "$work/results.txt"
