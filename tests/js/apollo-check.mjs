// What an Apollo Client front end does: an ApolloClient with the automatic-persisted-query link (hashed GETs, as CDNs
// like them) over HttpLink, no cache between the two runs so both reach the server. It runs the query twice and
// prints, as JSON, each run's data and the HTTP exchanges it made (method, whether the full query was sent, status).
// Usage: node apollo-check.mjs <endpoint-url> <query> [variables-json]
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [url, query, variablesJson] = process.argv.slice(2);
const variables = variablesJson ? JSON.parse(variablesJson) : {};
const exchanges = [];

// Records each request as the server saw it, without changing it.
async function recordingFetch(input, init) {
  const target = new URL(typeof input === 'string' ? input : input.url);
  const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
  const sentQuery = init?.method === 'GET' || !init?.method ? target.searchParams.has('query') : Boolean(body?.query);
  const response = await fetch(input, init);
  exchanges.push({ method: init?.method ?? 'GET', fullQuery: sentQuery, status: response.status, etag: response.headers.get('etag') });
  return response;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

async function run() {
  const client = new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
    cache: new InMemoryCache(),
  });
  const result = await client.query({ query: gql(query), variables, fetchPolicy: 'network-only' });
  return { data: result.data, error: result.error ? String(result.error) : null };
}

const first = await run();
const second = await run();
process.stdout.write(JSON.stringify({ first, second, exchanges }));
