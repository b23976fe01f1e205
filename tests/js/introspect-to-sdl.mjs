// Introspects a GraphQL endpoint with graphql-js's standard introspection query (every option on), builds a
// client schema from the response, checks it is valid, and prints it as SDL. Given the server's own SDL too,
// it also prints that SDL rebuilt by graphql-js, so both come out in graphql-js's canonical form (block string
// layout, default values with input object defaults filled in).
// Usage: node introspect-to-sdl.mjs <endpoint-url> [sdl-file]
// Prints: {"introspected": "<sdl>", "fromSdl": "<sdl>" | null}
import { readFileSync } from 'node:fs';
import { assertValidSchema, buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [url, sdlFile] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const result = await response.json();
if (response.status !== 200 || result.errors) {
  console.error(`Introspection failed with status ${response.status}: ${JSON.stringify(result.errors ?? result)}`);
  process.exit(1);
}

const introspected = buildClientSchema(result.data);
assertValidSchema(introspected);
const fromSdl = sdlFile ? buildSchema(readFileSync(sdlFile, 'utf8')) : null;
if (fromSdl) {
  assertValidSchema(fromSdl);
}

process.stdout.write(JSON.stringify({ introspected: printSchema(introspected), fromSdl: fromSdl ? printSchema(fromSdl) : null }));
