// A small GraphiQL-style page for the content API: query, variables and headers editors, a response pane and a schema
// explorer built from introspection. Served by this server with no external assets; talks only to /api/graphql.
'use strict';

const endpoint = '/api/graphql';
const $ = (id) => document.getElementById(id);
const editors = ['query', 'variables', 'headers'];
const defaultQuery = `# Published articles with their FAQs. Ctrl+Enter runs the query.
{
  articles(first: 5, orderBy: [{ field: TITLE }]) {
    totalCount
    nodes {
      title
      slug
      review { reviewer nextReviewDueUtc }
      faqs(orderBy: [{ field: POSITION }]) { question }
    }
  }
}`;

function load() {
  for (const id of editors) {
    $(id).value = localStorage.getItem('graphiql.' + id) ?? (id === 'query' ? defaultQuery : '');
    $(id).addEventListener('input', () => localStorage.setItem('graphiql.' + id, $(id).value));
  }
}

function parseJson(id) {
  const text = $(id).value.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${id} is not valid JSON: ${error.message}`);
  }
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Sends a request the way front ends do: POST, or an Apollo persisted-query GET (registering the query on a miss).
async function send(body, headers, persisted) {
  const accept = { Accept: 'application/graphql-response+json, application/json' };
  if (persisted && crypto.subtle) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(body.query) } };
    const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
    if (body.variables) params.set('variables', JSON.stringify(body.variables));
    const url = `${endpoint}?${params}`;
    let response = await fetch(url, { headers: { ...accept, ...headers } });
    const first = await response.clone().json().catch(() => null);
    if (first?.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', ...accept, ...headers }, body: JSON.stringify({ ...body, extensions }) });
      response = await fetch(url, { headers: { ...accept, ...headers } });
    }
    return response;
  }
  return fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json', ...accept, ...headers }, body: JSON.stringify(body) });
}

async function run() {
  const result = $('result');
  result.classList.remove('error');
  $('status').textContent = 'running…';
  const started = performance.now();
  try {
    const response = await send({ query: $('query').value, variables: parseJson('variables') }, parseJson('headers') ?? {}, $('persisted').checked);
    const text = await response.text();
    const elapsed = Math.round(performance.now() - started);
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON: show as is */ }
    result.textContent = shown;
    const etag = response.headers.get('ETag');
    $('status').textContent = `${response.status} ${response.statusText} · ${elapsed} ms${etag ? ' · ETag ' + etag : ''}`;
    if (!response.ok || shown.includes('"errors"')) result.classList.add('error');
  } catch (error) {
    result.textContent = error.message;
    result.classList.add('error');
    $('status').textContent = 'failed';
  }
}

// The schema explorer: every named type, and a type's fields (with arguments) or values on click.
let types = new Map();

function typeName(type) {
  if (type.kind === 'NON_NULL') return typeName(type.ofType) + '!';
  if (type.kind === 'LIST') return '[' + typeName(type.ofType) + ']';
  return type.name;
}

function namedType(type) {
  return type.ofType ? namedType(type.ofType) : type.name;
}

function link(name, text) {
  const a = document.createElement('a');
  a.textContent = text ?? name;
  a.addEventListener('click', () => show(name));
  return a;
}

function show(name) {
  const type = types.get(name);
  const box = $('type');
  box.replaceChildren();
  if (!type) return;
  const title = document.createElement('h2');
  title.textContent = type.name + ' ';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = type.kind.toLowerCase().replace('_', ' ');
  title.append(kind);
  box.append(title);
  if (type.description) {
    const description = document.createElement('div');
    description.className = 'description';
    description.textContent = type.description;
    box.append(description);
  }
  for (const field of type.fields ?? type.inputFields ?? []) {
    const row = document.createElement('div');
    row.className = 'field';
    const code = document.createElement('code');
    const args = (field.args ?? []).map((a) => `${a.name}: ${typeName(a.type)}`).join(', ');
    code.textContent = `${field.name}${args ? '(' + args + ')' : ''}: `;
    row.append(code, link(namedType(field.type), typeName(field.type)));
    if (field.description) {
      const description = document.createElement('div');
      description.className = 'description';
      description.textContent = field.description;
      row.append(description);
    }
    box.append(row);
  }
  for (const value of type.enumValues ?? []) {
    const row = document.createElement('div');
    row.className = 'field';
    row.textContent = value.name + (value.description ? ' — ' + value.description : '');
    box.append(row);
  }
  for (const possible of type.possibleTypes ?? []) box.append(link(possible.name, 'implemented by ' + possible.name));
}

function list() {
  const filter = $('filter').value.toLowerCase();
  const nav = $('types');
  nav.replaceChildren(...[...types.keys()].filter((n) => !n.startsWith('__') && n.toLowerCase().includes(filter)).sort().map((n) => link(n)));
}

async function explore() {
  const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  const query = `{ __schema { types { kind name description
    fields { name description args { name type { ${typeRef} } } type { ${typeRef} } }
    inputFields { name description type { ${typeRef} } }
    enumValues { name description } possibleTypes { name } } } }`;
  try {
    const response = await send({ query }, parseJson('headers') ?? {}, false);
    const body = await response.json();
    if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'introspection failed');
    types = new Map(body.data.__schema.types.map((t) => [t.name, t]));
    list();
    show('Query');
  } catch (error) {
    $('type').textContent = `Schema unavailable: ${error.message} (anonymous introspection may be off; add an Authorization header).`;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  load();
  $('run').addEventListener('click', run);
  $('filter').addEventListener('input', list);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') run();
  });
  explore();
});
