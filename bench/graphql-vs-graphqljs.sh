#!/usr/bin/env bash
# Runs the same GraphQL workloads in-process on our engine (.NET, Release) and on graphql-js 16 (Node), one
# after the other so they do not compete for the CPU, twice each, alternating; keeps each side's best figures
# (shared machines only ever slow a run down) and prints throughput per wall-clock second and per CPU second
# (steadier when other work shares the machine) with the ratios ours / graphql-js; a target counts as met
# when both ratios meet it.
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
# graphql-js reads the same files as our side; the introspection query comes from the engine itself.
mkdir "$out/data"
cp bench/TraumaBondCms.GraphQL.Bench/Data/* "$out/data/"
dotnet run -c Release --no-build --project bench/TraumaBondCms.GraphQL.Bench -- --print-introspection-query > "$out/data/introspection-query.graphql"
for run in 1 2; do
  dotnet run -c Release --no-build --project bench/TraumaBondCms.GraphQL.Bench > "$out/ours-$run.json"
  node tests/js/bench-graphqljs.mjs "$out/data" > "$out/graphqljs-$run.json"
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
  ['(a) full introspection query, execute', 'introspection', null],
  ['(b) 10 items x 6 scalars + list of 5, execute', 'items', 3],
  ['(c) 20 KB document, parse + validate', 'parseValidate20kb', 3],
];
const format = (n) => Math.round(n).toLocaleString('en-US').padStart(10);
const verdict = (ratio, target) => (target ? (ratio >= target ? `>=${target}x ok` : `>=${target}x MISSED`) : '');
console.log(`validator on our side: ${ours.validator}${ours.validator.startsWith('PassThrough') ? ' (spec §5 validator not wired in yet: (c) is parse only for us)' : ''}`);
console.log(`${'workload'.padEnd(46)} ${'ours/s'.padStart(10)} ${'js/s'.padStart(10)} ${'ratio'.padStart(7)}  ${'ours/cpu-s'.padStart(10)} ${'js/cpu-s'.padStart(10)} ${'ratio'.padStart(7)}  target`);
for (const [label, key, target] of rows) {
  const wall = ours[`${key}OpsPerSec`] / theirs[`${key}OpsPerSec`];
  const cpu = ours[`${key}OpsPerCpuSec`] / theirs[`${key}OpsPerCpuSec`];
  console.log(`${label.padEnd(46)} ${format(ours[`${key}OpsPerSec`])} ${format(theirs[`${key}OpsPerSec`])} ${(wall.toFixed(2) + 'x').padStart(7)}  ${format(ours[`${key}OpsPerCpuSec`])} ${format(theirs[`${key}OpsPerCpuSec`])} ${(cpu.toFixed(2) + 'x').padStart(7)}  ${verdict(Math.min(wall, cpu), target)}`);
}
console.log(`graphql-js parse only, 20 KB: ${format(theirs.parse20kbOpsPerSec).trim()} ops/s, ${format(theirs.parse20kbOpsPerCpuSec).trim()} ops/cpu-s`);
console.log(`document cache hit, wall (cpu) time: ${ours.cacheHitItemsMicros.toFixed(3)} (${ours.cacheHitItemsCpuMicros.toFixed(3)}) us for the items query, ${ours.cacheHit20kbMicros.toFixed(3)} (${ours.cacheHit20kbCpuMicros.toFixed(3)}) us for the 20 KB document; target < 2 us (${ours.cacheHit20kbMicros < 2 ? 'ok' : 'MISSED'})`);
JS
