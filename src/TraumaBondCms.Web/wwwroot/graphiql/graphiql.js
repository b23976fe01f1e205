// Starts the real GraphiQL (npm `graphiql` 3.8, UMD bundle, with React 18 from npm; both copied into vendor/ by the
// build) against this server's /api/graphql. No inline script: the page's Content-Security-Policy allows only files
// from this origin. What GraphiQL itself gives: editor with highlighting and autocomplete from the schema, docs
// explorer, history, variables and headers editors (headers are sent with every request, e.g. X-Preview-Token or
// Authorization). What this file adds: Apollo persisted queries (a GET with the query's SHA-256, registering the query
// on PERSISTED_QUERY_NOT_FOUND), switched on and off from the toolbar.
'use strict';

(function () {
  const root = document.getElementById('graphiql');
  const endpoint = root.getAttribute('data-endpoint') || '/api/graphql';
  const persistKey = 'tbcms.graphiql.persistedQueries';
  const accept = { Accept: 'application/graphql-response+json, application/json' };
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
}
`;

  if (!window.GraphiQL || !window.React || !window.ReactDOM) {
    root.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'missing';
    message.setAttribute('role', 'alert');
    message.textContent = 'GraphiQL\'s files are missing from this server: they are installed from npm when the CMS is built. ' +
      'Install Node.js (npm) and build again. Front ends can still call ' + endpoint + ' directly.';
    root.append(message);
    return;
  }

  async function sha256(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function post(body, headers) {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...accept, ...headers },
      body: JSON.stringify(body),
    });
    return response.json();
  }

  // A GET as front ends with Apollo's persisted queries send it: the hash only; on a miss, the query is registered with a
  // POST and the GET repeated, so the second request of the same query is answered from the hash (and can be cached).
  async function persisted(body, headers) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(body.query) } };
    const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
    if (body.variables) params.set('variables', JSON.stringify(body.variables));
    if (body.operationName) params.set('operationName', body.operationName);
    const url = endpoint + '?' + params;
    const get = async () => (await fetch(url, { credentials: 'same-origin', headers: { ...accept, ...headers } })).json();
    const first = await get();
    if (!first.errors || !first.errors.some((e) => e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND')) return first;
    await post({ ...body, extensions }, headers);
    return get();
  }

  const h = React.createElement;

  function App() {
    const [usePersisted, setUsePersisted] = React.useState(localStorage.getItem(persistKey) === 'true');
    const fetcher = React.useCallback((params, options) => {
      const headers = (options && options.headers) || {};
      const body = { query: params.query, variables: params.variables || undefined, operationName: params.operationName || undefined };
      // The schema is always read with a POST: introspection is not a front end's query.
      return usePersisted && params.operationName !== 'IntrospectionQuery' ? persisted(body, headers) : post(body, headers);
    }, [usePersisted]);
    const toggle = h(GraphiQL.React.ToolbarButton, {
      label: usePersisted ? 'Persisted queries: on (GET with the query\'s hash)' : 'Persisted queries: off (POST)',
      className: 'tbcms-toggle',
      'aria-pressed': usePersisted ? 'true' : 'false',
      onClick: () => {
        localStorage.setItem(persistKey, String(!usePersisted));
        setUsePersisted(!usePersisted);
      },
    }, h('span', { 'aria-hidden': 'true' }, usePersisted ? '#' : '{}'));
    return h(GraphiQL, {
      fetcher,
      defaultQuery,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      toolbar: { additionalContent: toggle },
    });
  }

  ReactDOM.createRoot(root).render(h(App));
})();
