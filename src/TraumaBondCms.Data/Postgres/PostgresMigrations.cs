namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations: the tables of <c>SqliteMigrations</c> in PostgreSQL's
/// own types. A migration, once released, never changes; the schema evolves by appending. Each runs in its own
/// transaction (PostgreSQL's DDL is transactional) and is recorded in <c>schema_migrations</c>.
/// </summary>
/// <remarks>
/// Identifiers, types and slugs use the "C" collation: they are opaque strings compared byte by byte, so list
/// order and cursors do not depend on the server's locale. JSON is stored as <c>text</c>, not <c>jsonb</c>: the
/// content hash is computed over the exact canonical text, which <c>jsonb</c> would re-format.
/// </remarks>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } =
    [
        (1, "content, users, audit log, settings", """
            CREATE TABLE content_items (
                content_item_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_type text COLLATE "C" NOT NULL,
                owner text NOT NULL,
                created_utc timestamptz NOT NULL,
                deleted_utc timestamptz NULL,
                deleted_by text NULL
            );

            CREATE TABLE content_versions (
                content_item_version_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_type text COLLATE "C" NOT NULL,
                version_number integer NOT NULL,
                latest boolean NOT NULL,
                published boolean NOT NULL,
                display_text text NOT NULL,
                slug text COLLATE "C" NULL,
                author text NOT NULL,
                modified_utc timestamptz NOT NULL,
                published_utc timestamptz NULL,
                content_hash text NOT NULL,
                fields text NOT NULL,
                UNIQUE (content_item_id, version_number)
            );
            -- The flags are the heart of versioning: the database itself refuses a second latest or published version.
            CREATE UNIQUE INDEX ux_content_versions_latest ON content_versions (content_item_id) WHERE latest;
            CREATE UNIQUE INDEX ux_content_versions_published ON content_versions (content_item_id) WHERE published;
            CREATE INDEX ix_content_versions_latest ON content_versions (content_type, modified_utc, content_item_version_id) WHERE latest;
            CREATE INDEX ix_content_versions_published ON content_versions (content_type, modified_utc, content_item_version_id) WHERE published;

            CREATE TABLE content_slugs (
                content_type text COLLATE "C" NOT NULL,
                slug text COLLATE "C" NOT NULL,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                PRIMARY KEY (content_type, slug)
            );
            CREATE INDEX ix_content_slugs_item ON content_slugs (content_item_id);

            CREATE TABLE content_field_index (
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                content_item_id text COLLATE "C" NOT NULL,
                content_type text COLLATE "C" NOT NULL,
                field_name text NOT NULL,
                text_value text NULL,
                number_value double precision NULL,
                bool_value boolean NULL
            );
            CREATE INDEX ix_content_field_index_text ON content_field_index (content_type, field_name, text_value);
            CREATE INDEX ix_content_field_index_number ON content_field_index (content_type, field_name, number_value);
            CREATE INDEX ix_content_field_index_version ON content_field_index (content_item_version_id);
            CREATE INDEX ix_content_field_index_item ON content_field_index (content_item_id);

            CREATE TABLE users (
                user_id text COLLATE "C" NOT NULL PRIMARY KEY,
                user_name text NOT NULL,
                normalized_user_name text COLLATE "C" NOT NULL UNIQUE,
                display_name text NOT NULL,
                email text NULL,
                password_hash text NOT NULL,
                security_stamp text NOT NULL,
                roles text NOT NULL,
                credential text NULL,
                failed_sign_ins integer NOT NULL DEFAULT 0,
                lockout_end_utc timestamptz NULL,
                disabled boolean NOT NULL DEFAULT false,
                created_utc timestamptz NOT NULL
            );

            CREATE TABLE roles (
                name text COLLATE "C" NOT NULL PRIMARY KEY,
                description text NULL,
                permissions text NOT NULL
            );

            CREATE TABLE settings (
                setting_key text COLLATE "C" NOT NULL PRIMARY KEY,
                setting_value text NOT NULL
            );

            CREATE TABLE content_types (
                name text COLLATE "C" NOT NULL PRIMARY KEY,
                definition text NOT NULL
            );

            CREATE TABLE recipe_runs (
                run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                recipe_name text NOT NULL,
                recipe_hash text NOT NULL,
                ran_utc timestamptz NOT NULL,
                ran_by text NULL
            );

            CREATE TABLE audit_log (
                audit_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                occurred_utc timestamptz NOT NULL,
                actor text NULL,
                action text NOT NULL,
                content_item_id text COLLATE "C" NULL,
                content_item_version_id text COLLATE "C" NULL,
                content_hash text NULL,
                from_status text NULL,
                to_status text NULL,
                reason text NULL,
                details text NULL
            );
            CREATE INDEX ix_audit_log_item ON audit_log (content_item_id, audit_id);
            CREATE INDEX ix_audit_log_actor ON audit_log (actor, audit_id);
            CREATE INDEX ix_audit_log_time ON audit_log (occurred_utc);
            -- Append-only, enforced by the database and not only by the absence of code paths. Statement-level, so
            -- even an UPDATE or DELETE that matches no row is refused, and TRUNCATE (which fires no row triggers) too.
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: entries cannot be %',
                    CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END
                    USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$;
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
            """),
        (2, "clinical workflow: statuses, approvals, comments, schedules, follow-up", """
            ALTER TABLE content_versions ADD COLUMN workflow_status text COLLATE "C" NOT NULL DEFAULT 'Draft';
            CREATE INDEX ix_content_versions_status ON content_versions (workflow_status, modified_utc) WHERE latest;
            ALTER TABLE content_items ADD COLUMN follow_up_reason text NULL;
            ALTER TABLE content_items ADD COLUMN follow_up_utc timestamptz NULL;

            CREATE TABLE workflows (
                name text COLLATE "C" NOT NULL PRIMARY KEY,
                definition text NOT NULL
            );

            CREATE TABLE approvals (
                approval_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash text NOT NULL,
                reviewer text NOT NULL,
                reviewer_display_name text NOT NULL,
                credential text NOT NULL,
                signed_utc timestamptz NOT NULL,
                kind text COLLATE "C" NOT NULL,
                comment text NULL,
                voided_utc timestamptz NULL,
                voided_reason text NULL
            );
            CREATE INDEX ix_approvals_item ON approvals (content_item_id, signed_utc);

            CREATE TABLE review_comments (
                comment_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                parent_id text COLLATE "C" NULL REFERENCES review_comments (comment_id),
                author text NOT NULL,
                body text NOT NULL,
                field text NULL,
                range_start integer NULL,
                range_end integer NULL,
                quoted_text text NULL,
                created_utc timestamptz NOT NULL,
                resolved_utc timestamptz NULL,
                resolved_by text NULL
            );
            CREATE INDEX ix_review_comments_item ON review_comments (content_item_id, created_utc);

            CREATE TABLE schedules (
                schedule_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id text COLLATE "C" NOT NULL,
                action text COLLATE "C" NOT NULL,
                due_utc timestamptz NOT NULL,
                created_by text NOT NULL,
                created_utc timestamptz NOT NULL,
                state text COLLATE "C" NOT NULL,
                claimed_by text NULL,
                claimed_utc timestamptz NULL,
                completed_utc timestamptz NULL,
                outcome text NULL
            );
            CREATE INDEX ix_schedules_pending ON schedules (state, due_utc);
            CREATE INDEX ix_schedules_item ON schedules (content_item_id);
            """),
        (3, "webhooks: subscriptions, delivery outbox, review notices", """
            CREATE TABLE webhooks (
                webhook_id text COLLATE "C" NOT NULL PRIMARY KEY,
                url text NOT NULL,
                events text NOT NULL,
                secret text NOT NULL,
                description text NULL,
                created_by text NOT NULL,
                created_utc timestamptz NOT NULL,
                active boolean NOT NULL
            );

            -- The outbox: a row per (event, webhook), written in the transaction of the change, sent by a dispatcher later.
            CREATE TABLE webhook_deliveries (
                delivery_id text COLLATE "C" NOT NULL PRIMARY KEY,
                webhook_id text COLLATE "C" NOT NULL REFERENCES webhooks (webhook_id),
                event text COLLATE "C" NOT NULL,
                payload text NOT NULL,
                state text COLLATE "C" NOT NULL CHECK (state IN ('Pending', 'Delivered', 'Failed')),
                attempts integer NOT NULL,
                next_attempt_utc timestamptz NOT NULL,
                last_attempt_utc timestamptz NULL,
                last_status_code integer NULL,
                last_error text NULL,
                created_utc timestamptz NOT NULL,
                delivered_utc timestamptz NULL,
                claimed_by text NULL,
                lease_expires_utc timestamptz NULL
            );
            CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (state, next_attempt_utc);
            CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_utc);

            -- One announcement of an overdue review per item and published hash.
            CREATE TABLE review_notices (
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_hash text COLLATE "C" NOT NULL,
                notified_utc timestamptz NOT NULL,
                PRIMARY KEY (content_item_id, content_hash)
            );
            """),
        (4, "search: documents, public and editorial indexes, zero-result counts", """
            -- English stemming after accent folding, like SQLite's 'porter unicode61 remove_diacritics 2', and, like it, no
            -- stop words in the index: the query parser alone decides which words to ignore, so "no contact" stays a phrase.
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE TEXT SEARCH DICTIONARY tbcms_english_stem (TEMPLATE = snowball, Language = english);
            CREATE TEXT SEARCH CONFIGURATION tbcms_search (COPY = pg_catalog.english);
            ALTER TEXT SEARCH CONFIGURATION tbcms_search
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, tbcms_english_stem;

            CREATE TABLE search_documents (
                doc_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                content_item_version_id text COLLATE "C" NOT NULL UNIQUE REFERENCES content_versions (content_item_version_id),
                content_item_id text COLLATE "C" NOT NULL,
                content_type text COLLATE "C" NOT NULL,
                in_public boolean NOT NULL DEFAULT false,
                in_editorial boolean NOT NULL DEFAULT false,
                title text NOT NULL,
                tags text NOT NULL,
                summary text NOT NULL,
                body text NOT NULL,
                tsv tsvector NOT NULL
            );
            CREATE INDEX ix_search_documents_item ON search_documents (content_item_id);
            -- One partial index per scope: flipping a flag is the whole index update.
            CREATE INDEX ix_search_documents_public ON search_documents USING gin (tsv) WHERE in_public;
            CREATE INDEX ix_search_documents_editorial ON search_documents USING gin (tsv) WHERE in_editorial;

            -- Facet values per document (0: content type, 1: topic slug).
            CREATE TABLE search_document_facets (
                doc_id bigint NOT NULL REFERENCES search_documents (doc_id),
                facet smallint NOT NULL,
                value text COLLATE "C" NOT NULL,
                PRIMARY KEY (doc_id, facet, value)
            );
            CREATE INDEX ix_search_document_facets_value ON search_document_facets (facet, value, doc_id);

            CREATE TABLE search_zero_results (
                query_key text COLLATE "C" NOT NULL PRIMARY KEY,
                occurrences bigint NOT NULL,
                query_text text NULL
            );
            """),
        (5, "safety checks: resource verifications and check runs", """
            -- Verifying never creates a content version: the record points at the version checked and keeps the checked values.
            CREATE TABLE resource_verifications (
                verification_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash text NOT NULL,
                channels_hash text NOT NULL,
                channels text NOT NULL,
                verified_by text NOT NULL,
                verified_by_display_name text NOT NULL,
                verified_utc timestamptz NOT NULL,
                kind text COLLATE "C" NOT NULL,
                note text NULL
            );
            CREATE INDEX ix_resource_verifications_item ON resource_verifications (content_item_id, verified_utc);

            CREATE TABLE safety_check_runs (
                run_id text COLLATE "C" NOT NULL PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL REFERENCES content_items (content_item_id),
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                content_hash text NOT NULL,
                trigger_name text COLLATE "C" NOT NULL,
                ran_utc timestamptz NOT NULL,
                error_count integer NOT NULL,
                warning_count integer NOT NULL,
                report text NOT NULL
            );
            CREATE INDEX ix_safety_check_runs_item ON safety_check_runs (content_item_id, ran_utc);

            -- Both are records of what was checked: append-only, like the audit log.
            CREATE FUNCTION safety_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$;
            CREATE TRIGGER resource_verifications_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON resource_verifications
                FOR EACH STATEMENT EXECUTE FUNCTION safety_records_refuse_change();
            CREATE TRIGGER safety_check_runs_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON safety_check_runs
                FOR EACH STATEMENT EXECUTE FUNCTION safety_records_refuse_change();
            """),
        (6, "content GraphQL: preview tokens, content generation", """
            -- Preview tokens: only the SHA-256 hash of each secret is stored.
            CREATE TABLE preview_tokens (
                token_id text COLLATE "C" NOT NULL PRIMARY KEY,
                token_hash text COLLATE "C" NOT NULL UNIQUE,
                content_item_id text COLLATE "C" NULL REFERENCES content_items (content_item_id),
                label text NULL,
                created_by text NOT NULL,
                created_utc timestamptz NOT NULL,
                expires_utc timestamptz NOT NULL,
                revoked_utc timestamptz NULL,
                revoked_by text NULL
            );
            CREATE INDEX ix_preview_tokens_created ON preview_tokens (created_utc);

            -- The content generation: raised by the database, in the transaction of the change, whenever anything an
            -- anonymous reader can see may have changed, whichever code path (or process) made the change. Caches of
            -- published content are valid only for the generation they were read at.
            CREATE TABLE content_generation (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                generation bigint NOT NULL
            );
            INSERT INTO content_generation (id, generation) VALUES (1, 1);
            CREATE FUNCTION content_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE content_generation SET generation = generation + 1 WHERE id = 1;
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER content_generation_version_insert AFTER INSERT ON content_versions
                FOR EACH ROW WHEN (NEW.published) EXECUTE FUNCTION content_generation_bump();
            CREATE TRIGGER content_generation_version_update AFTER UPDATE ON content_versions
                FOR EACH ROW WHEN (OLD.published OR NEW.published) EXECUTE FUNCTION content_generation_bump();
            CREATE TRIGGER content_generation_version_delete AFTER DELETE ON content_versions
                FOR EACH ROW WHEN (OLD.published) EXECUTE FUNCTION content_generation_bump();
            CREATE TRIGGER content_generation_items AFTER UPDATE OR DELETE ON content_items
                FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
            CREATE TRIGGER content_generation_approvals AFTER INSERT OR UPDATE ON approvals
                FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
            """),
        (7, "search: write buffers for bulk indexing", """
            -- Up to 8 MB of new entries per GIN index are kept in its pending list and merged in one pass (4 MB by default).
            ALTER INDEX ix_search_documents_public SET (gin_pending_list_limit = 8192);
            ALTER INDEX ix_search_documents_editorial SET (gin_pending_list_limit = 8192);
            """),
        (8, "hardening: shared Data Protection key ring, sign-in sessions", """
            -- The ASP.NET Core Data Protection key ring (keys and revocations as XML elements, encrypted when a certificate is
            -- configured): every node on the database signs and reads cookies and bearer tokens with the same keys.
            CREATE TABLE data_protection_keys (
                key_row bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                friendly_name text NOT NULL,
                xml text NOT NULL,
                stored_utc timestamptz NOT NULL
            );

            -- One row per sign-in (cookie or bearer token), checked on every request: signing out ends it here, so a copy
            -- of the cookie or token stops working at once. Only the SHA-256 of the session id is kept.
            CREATE TABLE sign_in_sessions (
                session_hash text COLLATE "C" NOT NULL PRIMARY KEY,
                user_id text COLLATE "C" NOT NULL REFERENCES users (user_id),
                kind text COLLATE "C" NOT NULL,
                started_utc timestamptz NOT NULL,
                expires_utc timestamptz NOT NULL,
                ended_utc timestamptz NULL
            );
            CREATE INDEX ix_sign_in_sessions_user ON sign_in_sessions (user_id) WHERE ended_utc IS NULL;
            CREATE INDEX ix_sign_in_sessions_expires ON sign_in_sessions (expires_utc);
            """),
        (9, "read path at scale: list indexes in keyset order, denormalized list columns, review dates", """
            -- The content generation rises once per statement that writes a published version, not once per row: raising it
            -- row by row, a bulk import (or this migration's backfill) updated one row thousands of times in a transaction,
            -- and each update walks the chain of that row's earlier versions (quadratic time).
            DROP TRIGGER content_generation_version_insert ON content_versions;
            DROP TRIGGER content_generation_version_update ON content_versions;
            DROP TRIGGER content_generation_version_delete ON content_versions;
            CREATE FUNCTION content_generation_bump_for_versions() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changed boolean;
            BEGIN
                -- Each branch names only the transition tables its event has.
                IF TG_OP = 'INSERT' THEN
                    changed := EXISTS (SELECT 1 FROM new_versions WHERE published);
                ELSIF TG_OP = 'UPDATE' THEN
                    changed := EXISTS (SELECT 1 FROM new_versions WHERE published) OR EXISTS (SELECT 1 FROM old_versions WHERE published);
                ELSE
                    changed := EXISTS (SELECT 1 FROM old_versions WHERE published);
                END IF;

                IF changed THEN
                    UPDATE content_generation SET generation = generation + 1 WHERE id = 1;
                END IF;

                RETURN NULL;
            END
            $$;
            CREATE TRIGGER content_generation_version_insert AFTER INSERT ON content_versions
                REFERENCING NEW TABLE AS new_versions FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump_for_versions();
            CREATE TRIGGER content_generation_version_update AFTER UPDATE ON content_versions
                REFERENCING OLD TABLE AS old_versions NEW TABLE AS new_versions FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump_for_versions();
            CREATE TRIGGER content_generation_version_delete AFTER DELETE ON content_versions
                REFERENCING OLD TABLE AS old_versions FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump_for_versions();

            -- Every list reads one table: the item's owner and creation time (both fixed when the item is created) and its
            -- deletion are copied onto its versions, so a list never joins content_items to filter or sort.
            ALTER TABLE content_versions ADD COLUMN owner text NOT NULL DEFAULT '';
            ALTER TABLE content_versions ADD COLUMN created_utc timestamptz NULL;
            ALTER TABLE content_versions ADD COLUMN deleted boolean NOT NULL DEFAULT false;
            -- The newest valid clinical signature of the version's hash, kept by the workflow repository, so the re-review
            -- list reads the items due first from an index instead of computing every item's date.
            ALTER TABLE content_versions ADD COLUMN reviewed_utc timestamptz NULL;
            UPDATE content_versions v SET owner = i.owner, created_utc = i.created_utc, deleted = i.deleted_utc IS NOT NULL,
                reviewed_utc = (SELECT MAX(a.signed_utc) FROM approvals a
                    WHERE a.content_item_id = v.content_item_id AND a.content_hash = v.content_hash
                      AND a.voided_utc IS NULL AND a.kind IN ('Approval', 'Renewal'))
            FROM content_items i WHERE i.content_item_id = v.content_item_id;
            ALTER TABLE content_versions ALTER COLUMN created_utc SET NOT NULL;
            ALTER TABLE content_versions ALTER COLUMN owner DROP DEFAULT;

            -- One index per list scope and order key, in keyset order: (type, key, item id) with the version id, so choosing a
            -- page reads only index entries (an index-only scan once the table is vacuumed).
            DROP INDEX ix_content_versions_latest;
            DROP INDEX ix_content_versions_published;
            DROP INDEX ix_content_versions_status;
            CREATE INDEX ix_cv_pub_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_id ON content_versions (content_type, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_title ON content_versions (content_type, display_text, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_slug ON content_versions (content_type, slug, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_created ON content_versions (content_type, created_utc, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_published ON content_versions (content_type, published_utc, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_pub_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_lat_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_id ON content_versions (content_type, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_title ON content_versions (content_type, display_text, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_slug ON content_versions (content_type, slug, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_created ON content_versions (content_type, created_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_published ON content_versions (content_type, published_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_draft_modified ON content_versions (content_type, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT published AND NOT deleted;
            CREATE INDEX ix_cv_draft_all_modified ON content_versions (modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT published AND NOT deleted;
            CREATE INDEX ix_cv_lat_status ON content_versions (workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_type_status ON content_versions (content_type, workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_owner ON content_versions (owner, workflow_status, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_lat_owner_modified ON content_versions (owner, modified_utc, content_item_id, content_item_version_id) WHERE latest AND NOT deleted;
            CREATE INDEX ix_cv_pub_reviewed ON content_versions (content_type, reviewed_utc, content_item_id) WHERE published AND NOT deleted;

            -- Field index rows in keyset order for ordering by a field (each row in the index of its kind of value only), and
            -- per version for filtering while walking a list.
            -- Text values compare byte by byte ("C"), like the ids and slugs a relation matches them with (an index on another
            -- collation cannot answer such a comparison) and like SQLite orders them.
            DROP INDEX ix_content_field_index_text;
            ALTER TABLE content_field_index ALTER COLUMN text_value TYPE text COLLATE "C";
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
            ALTER TABLE approvals
                ADD COLUMN meaning text NULL,
                ADD COLUMN credential_confirmed_by text NULL,
                ADD COLUMN credential_confirmed_utc timestamptz NULL,
                ADD COLUMN credential_independently_confirmed boolean NOT NULL DEFAULT false,
                ADD COLUMN signing_key_id text COLLATE "C" NULL,
                ADD COLUMN signature text NULL;

            -- Who created each account and who granted and confirmed its credential (two-person rule). Credentials that
            -- existed before have no confirmation: a second administrator confirms them before they sign again.
            ALTER TABLE users
                ADD COLUMN created_by text NULL,
                ADD COLUMN credential_granted_by text NULL,
                ADD COLUMN credential_granted_utc timestamptz NULL,
                ADD COLUMN credential_confirmed_by text NULL,
                ADD COLUMN credential_confirmed_utc timestamptz NULL;

            -- How and when the person checked a resource's contact details.
            ALTER TABLE resource_verifications
                ADD COLUMN method text COLLATE "C" NULL,
                ADD COLUMN checked_utc timestamptz NULL;

            -- Skipped schedules are shown to whoever scheduled them.
            CREATE INDEX ix_schedules_owner ON schedules (created_by, state, completed_utc, schedule_id);

            -- Recipes' sample "approvals" (unreviewed content published for a first look), found at start to be taken offline
            -- where samples are not served.
            CREATE INDEX ix_approvals_recipe ON approvals (content_item_id, content_hash) WHERE kind = 'Recipe' AND voided_utc IS NULL;
            """),
        (11, "search: change log for the per-node Lucene indexes; database full-text indexes and facet rows dropped", """
            -- Search moved to a Lucene index per node (docs/search.md): the database keeps the documents, their membership
            -- flags and a log of what changed, appended in the content transaction; each node applies the log to its index.
            -- The tsvector column, its GIN indexes and text search configuration go (no trigger fed them: the application
            -- computed the tsvector), and facet values live in the document row.
            DROP INDEX ix_search_documents_public;
            DROP INDEX ix_search_documents_editorial;
            ALTER TABLE search_documents DROP COLUMN tsv;
            DROP TEXT SEARCH CONFIGURATION tbcms_search;
            DROP TEXT SEARCH DICTIONARY tbcms_english_stem;
            ALTER TABLE search_documents ADD COLUMN topics text NOT NULL DEFAULT '';
            UPDATE search_documents d SET topics = COALESCE((
                SELECT string_agg(f.value, E'\n' ORDER BY f.value) FROM search_document_facets f WHERE f.doc_id = d.doc_id AND f.facet = 1), '');
            DROP TABLE search_document_facets;
            CREATE INDEX ix_search_documents_indexed ON search_documents (doc_id) WHERE in_public OR in_editorial;

            -- One row per item and scope whose index entry changed. Writers hold the writer lock from their first statement
            -- to their commit, so seq, drawn inside the transaction, rises with commit order.
            CREATE TABLE search_changes (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                content_item_id text COLLATE "C" NOT NULL,
                content_item_version_id text COLLATE "C" NULL,
                scope text COLLATE "C" NOT NULL,
                changed_utc timestamptz NOT NULL
            );
            CREATE INDEX ix_search_changes_changed ON search_changes (changed_utc);

            -- The highest sequence pruned from the log: a node whose index is older than that rebuilds it.
            CREATE TABLE search_changes_pruned (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                through_seq bigint NOT NULL
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
                sha256 text COLLATE "C" NOT NULL PRIMARY KEY,
                mime_type text NOT NULL,
                byte_length bigint NOT NULL,
                width integer NULL,
                height integer NULL,
                dominant_color text NULL,
                blur_hash text NULL,
                created_utc timestamptz NOT NULL
            );

            CREATE TABLE media_assets (
                asset_id text COLLATE "C" NOT NULL PRIMARY KEY,
                file_name text NOT NULL,
                kind text NOT NULL,
                sha256 text COLLATE "C" NOT NULL REFERENCES media_files (sha256),
                alt text NULL,
                tags text NOT NULL,
                search_text text NOT NULL,
                focal_x double precision NOT NULL,
                focal_y double precision NOT NULL,
                created_by text NOT NULL,
                created_utc timestamptz NOT NULL,
                modified_by text NOT NULL,
                modified_utc timestamptz NOT NULL,
                deleted_utc timestamptz NULL,
                deleted_by text NULL
            );
            -- The library's pages (newest first) and the upload's duplicate check.
            CREATE INDEX ix_media_assets_created ON media_assets (created_utc DESC, asset_id DESC) WHERE deleted_utc IS NULL;
            CREATE INDEX ix_media_assets_sha256 ON media_assets (sha256) WHERE deleted_utc IS NULL;

            -- A live asset's tags, with its creation time, so a tag's page of the library is a walk of one index in the library's order.
            CREATE TABLE media_asset_tags (
                asset_id text COLLATE "C" NOT NULL REFERENCES media_assets (asset_id),
                tag text COLLATE "C" NOT NULL,
                created_utc timestamptz NOT NULL,
                PRIMARY KEY (asset_id, tag)
            );
            CREATE INDEX ix_media_asset_tags_page ON media_asset_tags (tag, created_utc DESC, asset_id DESC);

            -- Every file an asset has had: a version may use any of them, and keeps using it after a replacement.
            CREATE TABLE media_asset_files (
                asset_id text COLLATE "C" NOT NULL REFERENCES media_assets (asset_id),
                sha256 text COLLATE "C" NOT NULL REFERENCES media_files (sha256),
                added_utc timestamptz NOT NULL,
                PRIMARY KEY (asset_id, sha256)
            );

            -- Which version uses which asset's file in which field: usage lists, the delete guard, anonymous access.
            CREATE TABLE media_uses (
                content_item_version_id text COLLATE "C" NOT NULL REFERENCES content_versions (content_item_version_id),
                field text COLLATE "C" NOT NULL,
                asset_id text COLLATE "C" NOT NULL REFERENCES media_assets (asset_id),
                sha256 text COLLATE "C" NOT NULL REFERENCES media_files (sha256),
                PRIMARY KEY (content_item_version_id, field, asset_id, sha256)
            );
            CREATE INDEX ix_media_uses_asset ON media_uses (asset_id, content_item_version_id);
            CREATE INDEX ix_media_uses_sha256 ON media_uses (sha256, content_item_version_id);
            """),
        (15, "tamper evidence: approval chain, signed verifications, hash-chained audit log, signed heads", """
            -- Approvals signed in statement format 2 also sign the item's previous approval and how the signer identified
            -- themselves; earlier ones stay format 1 and keep verifying as they were signed.
            ALTER TABLE approvals
                ADD COLUMN statement_format integer NOT NULL DEFAULT 1,
                ADD COLUMN previous_approval_id text COLLATE "C" NULL,
                ADD COLUMN signed_with text NULL;

            -- A resource verification is a signed statement too (older records stay unsigned and no longer count for publishing).
            ALTER TABLE resource_verifications
                ADD COLUMN statement_format integer NULL,
                ADD COLUMN signed_with text NULL,
                ADD COLUMN signing_key_id text COLLATE "C" NULL,
                ADD COLUMN signature text NULL;

            -- The audit log as a hash chain: each entry stores the previous entry's hash and its own. Entries written before
            -- keep no hash; the chain runs through them (the first stored previous_hash covers all of them).
            ALTER TABLE audit_log
                ADD COLUMN previous_hash text COLLATE "C" NULL,
                ADD COLUMN entry_hash text COLLATE "C" NULL;

            -- Signed heads of the chain (also appended to a file outside the database): append-only.
            CREATE TABLE audit_heads (
                sequence bigint NOT NULL PRIMARY KEY,
                head_hash text COLLATE "C" NOT NULL,
                signed_utc timestamptz NOT NULL,
                signing_key_id text COLLATE "C" NOT NULL,
                signature text NOT NULL
            );
            CREATE FUNCTION audit_heads_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_heads is append-only: heads cannot be %',
                    CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END
                    USING ERRCODE = 'integrity_constraint_violation';
            END;
            $$;
            CREATE TRIGGER audit_heads_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_heads
                FOR EACH STATEMENT EXECUTE FUNCTION audit_heads_refuse_change();
            """),
        (16, "second factor: TOTP secrets and recovery codes", """
            -- One row per user who set up an authenticator app: the secret protected with the Data Protection key ring,
            -- confirmed_utc null until a first code proved the app has it, the last time step used (a code counts once),
            -- and the SHA-256 hashes of the recovery codes as JSON.
            CREATE TABLE second_factors (
                user_id text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES users (user_id),
                secret text NOT NULL,
                created_utc timestamptz NOT NULL,
                confirmed_utc timestamptz NULL,
                last_used_step bigint NOT NULL DEFAULT 0,
                recovery_codes text NOT NULL
            );
            """),
        (17, "localization: cultures, localization sets and translation sources; slugs unique per culture", """
            -- Every item is written in one culture and belongs to a localization set it shares with its translations (Orchard
            -- Core's model); a translation names the item it was translated from. Items that existed before were written in US
            -- English, the one culture the CMS served, and each starts a set of its own.
            ALTER TABLE content_items
                ADD COLUMN culture text COLLATE "C" NOT NULL DEFAULT 'en-US',
                ADD COLUMN localization_set text COLLATE "C" NULL,
                ADD COLUMN translation_of text COLLATE "C" NULL;
            UPDATE content_items SET localization_set = content_item_id;
            ALTER TABLE content_items ALTER COLUMN localization_set SET NOT NULL;
            ALTER TABLE content_items ALTER COLUMN culture DROP DEFAULT;
            -- One live item per set and culture: the database itself refuses a second Spanish translation of an article.
            CREATE UNIQUE INDEX ux_content_items_set_culture ON content_items (localization_set, culture) WHERE deleted_utc IS NULL;
            CREATE INDEX ix_content_items_translation_of ON content_items (translation_of, content_item_id) WHERE translation_of IS NOT NULL;

            -- Copied onto the versions like the owner (migration 9), so lists filter by culture without a join; each version of a
            -- translation also names the version of its source it follows.
            ALTER TABLE content_versions
                ADD COLUMN culture text COLLATE "C" NOT NULL DEFAULT 'en-US',
                ADD COLUMN localization_set text COLLATE "C" NULL,
                ADD COLUMN translation_of text COLLATE "C" NULL,
                ADD COLUMN source_version_id text COLLATE "C" NULL;
            UPDATE content_versions SET localization_set = content_item_id;
            ALTER TABLE content_versions ALTER COLUMN localization_set SET NOT NULL;
            ALTER TABLE content_versions ALTER COLUMN culture DROP DEFAULT;
            -- A set's members by culture in each scope: a list in a culture with fallbacks looks, for each row of a fallback
            -- culture, for a member in a culture it prefers.
            CREATE INDEX ix_cv_pub_set ON content_versions (localization_set, culture, content_item_id) WHERE published AND NOT deleted;
            CREATE INDEX ix_cv_lat_set ON content_versions (localization_set, culture, content_item_id) WHERE latest AND NOT deleted;

            -- Slugs are unique per type and culture: a translation may keep its source's slug.
            ALTER TABLE content_slugs ADD COLUMN culture text COLLATE "C" NULL;
            UPDATE content_slugs s SET culture = i.culture FROM content_items i WHERE i.content_item_id = s.content_item_id;
            ALTER TABLE content_slugs ALTER COLUMN culture SET NOT NULL;
            ALTER TABLE content_slugs DROP CONSTRAINT content_slugs_pkey;
            ALTER TABLE content_slugs ADD PRIMARY KEY (content_type, culture, slug);
            -- Tags name topics by slug in any of a reader's cultures.
            CREATE INDEX ix_content_slugs_slug ON content_slugs (content_type, slug, culture);

            -- Search documents know their culture and set: each node analyzes the text in its language, and a search in a
            -- culture with fallbacks leaves out a document whose set has a member in a culture the reader prefers.
            ALTER TABLE search_documents
                ADD COLUMN culture text COLLATE "C" NOT NULL DEFAULT 'en-US',
                ADD COLUMN localization_set text COLLATE "C" NULL;
            UPDATE search_documents SET localization_set = content_item_id;
            ALTER TABLE search_documents ALTER COLUMN localization_set SET NOT NULL;
            ALTER TABLE search_documents ALTER COLUMN culture DROP DEFAULT;
            CREATE INDEX ix_search_documents_set ON search_documents (localization_set, culture) WHERE in_public OR in_editorial;
            """),
        (18, "re-review lists: translations whose source changed, never-reviewed items in id order", """
            -- Set on a translation when its source publishes a version the translation does not follow; cleared when a version
            -- that follows the source's published one is published, or a reviewer renews the translation's review.
            ALTER TABLE content_items ADD COLUMN source_changed_utc timestamptz NULL;
            CREATE INDEX ix_content_items_source_changed ON content_items (source_changed_utc, content_item_id) WHERE source_changed_utc IS NOT NULL;
            -- The re-review list starts with the published items no clinician signed, in id order, read from their own index (the
            -- review-date index holds them too, but not in id order, and translations waiting for a first signature add to them).
            CREATE INDEX ix_cv_pub_never_reviewed ON content_versions (content_type, content_item_id) WHERE published AND NOT deleted AND reviewed_utc IS NULL;
            """),
        (19, "latest versions never published, in id order", """
            -- A latest list by publication time reads the versions never published last, by item id: the publication-time index
            -- holds them, but PostgreSQL cannot read "IS NULL" as one key value, so it sorted all of them to return a page.
            CREATE INDEX ix_cv_lat_unpublished ON content_versions (content_type, content_item_id, content_item_version_id) WHERE latest AND NOT deleted AND published_utc IS NULL;
            """),
    ];
}
