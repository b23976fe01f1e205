// The graphql-js side of bench/graphql-vs-graphqljs.sh: the same schema, data and documents as
// bench/TraumaBondCms.GraphQL.Bench, measured the same way (2 s warm-up, then the best of five 1 s rounds,
// checking the clock once per batch of operations, counting operations per wall-clock second and per second of
// process CPU time). Prints one JSON object of results.
// Usage: node bench-graphqljs.mjs <bench-data-directory>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, parse, validate } from 'graphql';

const [dataDirectory] = process.argv.slice(2);
const read = (name) => readFileSync(join(dataDirectory, name), 'utf8');

const schema = buildSchema(read('schema.graphql'));
const items = Array.from({ length: 10 }, (_, i) => ({
  id: `item-${i}`,
  title: `Understanding trauma bonds, part ${i}`,
  slug: `understanding-trauma-bonds-${i}`,
  views: i * 100,
  rating: i / 2,
  published: i % 2 === 0,
  related: Array.from({ length: 5 }, (_, j) => ({ id: `related-${i}-${j}`, name: `Related reading ${j}`, score: j / 10 })),
}));
const rootValue = { items: () => items };

const introspection = parse(read('introspection-query.graphql'));
const itemsQuery = parse(read('items-query.graphql'));
const bigDocument = read('document-20kb.graphql');
for (const [name, document] of [['introspection', introspection], ['items', itemsQuery], ['document-20kb', parse(bigDocument)]]) {
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`${name} is not valid: ${errors.map((error) => error.message).join('; ')}`);
  }
}

function check(result, name) {
  if (result.errors || typeof result.then === 'function') {
    throw new Error(`The ${name} workload failed: ${JSON.stringify(result.errors ?? 'returned a promise')}`);
  }
  process.stderr.write(`${name}: ${JSON.stringify(result).length} bytes of JSON\n`);
}
check(execute({ schema, document: introspection }), 'introspection');
check(execute({ schema, document: itemsQuery, rootValue }), 'items');

function run(operation, milliseconds) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let count = 0;
  let batch = 1;
  let now = start;
  while (now - start < milliseconds) {
    const batchStart = now;
    for (let i = 0; i < batch; i++) {
      operation();
    }
    count += batch;
    now = performance.now();
    if (now - batchStart < 1 && batch < 1 << 20) {
      batch *= 2;
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { perSecond: count / ((now - start) / 1000), perCpuSecond: count / Math.max((cpu.user + cpu.system) / 1e6, 1e-9) };
}

function measure(operation) {
  run(operation, 2000);
  const rounds = Array.from({ length: 5 }, () => run(operation, 1000));
  return {
    perSecond: Math.max(...rounds.map((round) => round.perSecond)),
    perCpuSecond: Math.max(...rounds.map((round) => round.perCpuSecond)),
  };
}

const results = { engine: 'graphql-js 16' };
for (const [name, operation] of [
  ['introspection', () => execute({ schema, document: introspection })],
  ['items', () => execute({ schema, document: itemsQuery, rootValue })],
  ['parseValidate20kb', () => validate(schema, parse(bigDocument))],
  ['parse20kb', () => parse(bigDocument)],
]) {
  const { perSecond, perCpuSecond } = measure(operation);
  results[`${name}OpsPerSec`] = perSecond;
  results[`${name}OpsPerCpuSec`] = perCpuSecond;
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
