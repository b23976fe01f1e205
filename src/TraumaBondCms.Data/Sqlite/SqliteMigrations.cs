namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// The SQLite schema as an ordered list of migrations. A migration, once released, never changes: the
/// schema evolves by appending. Each runs in its own transaction and is recorded in <c>schema_migrations</c>.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } =
    [
        (1, "content, users, audit log, settings", """
            CREATE TABLE content_items (
                content_item_id TEXT NOT NULL PRIMARY KEY,
                content_type TEXT NOT NULL,
                owner TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                deleted_utc TEXT NULL,
                deleted_by TEXT NULL
            );

            CREATE TABLE content_versions (
                content_item_version_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_type TEXT NOT NULL,
                version_number INTEGER NOT NULL,
                latest INTEGER NOT NULL CHECK (latest IN (0, 1)),
                published INTEGER NOT NULL CHECK (published IN (0, 1)),
                display_text TEXT NOT NULL,
                slug TEXT NULL,
                author TEXT NOT NULL,
                modified_utc TEXT NOT NULL,
                published_utc TEXT NULL,
                content_hash TEXT NOT NULL,
                fields TEXT NOT NULL,
                UNIQUE (content_item_id, version_number)
            );
            -- The flags are the heart of versioning: the database itself refuses a second latest or published version.
            CREATE UNIQUE INDEX ux_content_versions_latest ON content_versions (content_item_id) WHERE latest = 1;
            CREATE UNIQUE INDEX ux_content_versions_published ON content_versions (content_item_id) WHERE published = 1;
            CREATE INDEX ix_content_versions_latest ON content_versions (content_type, modified_utc, content_item_version_id) WHERE latest = 1;
            CREATE INDEX ix_content_versions_published ON content_versions (content_type, modified_utc, content_item_version_id) WHERE published = 1;

            CREATE TABLE content_slugs (
                content_type TEXT NOT NULL,
                slug TEXT NOT NULL,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                PRIMARY KEY (content_type, slug)
            );
            CREATE INDEX ix_content_slugs_item ON content_slugs (content_item_id);

            CREATE TABLE content_field_index (
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                content_item_id TEXT NOT NULL,
                content_type TEXT NOT NULL,
                field_name TEXT NOT NULL,
                text_value TEXT NULL,
                number_value REAL NULL,
                bool_value INTEGER NULL
            );
            CREATE INDEX ix_content_field_index_text ON content_field_index (content_type, field_name, text_value);
            CREATE INDEX ix_content_field_index_number ON content_field_index (content_type, field_name, number_value);
            CREATE INDEX ix_content_field_index_version ON content_field_index (content_item_version_id);
            CREATE INDEX ix_content_field_index_item ON content_field_index (content_item_id);

            CREATE TABLE users (
                user_id TEXT NOT NULL PRIMARY KEY,
                user_name TEXT NOT NULL,
                normalized_user_name TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                email TEXT NULL,
                password_hash TEXT NOT NULL,
                security_stamp TEXT NOT NULL,
                roles TEXT NOT NULL,
                credential TEXT NULL,
                failed_sign_ins INTEGER NOT NULL DEFAULT 0,
                lockout_end_utc TEXT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_utc TEXT NOT NULL
            );

            CREATE TABLE roles (
                name TEXT NOT NULL PRIMARY KEY,
                description TEXT NULL,
                permissions TEXT NOT NULL
            );

            CREATE TABLE settings (
                setting_key TEXT NOT NULL PRIMARY KEY,
                setting_value TEXT NOT NULL
            );

            CREATE TABLE content_types (
                name TEXT NOT NULL PRIMARY KEY,
                definition TEXT NOT NULL
            );

            CREATE TABLE recipe_runs (
                run_id INTEGER PRIMARY KEY AUTOINCREMENT,
                recipe_name TEXT NOT NULL,
                recipe_hash TEXT NOT NULL,
                ran_utc TEXT NOT NULL,
                ran_by TEXT NULL
            );

            CREATE TABLE audit_log (
                audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
                occurred_utc TEXT NOT NULL,
                actor TEXT NULL,
                action TEXT NOT NULL,
                content_item_id TEXT NULL,
                content_item_version_id TEXT NULL,
                content_hash TEXT NULL,
                from_status TEXT NULL,
                to_status TEXT NULL,
                reason TEXT NULL,
                details TEXT NULL
            );
            CREATE INDEX ix_audit_log_item ON audit_log (content_item_id, audit_id);
            CREATE INDEX ix_audit_log_actor ON audit_log (actor, audit_id);
            CREATE INDEX ix_audit_log_time ON audit_log (occurred_utc);
            -- Append-only, enforced by the database and not only by the absence of code paths.
            CREATE TRIGGER audit_log_refuse_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed'); END;
            CREATE TRIGGER audit_log_refuse_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be deleted'); END;
            """),
        (2, "clinical workflow: statuses, approvals, comments, schedules, follow-up", """
            ALTER TABLE content_versions ADD COLUMN workflow_status TEXT NOT NULL DEFAULT 'Draft';
            CREATE INDEX ix_content_versions_status ON content_versions (workflow_status, modified_utc) WHERE latest = 1;
            ALTER TABLE content_items ADD COLUMN follow_up_reason TEXT NULL;
            ALTER TABLE content_items ADD COLUMN follow_up_utc TEXT NULL;

            CREATE TABLE workflows (
                name TEXT NOT NULL PRIMARY KEY,
                definition TEXT NOT NULL
            );

            CREATE TABLE approvals (
                approval_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash TEXT NOT NULL,
                reviewer TEXT NOT NULL,
                reviewer_display_name TEXT NOT NULL,
                credential TEXT NOT NULL,
                signed_utc TEXT NOT NULL,
                kind TEXT NOT NULL,
                comment TEXT NULL,
                voided_utc TEXT NULL,
                voided_reason TEXT NULL
            );
            CREATE INDEX ix_approvals_item ON approvals (content_item_id, signed_utc);

            CREATE TABLE review_comments (
                comment_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                parent_id TEXT NULL REFERENCES review_comments (comment_id),
                author TEXT NOT NULL,
                body TEXT NOT NULL,
                field TEXT NULL,
                range_start INTEGER NULL,
                range_end INTEGER NULL,
                quoted_text TEXT NULL,
                created_utc TEXT NOT NULL,
                resolved_utc TEXT NULL,
                resolved_by TEXT NULL
            );
            CREATE INDEX ix_review_comments_item ON review_comments (content_item_id, created_utc);

            CREATE TABLE schedules (
                schedule_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id TEXT NOT NULL,
                action TEXT NOT NULL,
                due_utc TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                state TEXT NOT NULL,
                claimed_by TEXT NULL,
                claimed_utc TEXT NULL,
                completed_utc TEXT NULL,
                outcome TEXT NULL
            );
            CREATE INDEX ix_schedules_pending ON schedules (state, due_utc);
            CREATE INDEX ix_schedules_item ON schedules (content_item_id);
            """),
        (3, "webhooks: subscriptions, delivery outbox, review notices", """
            CREATE TABLE webhooks (
                webhook_id TEXT NOT NULL PRIMARY KEY,
                url TEXT NOT NULL,
                events TEXT NOT NULL,
                secret TEXT NOT NULL,
                description TEXT NULL,
                created_by TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                active INTEGER NOT NULL CHECK (active IN (0, 1))
            );

            -- The outbox: a row per (event, webhook), written in the transaction of the change, sent by a dispatcher later.
            CREATE TABLE webhook_deliveries (
                delivery_id TEXT NOT NULL PRIMARY KEY,
                webhook_id TEXT NOT NULL REFERENCES webhooks (webhook_id),
                event TEXT NOT NULL,
                payload TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('Pending', 'Delivered', 'Failed')),
                attempts INTEGER NOT NULL,
                next_attempt_utc TEXT NOT NULL,
                last_attempt_utc TEXT NULL,
                last_status_code INTEGER NULL,
                last_error TEXT NULL,
                created_utc TEXT NOT NULL,
                delivered_utc TEXT NULL,
                claimed_by TEXT NULL,
                lease_expires_utc TEXT NULL
            );
            CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (state, next_attempt_utc);
            CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_utc);

            -- One announcement of an overdue review per item and published hash.
            CREATE TABLE review_notices (
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_hash TEXT NOT NULL,
                notified_utc TEXT NOT NULL,
                PRIMARY KEY (content_item_id, content_hash)
            );
            """),
        (4, "search: documents, public and editorial indexes, zero-result counts", """
            CREATE TABLE search_documents (
                doc_id INTEGER PRIMARY KEY,
                content_item_version_id TEXT NOT NULL UNIQUE REFERENCES content_versions (content_item_version_id),
                content_item_id TEXT NOT NULL,
                content_type TEXT NOT NULL,
                in_public INTEGER NOT NULL DEFAULT 0 CHECK (in_public IN (0, 1)),
                in_editorial INTEGER NOT NULL DEFAULT 0 CHECK (in_editorial IN (0, 1)),
                title TEXT NOT NULL,
                tags TEXT NOT NULL,
                summary TEXT NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX ix_search_documents_item ON search_documents (content_item_id);

            -- Facet values per document (0: content type, 1: topic slug), narrow so that counting them over thousands of
            -- matches stays in a few cached pages instead of reading the wide document rows.
            CREATE TABLE search_document_facets (
                doc_id INTEGER NOT NULL REFERENCES search_documents (doc_id),
                facet INTEGER NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (doc_id, facet, value)
            ) WITHOUT ROWID;
            CREATE INDEX ix_search_document_facets_value ON search_document_facets (facet, value, doc_id);

            -- Two indexes over one document table: each has its own statistics, so drafts never influence what readers see.
            -- No prefix indexes: they triple the cost of indexing, and prefixes of three letters or more (the parser's
            -- minimum) are fast enough from the term list.
            CREATE VIRTUAL TABLE search_public USING fts5 (
                title, tags, summary, body,
                content = 'search_documents', content_rowid = 'doc_id',
                tokenize = 'porter unicode61 remove_diacritics 2'
            );
            CREATE VIRTUAL TABLE search_editorial USING fts5 (
                title, tags, summary, body,
                content = 'search_documents', content_rowid = 'doc_id',
                tokenize = 'porter unicode61 remove_diacritics 2'
            );

            -- Only a keyed hash and a count until a query has been searched often enough to be shown (see ISearchIndex).
            CREATE TABLE search_zero_results (
                query_key TEXT NOT NULL PRIMARY KEY,
                occurrences INTEGER NOT NULL,
                query_text TEXT NULL
            );
            """),
        (5, "safety checks: resource verifications and check runs", """
            -- Verifying never creates a content version: the record points at the version checked and keeps the checked values.
            CREATE TABLE resource_verifications (
                verification_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash TEXT NOT NULL,
                channels_hash TEXT NOT NULL,
                channels TEXT NOT NULL,
                verified_by TEXT NOT NULL,
                verified_by_display_name TEXT NOT NULL,
                verified_utc TEXT NOT NULL,
                kind TEXT NOT NULL,
                note TEXT NULL
            );
            CREATE INDEX ix_resource_verifications_item ON resource_verifications (content_item_id, verified_utc);

            CREATE TABLE safety_check_runs (
                run_id TEXT NOT NULL PRIMARY KEY,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash TEXT NOT NULL,
                trigger_name TEXT NOT NULL,
                ran_utc TEXT NOT NULL,
                error_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL,
                report TEXT NOT NULL
            );
            CREATE INDEX ix_safety_check_runs_item ON safety_check_runs (content_item_id, ran_utc);

            -- Both are records of what was checked: append-only, like the audit log.
            CREATE TRIGGER resource_verifications_refuse_update BEFORE UPDATE ON resource_verifications
            BEGIN SELECT RAISE(ABORT, 'resource_verifications is append-only'); END;
            CREATE TRIGGER resource_verifications_refuse_delete BEFORE DELETE ON resource_verifications
            BEGIN SELECT RAISE(ABORT, 'resource_verifications is append-only'); END;
            CREATE TRIGGER safety_check_runs_refuse_update BEFORE UPDATE ON safety_check_runs
            BEGIN SELECT RAISE(ABORT, 'safety_check_runs is append-only'); END;
            CREATE TRIGGER safety_check_runs_refuse_delete BEFORE DELETE ON safety_check_runs
            BEGIN SELECT RAISE(ABORT, 'safety_check_runs is append-only'); END;
            """),
        (6, "content GraphQL: preview tokens, content generation", """
            -- Preview tokens: only the SHA-256 hash of each secret is stored.
            CREATE TABLE preview_tokens (
                token_id TEXT NOT NULL PRIMARY KEY,
                token_hash TEXT NOT NULL UNIQUE,
                content_item_id TEXT NULL REFERENCES content_items (content_item_id),
                label TEXT NULL,
                created_by TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                expires_utc TEXT NOT NULL,
                revoked_utc TEXT NULL,
                revoked_by TEXT NULL
            );
            CREATE INDEX ix_preview_tokens_created ON preview_tokens (created_utc);

            -- The content generation: raised by the database, in the transaction of the change, whenever anything an
            -- anonymous reader can see may have changed, whichever code path (or process) made the change. Caches of
            -- published content are valid only for the generation they were read at.
            CREATE TABLE content_generation (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                generation INTEGER NOT NULL
            );
            INSERT INTO content_generation (id, generation) VALUES (1, 1);
            CREATE TRIGGER content_generation_version_insert AFTER INSERT ON content_versions WHEN NEW.published = 1
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_version_update AFTER UPDATE ON content_versions WHEN OLD.published = 1 OR NEW.published = 1
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_version_delete AFTER DELETE ON content_versions WHEN OLD.published = 1
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_item_update AFTER UPDATE ON content_items
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_item_delete AFTER DELETE ON content_items
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_approval_insert AFTER INSERT ON approvals
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            CREATE TRIGGER content_generation_approval_update AFTER UPDATE ON approvals
            BEGIN UPDATE content_generation SET generation = generation + 1 WHERE id = 1; END;
            """),
        (7, "search: write buffers for bulk indexing", """
            -- FTS5 keeps up to 8 MB of new terms in memory before writing a segment (1 MB by default), and merges 8 segments
            -- of a level at a time (4 by default): a bulk import writes fewer, larger segments and merges less
            -- (bench/TraumaBondCms.Search.Bench).
            INSERT INTO search_public (search_public, rank) VALUES ('hashsize', 8388608);
            INSERT INTO search_editorial (search_editorial, rank) VALUES ('hashsize', 8388608);
            INSERT INTO search_public (search_public, rank) VALUES ('automerge', 8);
            INSERT INTO search_editorial (search_editorial, rank) VALUES ('automerge', 8);
            """),
        (8, "hardening: shared Data Protection key ring, sign-in sessions", """
            -- The ASP.NET Core Data Protection key ring (keys and revocations as XML elements, encrypted when a certificate is
            -- configured): every node on the database signs and reads cookies and bearer tokens with the same keys.
            CREATE TABLE data_protection_keys (
                key_row INTEGER PRIMARY KEY AUTOINCREMENT,
                friendly_name TEXT NOT NULL,
                xml TEXT NOT NULL,
                stored_utc TEXT NOT NULL
            );

            -- One row per sign-in (cookie or bearer token), checked on every request: signing out ends it here, so a copy
            -- of the cookie or token stops working at once. Only the SHA-256 of the session id is kept.
            CREATE TABLE sign_in_sessions (
                session_hash TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (user_id),
                kind TEXT NOT NULL,
                started_utc TEXT NOT NULL,
                expires_utc TEXT NOT NULL,
                ended_utc TEXT NULL
            );
            CREATE INDEX ix_sign_in_sessions_user ON sign_in_sessions (user_id) WHERE ended_utc IS NULL;
            CREATE INDEX ix_sign_in_sessions_expires ON sign_in_sessions (expires_utc);
            """),
        (9, "read path at scale: list indexes in keyset order, denormalized list columns, review dates", """
            -- Every list reads one table: the item's owner and creation time (both fixed when the item is created) and its
            -- deletion are copied onto its versions, so a list never joins content_items to filter or sort.
            ALTER TABLE content_versions ADD COLUMN owner TEXT NOT NULL DEFAULT '';
            ALTER TABLE content_versions ADD COLUMN created_utc TEXT NOT NULL DEFAULT '';
            ALTER TABLE content_versions ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
            -- The newest valid clinical signature of the version's hash, kept by the workflow repository, so the re-review
            -- list reads the items due first from an index instead of computing every item's date.
            ALTER TABLE content_versions ADD COLUMN reviewed_utc TEXT NULL;
            UPDATE content_versions SET
                owner = (SELECT i.owner FROM content_items i WHERE i.content_item_id = content_versions.content_item_id),
                created_utc = (SELECT i.created_utc FROM content_items i WHERE i.content_item_id = content_versions.content_item_id),
                deleted = (SELECT i.deleted_utc IS NOT NULL FROM content_items i WHERE i.content_item_id = content_versions.content_item_id),
                reviewed_utc = (SELECT MAX(a.signed_utc) FROM approvals a
                    WHERE a.content_item_id = content_versions.content_item_id AND a.content_hash = content_versions.content_hash
                      AND a.voided_utc IS NULL AND a.kind IN ('Approval', 'Renewal'));

            -- One index per list scope and order key, in keyset order: (type, key, item id) with the version id, so choosing a
            -- page reads only index entries. The WHERE clauses are exactly what the query builder writes (SQLite uses a
            -- partial index only when the query repeats its condition term for term).
            DROP INDEX ix_content_versions_latest;
            DROP INDEX ix_content_versions_published;
            DROP INDEX ix_content_versions_status;
            CREATE INDEX ix_cv_pub_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_id ON content_versions (content_type, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_title ON content_versions (content_type, display_text, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_slug ON content_versions (content_type, slug, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_created ON content_versions (content_type, created_utc, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_published ON content_versions (content_type, published_utc, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_id ON content_versions (content_type, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_title ON content_versions (content_type, display_text, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_slug ON content_versions (content_type, slug, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_created ON content_versions (content_type, created_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_published ON content_versions (content_type, published_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_draft_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND published = 0 AND deleted = 0;
            CREATE INDEX ix_cv_draft_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND published = 0 AND deleted = 0;
            CREATE INDEX ix_cv_lat_status ON content_versions (workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_type_status ON content_versions (content_type, workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_owner ON content_versions (owner, workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_owner_modified ON content_versions (owner, modified_utc, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0;
            CREATE INDEX ix_cv_pub_reviewed ON content_versions (content_type, reviewed_utc, content_item_id) WHERE published = 1 AND deleted = 0;

            -- Field index rows in keyset order for ordering by a field (each row in the index of its kind of value only), and
            -- per version for filtering while walking a list.
            DROP INDEX ix_content_field_index_text;
            DROP INDEX ix_content_field_index_number;
            DROP INDEX ix_content_field_index_version;
            CREATE INDEX ix_cfi_text ON content_field_index (content_type, field_name, text_value, content_item_id, content_item_version_id) WHERE text_value IS NOT NULL;
            CREATE INDEX ix_cfi_number ON content_field_index (content_type, field_name, number_value, content_item_id, content_item_version_id) WHERE number_value IS NOT NULL;
            CREATE INDEX ix_cfi_bool ON content_field_index (content_type, field_name, bool_value, content_item_id, content_item_version_id) WHERE bool_value IS NOT NULL;
            CREATE INDEX ix_cfi_version ON content_field_index (content_item_version_id, field_name, text_value);

            -- The queues and logs, each in the order it is read, with its tie-breaker.
            CREATE INDEX ix_content_items_follow_up ON content_items (follow_up_utc, content_item_id) WHERE follow_up_reason IS NOT NULL;
            DROP INDEX ix_schedules_pending;
            CREATE INDEX ix_schedules_pending ON schedules (state, due_utc, schedule_id);
            DROP INDEX ix_webhook_deliveries_due;
            CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (state, next_attempt_utc, delivery_id);
            DROP INDEX ix_webhook_deliveries_webhook;
            CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_utc, delivery_id);
            CREATE INDEX ix_audit_log_action ON audit_log (action, audit_id);
            DROP INDEX ix_preview_tokens_created;
            CREATE INDEX ix_preview_tokens_created ON preview_tokens (created_utc, token_id);
            CREATE INDEX ix_preview_tokens_active ON preview_tokens (expires_utc, token_id) WHERE revoked_utc IS NULL;
            CREATE INDEX ix_preview_tokens_item ON preview_tokens (content_item_id);

            -- Rows that refer to a version, by that version: the foreign key checks of a version's row look them up.
            CREATE INDEX ix_approvals_version ON approvals (content_item_version_id);
            CREATE INDEX ix_review_comments_version ON review_comments (content_item_version_id);
            CREATE INDEX ix_resource_verifications_version ON resource_verifications (content_item_version_id);
            CREATE INDEX ix_safety_check_runs_version ON safety_check_runs (content_item_version_id);
            """),
        (10, "clinical governance: signed approvals, vouched credentials, verification methods", """
            -- Approvals are signed statements: the signature (ES256, by a key kept outside the database) covers the ids, the exact
            -- content hash, the reviewer and credential, who confirmed the credential, the meaning and the time.
            ALTER TABLE approvals ADD COLUMN meaning TEXT NULL;
            ALTER TABLE approvals ADD COLUMN credential_confirmed_by TEXT NULL;
            ALTER TABLE approvals ADD COLUMN credential_confirmed_utc TEXT NULL;
            ALTER TABLE approvals ADD COLUMN credential_independently_confirmed INTEGER NOT NULL DEFAULT 0
                CHECK (credential_independently_confirmed IN (0, 1));
            ALTER TABLE approvals ADD COLUMN signing_key_id TEXT NULL;
            ALTER TABLE approvals ADD COLUMN signature TEXT NULL;

            -- Who created each account and who granted and confirmed its credential (two-person rule). Credentials that
            -- existed before have no confirmation: a second administrator confirms them before they sign again.
            ALTER TABLE users ADD COLUMN created_by TEXT NULL;
            ALTER TABLE users ADD COLUMN credential_granted_by TEXT NULL;
            ALTER TABLE users ADD COLUMN credential_granted_utc TEXT NULL;
            ALTER TABLE users ADD COLUMN credential_confirmed_by TEXT NULL;
            ALTER TABLE users ADD COLUMN credential_confirmed_utc TEXT NULL;

            -- How and when the person checked a resource's contact details.
            ALTER TABLE resource_verifications ADD COLUMN method TEXT NULL;
            ALTER TABLE resource_verifications ADD COLUMN checked_utc TEXT NULL;

            -- Skipped schedules are shown to whoever scheduled them.
            CREATE INDEX ix_schedules_owner ON schedules (created_by, state, completed_utc, schedule_id);

            -- Recipes' sample "approvals" (unreviewed content published for a first look), found at start to be taken offline
            -- where samples are not served.
            CREATE INDEX ix_approvals_recipe ON approvals (content_item_id, content_hash) WHERE kind = 'Recipe' AND voided_utc IS NULL;
            """),
        (11, "search: change log for the per-node Lucene indexes; database full-text indexes and facet rows dropped", """
            -- Search moved to a Lucene index per node (docs/search.md): the database keeps the documents, their membership
            -- flags and a log of what changed, appended in the content transaction; each node applies the log to its index.
            -- FTS5's tables go (no trigger fed them: the application wrote them), and facet values live in the document row.
            DROP TABLE search_public;
            DROP TABLE search_editorial;
            ALTER TABLE search_documents ADD COLUMN topics TEXT NOT NULL DEFAULT '';
            UPDATE search_documents SET topics = COALESCE((
                SELECT group_concat(f.value, char(10)) FROM search_document_facets f WHERE f.doc_id = search_documents.doc_id AND f.facet = 1), '');
            DROP TABLE search_document_facets;
            CREATE INDEX ix_search_documents_indexed ON search_documents (doc_id) WHERE in_public OR in_editorial;

            -- One row per item and scope whose index entry changed; seq rises with commit order (a single writer at a time).
            CREATE TABLE search_changes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                content_item_id TEXT NOT NULL,
                content_item_version_id TEXT NULL,
                scope TEXT NOT NULL,
                changed_utc TEXT NOT NULL
            );
            CREATE INDEX ix_search_changes_changed ON search_changes (changed_utc);

            -- The highest sequence pruned from the log: a node whose index is older than that rebuilds it.
            CREATE TABLE search_changes_pruned (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                through_seq INTEGER NOT NULL
            );
            INSERT INTO search_changes_pruned (id, through_seq) VALUES (1, 0);
            """),
        (12, "read path at scale: the search tables' lists by index", """
            -- The most frequent zero-result queries (the content gaps report) come from an index in their order.
            CREATE INDEX ix_search_zero_results_frequent ON search_zero_results (occurrences DESC, query_key) WHERE query_text IS NOT NULL;
            """),
        (14, "media library: files by hash, assets, their files, uses by version", """
            -- Files are named by the SHA-256 of their bytes and never change; assets point at their current file.
            CREATE TABLE media_files (
                sha256 TEXT NOT NULL PRIMARY KEY,
                mime_type TEXT NOT NULL,
                byte_length INTEGER NOT NULL,
                width INTEGER NULL,
                height INTEGER NULL,
                dominant_color TEXT NULL,
                blur_hash TEXT NULL,
                created_utc TEXT NOT NULL
            );

            CREATE TABLE media_assets (
                asset_id TEXT NOT NULL PRIMARY KEY,
                file_name TEXT NOT NULL,
                kind TEXT NOT NULL,
                sha256 TEXT NOT NULL REFERENCES media_files (sha256),
                alt TEXT NULL,
                tags TEXT NOT NULL,
                search_text TEXT NOT NULL,
                focal_x REAL NOT NULL,
                focal_y REAL NOT NULL,
                created_by TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                modified_by TEXT NOT NULL,
                modified_utc TEXT NOT NULL,
                deleted_utc TEXT NULL,
                deleted_by TEXT NULL
            );
            -- The library's pages (newest first) and the upload's duplicate check.
            CREATE INDEX ix_media_assets_created ON media_assets (created_utc DESC, asset_id DESC) WHERE deleted_utc IS NULL;
            CREATE INDEX ix_media_assets_sha256 ON media_assets (sha256) WHERE deleted_utc IS NULL;

            -- A live asset's tags, with its creation time, so a tag's page of the library is a walk of one index in the library's order.
            CREATE TABLE media_asset_tags (
                asset_id TEXT NOT NULL REFERENCES media_assets (asset_id),
                tag TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                PRIMARY KEY (asset_id, tag)
            );
            CREATE INDEX ix_media_asset_tags_page ON media_asset_tags (tag, created_utc DESC, asset_id DESC);

            -- Every file an asset has had: a version may use any of them, and keeps using it after a replacement.
            CREATE TABLE media_asset_files (
                asset_id TEXT NOT NULL REFERENCES media_assets (asset_id),
                sha256 TEXT NOT NULL REFERENCES media_files (sha256),
                added_utc TEXT NOT NULL,
                PRIMARY KEY (asset_id, sha256)
            );

            -- Which version uses which asset's file in which field: usage lists, the delete guard, anonymous access.
            CREATE TABLE media_uses (
                content_item_version_id TEXT NOT NULL REFERENCES content_versions (content_item_version_id),
                field TEXT NOT NULL,
                asset_id TEXT NOT NULL REFERENCES media_assets (asset_id),
                sha256 TEXT NOT NULL REFERENCES media_files (sha256),
                PRIMARY KEY (content_item_version_id, field, asset_id, sha256)
            );
            CREATE INDEX ix_media_uses_asset ON media_uses (asset_id, content_item_version_id);
            CREATE INDEX ix_media_uses_sha256 ON media_uses (sha256, content_item_version_id);
            """),
        (15, "tamper evidence: approval chain, signed verifications, hash-chained audit log, signed heads", """
            -- Approvals signed in statement format 2 also sign the item's previous approval and how the signer identified
            -- themselves; earlier ones stay format 1 and keep verifying as they were signed.
            ALTER TABLE approvals ADD COLUMN statement_format INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE approvals ADD COLUMN previous_approval_id TEXT NULL;
            ALTER TABLE approvals ADD COLUMN signed_with TEXT NULL;

            -- A resource verification is a signed statement too (older records stay unsigned and no longer count for publishing).
            ALTER TABLE resource_verifications ADD COLUMN statement_format INTEGER NULL;
            ALTER TABLE resource_verifications ADD COLUMN signed_with TEXT NULL;
            ALTER TABLE resource_verifications ADD COLUMN signing_key_id TEXT NULL;
            ALTER TABLE resource_verifications ADD COLUMN signature TEXT NULL;

            -- The audit log as a hash chain: each entry stores the previous entry's hash and its own. Entries written before
            -- keep no hash; the chain runs through them (the first stored previous_hash covers all of them).
            ALTER TABLE audit_log ADD COLUMN previous_hash TEXT NULL;
            ALTER TABLE audit_log ADD COLUMN entry_hash TEXT NULL;

            -- Signed heads of the chain (also appended to a file outside the database): append-only.
            CREATE TABLE audit_heads (
                sequence INTEGER NOT NULL PRIMARY KEY,
                head_hash TEXT NOT NULL,
                signed_utc TEXT NOT NULL,
                signing_key_id TEXT NOT NULL,
                signature TEXT NOT NULL
            );
            CREATE TRIGGER audit_heads_refuse_update BEFORE UPDATE ON audit_heads
            BEGIN SELECT RAISE(ABORT, 'audit_heads is append-only: heads cannot be changed'); END;
            CREATE TRIGGER audit_heads_refuse_delete BEFORE DELETE ON audit_heads
            BEGIN SELECT RAISE(ABORT, 'audit_heads is append-only: heads cannot be deleted'); END;
            """),
        (16, "second factor: TOTP secrets and recovery codes", """
            -- One row per user who set up an authenticator app: the secret protected with the Data Protection key ring,
            -- confirmed_utc null until a first code proved the app has it, the last time step used (a code counts once),
            -- and the SHA-256 hashes of the recovery codes as JSON.
            CREATE TABLE second_factors (
                user_id TEXT NOT NULL PRIMARY KEY REFERENCES users (user_id),
                secret TEXT NOT NULL,
                created_utc TEXT NOT NULL,
                confirmed_utc TEXT NULL,
                last_used_step INTEGER NOT NULL DEFAULT 0,
                recovery_codes TEXT NOT NULL
            );
            """),
        (17, "localization: cultures, localization sets and translation sources; slugs unique per culture", """
            -- Every item is written in one culture and belongs to a localization set it shares with its translations (Orchard
            -- Core's model); a translation names the item it was translated from. Items that existed before were written in US
            -- English, the one culture the CMS served, and each starts a set of its own.
            ALTER TABLE content_items ADD COLUMN culture TEXT NOT NULL DEFAULT 'en-US';
            ALTER TABLE content_items ADD COLUMN localization_set TEXT NULL;
            ALTER TABLE content_items ADD COLUMN translation_of TEXT NULL;
            UPDATE content_items SET localization_set = content_item_id;
            -- One live item per set and culture: the database itself refuses a second Spanish translation of an article.
            CREATE UNIQUE INDEX ux_content_items_set_culture ON content_items (localization_set, culture) WHERE deleted_utc IS NULL;
            CREATE INDEX ix_content_items_translation_of ON content_items (translation_of, content_item_id) WHERE translation_of IS NOT NULL;

            -- Copied onto the versions like the owner (migration 9), so lists filter by culture without a join; each version of a
            -- translation also names the version of its source it follows.
            ALTER TABLE content_versions ADD COLUMN culture TEXT NOT NULL DEFAULT 'en-US';
            ALTER TABLE content_versions ADD COLUMN localization_set TEXT NOT NULL DEFAULT '';
            ALTER TABLE content_versions ADD COLUMN translation_of TEXT NULL;
            ALTER TABLE content_versions ADD COLUMN source_version_id TEXT NULL;
            UPDATE content_versions SET localization_set = content_item_id;
            -- A set's members by culture in each scope: a list in a culture with fallbacks looks, for each row of a fallback
            -- culture, for a member in a culture it prefers.
            CREATE INDEX ix_cv_pub_set ON content_versions (localization_set, culture, content_item_id) WHERE published = 1 AND deleted = 0;
            CREATE INDEX ix_cv_lat_set ON content_versions (localization_set, culture, content_item_id) WHERE latest = 1 AND deleted = 0;

            -- Slugs are unique per type and culture: a translation may keep its source's slug.
            CREATE TABLE content_slugs_by_culture (
                content_type TEXT NOT NULL,
                culture TEXT NOT NULL,
                slug TEXT NOT NULL,
                content_item_id TEXT NOT NULL REFERENCES content_items (content_item_id),
                PRIMARY KEY (content_type, culture, slug)
            );
            INSERT INTO content_slugs_by_culture (content_type, culture, slug, content_item_id)
                SELECT s.content_type, i.culture, s.slug, s.content_item_id FROM content_slugs s JOIN content_items i ON i.content_item_id = s.content_item_id;
            DROP TABLE content_slugs;
            ALTER TABLE content_slugs_by_culture RENAME TO content_slugs;
            CREATE INDEX ix_content_slugs_item ON content_slugs (content_item_id);
            -- Tags name topics by slug in any of a reader's cultures.
            CREATE INDEX ix_content_slugs_slug ON content_slugs (content_type, slug, culture);

            -- Search documents know their culture and set: each node analyzes the text in its language, and a search in a
            -- culture with fallbacks leaves out a document whose set has a member in a culture the reader prefers.
            ALTER TABLE search_documents ADD COLUMN culture TEXT NOT NULL DEFAULT 'en-US';
            ALTER TABLE search_documents ADD COLUMN localization_set TEXT NOT NULL DEFAULT '';
            UPDATE search_documents SET localization_set = content_item_id;
            CREATE INDEX ix_search_documents_set ON search_documents (localization_set, culture) WHERE in_public OR in_editorial;
            """),
        (18, "re-review lists: translations whose source changed, never-reviewed items in id order", """
            -- Set on a translation when its source publishes a version the translation does not follow; cleared when a version
            -- that follows the source's published one is published, or a reviewer renews the translation's review.
            ALTER TABLE content_items ADD COLUMN source_changed_utc TEXT NULL;
            CREATE INDEX ix_content_items_source_changed ON content_items (source_changed_utc, content_item_id) WHERE source_changed_utc IS NOT NULL;
            -- The re-review list starts with the published items no clinician signed, in id order, read from their own index (the
            -- review-date index holds them too, but not in id order, and translations waiting for a first signature add to them).
            CREATE INDEX ix_cv_pub_never_reviewed ON content_versions (content_type, content_item_id) WHERE published = 1 AND deleted = 0 AND reviewed_utc IS NULL;
            """),
        (19, "latest versions never published, in id order", """
            -- A latest list by publication time reads the versions never published last, by item id: the publication-time index
            -- holds them, but PostgreSQL cannot read "IS NULL" as one key value, so it sorted all of them to return a page.
            CREATE INDEX ix_cv_lat_unpublished ON content_versions (content_type, content_item_id, content_item_version_id) WHERE latest = 1 AND deleted = 0 AND published_utc IS NULL;
            """),
    ];
}
