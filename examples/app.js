// An example front end for the TraumaBond CMS: lists articles, shows one with its FAQs and resources, and searches,
// using only the public GraphQL API. Plain JavaScript, no build step. Queries go out as Apollo persisted-query GETs
// (so the browser and any CDN can cache them and revalidate with ETags), falling back to POST.
'use strict';

const api = window.TRAUMABOND_API;
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);
// A reviewer opens a draft with ?preview=<token>&id=<item id>: the token comes from an editor (POST /api/preview-tokens).
const previewToken = params.get('preview');

// --- GraphQL over HTTP -------------------------------------------------------------------------------------------

class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join(' '));
    this.errors = errors;
  }

  hasCode(code) {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function graphql(query, variables = {}) {
  const headers = { Accept: 'application/graphql-response+json, application/json' };
  if (previewToken) headers['X-Preview-Token'] = previewToken;
  let body;
  if (crypto.subtle && !previewToken) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(query) } };
    const url = `${api}?${new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) })}`;
    body = await (await fetch(url, { headers })).json();
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      // First use of this query on this server: send the text once (registers it), then GETs hit.
      body = await post(headers, { query, variables, extensions });
    }
  } else {
    body = await post(headers, { query, variables });
  }

  if (body.errors?.length) throw new GraphQLError(body.errors);
  return body.data;
}

async function post(headers, payload) {
  const response = await fetch(api, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
  return response.json();
}

// --- Queries -----------------------------------------------------------------------------------------------------

const ARTICLES = `query Articles($after: String) {
  articles(first: 10, after: $after, orderBy: [{ field: TITLE }]) {
    totalCount
    nodes { title slug summary readingMinutes audience topics { title slug } review { clinicallyReviewed sample } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Every list field is bounded: relations are connections (a page of `first` items, with `totalCount`).
const ARTICLE_FIELDS = `
  id title summary contentWarning readingMinutes keyTakeaways modifiedUtc workflowStatus
  body { html }
  review { reviewer credentials reviewedUtc nextReviewDueUtc clinicallyReviewed sample credentialIndependentlyConfirmed statement }
  topics { title slug }
  faqs(first: 50, orderBy: [{ field: POSITION }]) { totalCount nodes { slug question answer { html } review { clinicallyReviewed sample } } }
  relatedResources { name summary phone sms hours { text } region isCrisisLine website { url text } chatUrl { url text } }`;

const ARTICLE = `query Article($slug: String!) { article(slug: $slug) { ${ARTICLE_FIELDS} } }`;
// A preview token for one item reads it by id or by slug; an all-drafts token reads any.
const PREVIEW = `query Preview($id: ID, $slug: String) { article(id: $id, slug: $slug, status: LATEST) { ${ARTICLE_FIELDS} } }`;

const TOPIC = `query Topic($slug: String!) {
  topic(slug: $slug) {
    title description
    articles(first: 50, orderBy: [{ field: TITLE }]) { totalCount nodes { title slug summary } }
    faqs(first: 50) { totalCount nodes { question slug } }
  }
}`;

const FAQ = `query Faq($slug: String!) {
  faq(slug: $slug) { question answer { html } review { reviewer credentials reviewedUtc nextReviewDueUtc clinicallyReviewed sample credentialIndependentlyConfirmed } article { title slug } topics { title slug } }
}`;

const RESOURCE = `query Resource($slug: String!) {
  resource(slug: $slug) { name summary phone sms hours { text } region isCrisisLine website { url text } chatUrl { url text } description { html }
    review { reviewer credentials reviewedUtc nextReviewDueUtc clinicallyReviewed sample credentialIndependentlyConfirmed } }
}`;

const CRISIS_LINES = `query CrisisLines {
  resources(where: { isCrisisLine: { eq: true } }, orderBy: [{ field: NAME }]) { nodes { name phone sms region } }
}`;

// Full-text search of published content. When the query matches a risk phrase the CMS sets `crisis` and puts crisis
// resources first (`pinned`); snippets are HTML the CMS escaped, with matches in <mark>. Each hit links to a page of
// its own type: a FAQ to its article (opened at the question) or, without one, to the FAQ itself.
const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) {
    crisis
    total
    hits {
      displayText contentType slug pinned snippets { field html }
      item { __typename ... on Faq { slug article { slug } } }
    }
  }
}`;

// --- Rendering ---------------------------------------------------------------------------------------------------

// Builds an element. Children that are null, undefined or false are left out, so an absent value never shows as
// "null" or "undefined".
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'html') node.innerHTML = value; // HTML rendered and sanitized by the CMS (raw HTML disabled)
    else node.setAttribute(name, value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

// Joins the values that are present: `joined(' · ', a, null, b)` is "a · b".
const joined = (separator, ...values) => values.filter((v) => v !== null && v !== undefined && v !== '').join(separator);

const date = (value) => (value ? new Date(value).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' }) : '');

// replaceChildren turns null into the text "null": absent parts are dropped first.
function show(...nodes) {
  view.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
  window.scrollTo(0, 0);
}

function topicLinks(topics) {
  return topics.length ? el('p', { class: 'topics' }, topics.map((t) => el('a', { href: `#/topic/${t.slug}` }, t.title))) : null;
}

// Says exactly what the CMS knows: sample text installed for a first look, text no clinician has signed, or who signed
// the published content and when (and when the reviewer's credential was not independently confirmed). A draft has no review.
function reviewNote(review, isDraft = false) {
  if (isDraft || !review) {
    return el('p', { class: 'review pending' }, 'Draft: not clinically reviewed, not published.');
  }
  if (review.sample) {
    return el('p', { class: 'review sample' }, 'Sample, not clinically reviewed: this text came with the CMS for a first look.');
  }
  if (!review.clinicallyReviewed) {
    return el('p', { class: 'review pending' }, 'Not clinically reviewed yet. Read it as general information, not clinical advice.');
  }
  return el('p', { class: 'review' },
    `Clinically reviewed by ${joined(', ', review.reviewer, review.credentials)}${review.reviewedUtc ? ` on ${date(review.reviewedUtc)}` : ''}.`,
    review.credentialIndependentlyConfirmed ? '' : ' The reviewer\'s credential was not independently confirmed.',
    review.nextReviewDueUtc ? ` Next review due ${date(review.nextReviewDueUtc)}.` : '');
}

const reviewBadge = (review) => (review?.sample ? 'sample, not clinically reviewed' : review?.clinicallyReviewed ? 'clinically reviewed' : 'not yet clinically reviewed');

function resourceCard(r) {
  const phone = r.phone ? el('div', { class: 'line' }, 'Call ', el('a', { href: `tel:${r.phone.replace(/[^0-9+]/g, '')}` }, r.phone)) : null;
  const link = (l, label) => (l ? el('div', { class: 'line' }, el('a', { href: l.url, rel: 'noopener' }, l.text || label)) : null);
  return el('div', { class: 'card resource' },
    el('h3', {}, r.name, r.isCrisisLine ? ' · crisis line' : ''),
    r.summary ? el('p', {}, r.summary) : null,
    phone,
    r.sms ? el('div', { class: 'line' }, `Text ${r.sms}`) : null,
    link(r.website, 'Website'),
    link(r.chatUrl, 'Chat'),
    el('div', { class: 'meta' }, joined(' · ', r.hours?.text, r.region)));
}

async function listArticles(after) {
  const { articles } = await graphql(ARTICLES, { after });
  const cards = articles.nodes.map((a) => el('div', { class: 'card' },
    el('h2', {}, el('a', { href: `#/article/${a.slug}` }, a.title)),
    a.summary ? el('p', {}, a.summary) : null,
    el('div', { class: 'meta' }, joined(' · ', a.readingMinutes ? `${a.readingMinutes} min read` : null, a.audience ? `for ${a.audience}` : null, reviewBadge(a.review))),
    topicLinks(a.topics)));
  const more = articles.pageInfo.hasNextPage
    ? el('button', { class: 'more', type: 'button' }, 'More articles')
    : null;
  more?.addEventListener('click', async () => {
    more.remove();
    view.append(...(await listArticles(articles.pageInfo.endCursor)));
  });
  return [...cards, more].filter(Boolean);
}

async function renderHome() {
  show(el('h1', {}, 'Articles'), ...(await listArticles(null)));
}

function renderArticleNodes(a, isDraft) {
  return [
    el('h1', {}, a.title),
    el('div', { class: 'meta' }, joined(' · ', a.readingMinutes ? `${a.readingMinutes} min read` : null, `updated ${date(a.modifiedUtc)}`, isDraft ? `status: ${a.workflowStatus.toLowerCase().replaceAll('_', ' ')}` : null)),
    reviewNote(a.review, isDraft),
    a.contentWarning ? el('p', { class: 'warning' }, `Content warning: ${a.contentWarning}`) : null,
    a.summary ? el('p', {}, el('em', {}, a.summary)) : null,
    a.keyTakeaways.length ? el('ul', {}, a.keyTakeaways.map((k) => el('li', {}, k))) : null,
    el('article', { html: a.body.html }),
    topicLinks(a.topics),
    a.faqs.nodes.length ? el('section', {}, el('h2', {}, 'Questions people ask'),
      a.faqs.nodes.map((f) => el('details', { id: `faq-${f.slug}` },
        el('summary', {}, f.question),
        el('div', { html: f.answer.html }),
        el('p', { class: 'meta' }, reviewBadge(f.review))))) : null,
    a.relatedResources.length ? el('section', {}, el('h2', {}, 'Where to get support'), a.relatedResources.map(resourceCard)) : null,
  ];
}

// Opens the FAQ named in the address (#/article/<slug>/<faq slug>) and brings it into view.
function openFaq(faqSlug) {
  const details = faqSlug && document.getElementById(`faq-${faqSlug}`);
  if (details) {
    details.open = true;
    details.scrollIntoView();
  }
}

async function renderArticle(slug, faqSlug) {
  const { article } = await graphql(ARTICLE, { slug });
  if (!article) return show(el('p', { class: 'notice' }, 'This article is not available.'));
  document.title = `${article.title} · TraumaBond Library`;
  show(...renderArticleNodes(article, false));
  openFaq(faqSlug);
}

async function renderPreview(id, slug) {
  document.getElementById('preview-banner').hidden = false;
  const { article } = await graphql(PREVIEW, id ? { id } : { slug });
  show(...(article ? renderArticleNodes(article, article.workflowStatus !== 'PUBLISHED') : [el('p', { class: 'notice' }, 'No draft with this id.')]));
}

async function renderTopic(slug) {
  const { topic } = await graphql(TOPIC, { slug });
  if (!topic) return show(el('p', { class: 'notice' }, 'No such topic.'));
  show(
    el('h1', {}, topic.title),
    topic.description ? el('p', {}, topic.description) : null,
    ...topic.articles.nodes.map((a) => el('div', { class: 'card' }, el('h2', {}, el('a', { href: `#/article/${a.slug}` }, a.title)), a.summary ? el('p', {}, a.summary) : null)),
    topic.faqs.nodes.length ? el('section', {}, el('h2', {}, 'Questions on this topic'),
      el('ul', {}, topic.faqs.nodes.map((f) => el('li', {}, el('a', { href: `#/faq/${f.slug}` }, f.question))))) : null,
  );
}

async function renderFaq(slug) {
  const { faq } = await graphql(FAQ, { slug });
  if (!faq) return show(el('p', { class: 'notice' }, 'This question is not available.'));
  show(
    el('h1', {}, faq.question),
    reviewNote(faq.review),
    el('div', { html: faq.answer.html }),
    faq.article ? el('p', {}, 'From the article ', el('a', { href: `#/article/${faq.article.slug}` }, faq.article.title), '.') : null,
    topicLinks(faq.topics));
}

async function renderResource(slug) {
  const { resource } = await graphql(RESOURCE, { slug });
  if (!resource) return show(el('p', { class: 'notice' }, 'This resource is not available.'));
  show(el('h1', {}, resource.name), reviewNote(resource.review), resourceCard(resource),
    resource.description ? el('div', { html: resource.description.html }) : null);
}

// Where a search hit leads: a FAQ opens in its article (or alone), other types on their own page.
function hitLink(hit) {
  if (!hit.slug) return null;
  if (hit.contentType === 'Faq') {
    return hit.item?.article ? `#/article/${hit.item.article.slug}/${hit.slug}` : `#/faq/${hit.slug}`;
  }
  const page = { Article: 'article', Topic: 'topic', Resource: 'resource' }[hit.contentType];
  return page ? `#/${page}/${hit.slug}` : null;
}

async function renderSearch(query) {
  try {
    const { search } = await graphql(SEARCH, { query });
    show(el('h1', {}, `Results for “${query}”`),
      search.crisis ? el('p', { class: 'notice' }, 'If you are in danger or thinking about harming yourself, these services can help right now.') : null,
      search.hits.length === 0 ? el('p', { class: 'notice' }, 'Nothing matched. Try other words.') : null,
      ...search.hits.map((hit) => {
        const href = hitLink(hit);
        return el('div', { class: 'card' },
          el('h2', {}, href ? el('a', { href }, hit.displayText) : hit.displayText),
          el('div', { class: 'meta' }, hit.pinned ? `${hit.contentType} · crisis support` : hit.contentType),
          ...hit.snippets.slice(0, 1).map((snippet) => el('p', { html: snippet.html })));
      }));
  } catch (error) {
    if (error instanceof GraphQLError && error.hasCode('GRAPHQL_VALIDATION_FAILED') && /search/i.test(error.message)) {
      show(el('p', { class: 'notice' }, 'Search is not available on this server yet. Browse the articles instead.'), ...(await listArticles(null)));
      return;
    }
    throw error;
  }
}

async function renderCrisisLines() {
  try {
    const { resources } = await graphql(CRISIS_LINES);
    const lines = resources.nodes.filter((r) => r.phone || r.sms).slice(0, 3)
      .map((r) => el('a', { href: r.phone ? `tel:${r.phone.replace(/[^0-9+]/g, '')}` : `sms:${r.sms}` },
        `${r.name}${r.region ? ` (${r.region})` : ''}: ${r.phone ?? `text ${r.sms}`}`));
    if (lines.length) {
      document.getElementById('crisis-lines').replaceChildren(...lines);
      document.getElementById('crisis').hidden = false;
    }
  } catch {
    // The banner is a courtesy; the page works without it.
  }
}

// --- Routing -----------------------------------------------------------------------------------------------------

async function route() {
  const [, page, arg, sub] = location.hash.split('/');
  const decoded = (value) => (value ? decodeURIComponent(value) : null);
  try {
    if (previewToken && (params.get('id') || params.get('slug'))) await renderPreview(params.get('id'), params.get('slug'));
    else if (page === 'article' && arg) await renderArticle(decoded(arg), decoded(sub));
    else if (page === 'topic' && arg) await renderTopic(decoded(arg));
    else if (page === 'faq' && arg) await renderFaq(decoded(arg));
    else if (page === 'resource' && arg) await renderResource(decoded(arg));
    else if (page === 'search' && arg) await renderSearch(decoded(arg));
    else await renderHome();
  } catch (error) {
    show(el('p', { class: 'notice error' }, `The library could not be loaded: ${error.message}`));
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = document.getElementById('search-input').value.trim();
  if (query) location.hash = `#/search/${encodeURIComponent(query)}`;
});
window.addEventListener('hashchange', route);
renderCrisisLines();
route();
