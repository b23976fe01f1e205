// What a TypeScript front end does with the live schema: introspect the endpoint, generate types with graphql-codegen
// (typescript + typescript-operations) for the given documents, and compile them with `tsc --strict` together with a
// small program that uses the generated operation types the way a page would.
// Usage: node codegen-check.mjs <endpoint-url> <documents.json> <out-folder>
//   documents.json: {"documents": ["query A { ... }", ...], "program": "<TypeScript using the generated types>"}
// Prints the tsc output; exits non-zero when codegen or the compile fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import { buildClientSchema, getIntrospectionQuery, parse, printSchema } from 'graphql';

const [url, documentsFile, out] = process.argv.slice(2);
const input = JSON.parse(readFileSync(documentsFile, 'utf8'));

const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery() }),
});
const introspection = await response.json();
if (!introspection.data) {
  process.stderr.write(`Introspection failed: ${JSON.stringify(introspection)}\n`);
  process.exit(2);
}

const schema = buildClientSchema(introspection.data);
// typescript-operations (6.x) emits everything an operation needs, enums included, so each plugin gets its own file:
// schema.ts with every schema type, operations.ts with the operations' result and variable types.
const config = { strictScalars: true, scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' } };
const pluginMap = { typescript: typescriptPlugin, typescriptOperations: operationsPlugin };
const schemaDocument = parse(printSchema(schema));
const documents = input.documents.map((text, i) => ({ location: `document-${i}.graphql`, document: parse(text) }));
mkdirSync(out, { recursive: true });
for (const [file, plugin] of [['schema.ts', 'typescript'], ['operations.ts', 'typescriptOperations']]) {
  const generated = await codegen({ schema: schemaDocument, documents, filename: file, config, plugins: [{ [plugin]: {} }], pluginMap });
  writeFileSync(join(out, file), generated);
}

writeFileSync(join(out, 'program.ts'), input.program);
const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
try {
  const output = execFileSync(process.execPath, [tsc, '--strict', '--noEmit', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', join(out, 'schema.ts'), join(out, 'operations.ts'), join(out, 'program.ts')], { encoding: 'utf8' });
  process.stdout.write(output);
} catch (error) {
  process.stdout.write(error.stdout ?? '');
  process.stderr.write(error.stderr ?? error.message);
  process.exit(1);
}
