#!/usr/bin/env bash
# Runs the same GraphQL workloads in-process on our engine (.NET, Release) and on graphql-js 16 (Node), one
# after the other so they do not compete for the CPU, twice each, alternating; keeps each side's best figures
# (shared machines only ever slow a run down) and prints the throughput and the ratio ours / graphql-js.
# Needs `npm ci` in tests/js. Takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d tests/js/node_modules/graphql ]; then
  echo "graphql-js is not installed: run 'npm ci' in tests/js" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build -c Release bench/TraumaBondCms.GraphQL.Bench > /dev/null
for run in 1 2; do
  dotnet run -c Release --no-build --project bench/TraumaBondCms.GraphQL.Bench > "$out/ours-$run.json"
  node tests/js/bench-graphqljs.mjs "$PWD/bench/TraumaBondCms.GraphQL.Bench/Data" > "$out/graphqljs-$run.json"
done

node --input-type=module - "$out" <<'JS'
import { readFileSync } from 'node:fs';
const [directory] = process.argv.slice(2);
// The best of the two runs: highest throughput, lowest time.
const best = (prefix) => {
  const [first, second] = [1, 2].map((run) => JSON.parse(readFileSync(`${directory}/${prefix}-${run}.json`, 'utf8')));
  return Object.fromEntries(Object.entries(first).map(([key, value]) =>
    [key, typeof value !== 'number' ? value : key.endsWith('Micros') ? Math.min(value, second[key]) : Math.max(value, second[key])]));
};
const ours = best('ours');
const theirs = best('graphqljs');
const rows = [
  ['(a) full introspection query, execute', 'introspectionOpsPerSec', null],
  ['(b) 10 items x 6 scalars + list of 5, execute', 'itemsOpsPerSec', 3],
  ['(c) 20 KB document, parse + validate', 'parseValidate20kbOpsPerSec', 3],
];
const format = (n) => Math.round(n).toLocaleString('en-US').padStart(11);
console.log(`validator on our side: ${ours.validator}${ours.validator.startsWith('PassThrough') ? ' (spec §5 validator not wired in yet: (c) is parse only for us)' : ''}`);
console.log(`${'workload'.padEnd(48)} ${'ours ops/s'.padStart(11)} ${'js ops/s'.padStart(11)}  ratio  target`);
for (const [label, key, target] of rows) {
  const ratio = ours[key] / theirs[key];
  console.log(`${label.padEnd(48)} ${format(ours[key])} ${format(theirs[key])}  ${ratio.toFixed(2).padStart(5)}x ${target ? (ratio >= target ? ` >=${target}x ok` : ` >=${target}x MISSED`) : ''}`);
}
console.log(`graphql-js parse only, 20 KB: ${format(theirs.parse20kbOpsPerSec).trim()} ops/s`);
console.log(`document cache hit: ${ours.cacheHitItemsMicros.toFixed(3)} us (items query), ${ours.cacheHit20kbMicros.toFixed(3)} us (20 KB document); target < 5 us`);
JS
