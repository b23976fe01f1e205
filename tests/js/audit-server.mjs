// Runs the graphql-http GraphQL-over-HTTP audit suite against an endpoint and prints one JSON object per
// audit: { id, name, status: "ok" | "warn" | "error" | "notice", reason }.
// Usage: node audit-server.mjs <endpoint-url>
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
const results = await auditServer({ url });
for (const { id, name, status, reason } of results) {
  process.stdout.write(JSON.stringify({ id, name, status, reason: reason ?? null }) + '\n');
}
