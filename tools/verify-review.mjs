#!/usr/bin/env node
// Checks a published item's clinical signature on a running TraumaBond CMS without any of the CMS's code, using only
// Node.js's standard library (Node 18 or newer: fetch and WebCrypto-grade ECDSA in node:crypto):
//
//   node tools/verify-review.mjs BASE_URL CONTENT_ITEM_ID
//
// 1. fetches the server's public signing keys: GET BASE_URL/.well-known/tbcms-signing-keys (a JSON Web Key Set, ES256);
// 2. fetches the item's review over GraphQL (POST BASE_URL/api/graphql, contentItem(id:) { review { signature { ... } } });
// 3. verifies the signature: ECDSA P-256 with SHA-256 over the UTF-8 bytes of the signed statement, the signature in IEEE
//    P1363 form (r || s, 64 bytes), base64url, with the key the signature names;
// 4. checks that the signed statement says what the review shows (reviewer, credential, time, meaning, ids) and that the
//    content hash it signs is the hash of the version readers are served (GET BASE_URL/api/content/ID).
// Exit code 0 and "signature verifies" when all of that holds; 1 with the reason when anything does not; 2 on bad usage.
import { createPublicKey, verify } from 'node:crypto';

const [base, id] = process.argv.slice(2);
if (!base || !id) {
  console.error('usage: node tools/verify-review.mjs BASE_URL CONTENT_ITEM_ID');
  process.exit(2);
}

const fail = (reason) => {
  console.log(`FAILED: ${reason}`);
  process.exit(1);
};

const getJson = async (path, init) => {
  const response = await fetch(new URL(path, base), init);
  if (!response.ok) fail(`${init?.method ?? 'GET'} ${path} answered ${response.status}`);
  return response.json();
};

const query = `query Review($id: ID!) {
  contentItem(id: $id) {
    id displayText
    review {
      clinicallyReviewed reviewer credentials
      signature {
        format approvalId kind contentItemId contentItemVersionId contentHash reviewer reviewerDisplayName credential
        credentialConfirmedBy credentialConfirmedUtc credentialIndependentlyConfirmed meaning comment signedUtc
        previousApprovalId signedWith statement algorithm keyId value
      }
    }
  }
}`;

const jwks = await getJson('/.well-known/tbcms-signing-keys');
const answer = await getJson('/api/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, variables: { id } }),
});
if (answer.errors) fail(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
const item = answer.data?.contentItem;
if (!item) fail(`no published item ${id}`);
const review = item.review;
if (!review?.clinicallyReviewed || !review.signature) fail(`${id} is not clinically reviewed (no signature to check)`);
const signature = review.signature;
if (signature.algorithm !== 'ES256') fail(`unknown algorithm ${signature.algorithm}`);

const jwk = jwks.keys.find((k) => k.kid === signature.keyId);
if (!jwk) fail(`the key ${signature.keyId} is not among the server's published keys`);
const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
const signed = Buffer.from(signature.statement, 'utf8');
const valid = verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature.value, 'base64url'));
if (!valid) fail(`the signature does not verify over the statement with key ${signature.keyId}`);

// The statement is what was signed; what is shown must be what it says.
const statement = JSON.parse(signature.statement);
const same = [
  ['format', statement.format, signature.format],
  ['approvalId', statement.approvalId, signature.approvalId],
  ['kind', statement.kind, signature.kind],
  ['contentItemId', statement.contentItemId, item.id],
  ['contentItemVersionId', statement.contentItemVersionId, signature.contentItemVersionId],
  ['contentHash', statement.contentHash, signature.contentHash],
  ['reviewer', statement.reviewer, signature.reviewer],
  ['reviewerDisplayName (shown as the reviewer)', statement.reviewerDisplayName, review.reviewer],
  ['credential (shown as the credentials)', statement.credential, review.credentials],
  ['credentialConfirmedBy', statement.credentialConfirmedBy, signature.credentialConfirmedBy],
  ['credentialConfirmedUtc', statement.credentialConfirmedUtc, signature.credentialConfirmedUtc],
  ['credentialIndependentlyConfirmed', statement.credentialIndependentlyConfirmed, signature.credentialIndependentlyConfirmed],
  ['meaning', statement.meaning, signature.meaning],
  ['comment', statement.comment, signature.comment],
  ['signedUtc', statement.signedUtc, signature.signedUtc],
];
if (statement.format >= 2) {
  same.push(['previousApprovalId', statement.previousApprovalId, signature.previousApprovalId], ['signedWith', statement.signedWith, signature.signedWith]);
}
for (const [name, inStatement, shown] of same) {
  if (inStatement !== shown) fail(`the review shows ${name} ${JSON.stringify(shown)} but the signed statement says ${JSON.stringify(inStatement)}`);
}

// The signed hash must be the one of the version readers are served.
const served = await getJson(`/api/content/${encodeURIComponent(id)}`);
if (served.contentHash !== statement.contentHash) fail(`the served version's content hash ${served.contentHash} is not the signed one ${statement.contentHash}`);

console.log(`signature verifies: ${statement.kind} of "${item.displayText}" (${statement.contentHash}) by ${statement.reviewerDisplayName} (${statement.credential}) at ${statement.signedUtc}, key ${signature.keyId}; meaning: ${statement.meaning}`);
