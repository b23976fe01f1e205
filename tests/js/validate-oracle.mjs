// Reference verdicts for the validation differential test (tests/TraumaBondCms.GraphQL.Tests/Validation/Oracle).
// Reads {"schema": "<SDL>", "documents": ["<GraphQL>", ...]} as JSON on stdin and writes
// {"results": [{"verdict": "valid" | "invalid" | "syntax-error" | "exception", "errors": [...]}, ...]} on stdout,
// one result per document in order. Each document is parsed with graphql-js `parse` and validated with
// `validate(schema, document, specifiedRules)`; "exception" means graphql-js itself threw while validating.
// Exits 2 when the schema does not build or is not valid.
import { readFileSync } from 'node:fs';
import { assertValidSchema, buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';

const input = JSON.parse(readFileSync(0, 'utf8'));

let schema;
try {
  schema = buildSchema(input.schema);
  assertValidSchema(schema);
} catch (error) {
  process.stderr.write(`The schema is not valid for graphql-js: ${error.message}\n`);
  process.exit(2);
}

const describe = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = input.documents.map((text) => {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { verdict: 'syntax-error', errors: [describe(error)] };
    }
    return { verdict: 'exception', errors: [{ message: String(error), locations: [] }] };
  }
  try {
    const errors = validate(schema, document, specifiedRules);
    return { verdict: errors.length === 0 ? 'valid' : 'invalid', errors: errors.map(describe) };
  } catch (error) {
    return { verdict: 'exception', errors: [{ message: String(error?.message ?? error), locations: [] }] };
  }
});

process.stdout.write(JSON.stringify({ results }));
