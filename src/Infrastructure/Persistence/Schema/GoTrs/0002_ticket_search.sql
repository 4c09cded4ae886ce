-- Search indexes (GoTrs additions: new indexes only, no OTRS column changed).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Partial ticket numbers and titles: trigram indexes serve LIKE/ILIKE '%…%'.
CREATE INDEX IF NOT EXISTS gotrs_ticket_tn_trgm ON ticket USING gin (tn gin_trgm_ops);
CREATE INDEX IF NOT EXISTS gotrs_ticket_title_trgm ON ticket USING gin (title gin_trgm_ops);

-- Full text over article subject and body. The expression must stay identical to the one the API queries with.
CREATE INDEX IF NOT EXISTS gotrs_article_fulltext ON article_data_mime
    USING gin (to_tsvector('simple'::regconfig, ((COALESCE(a_subject, ''::character varying))::text || ' '::text) || (COALESCE(a_body, ''::character varying))::text));

-- Lists sort and page by these.
CREATE INDEX IF NOT EXISTS gotrs_ticket_queue_state ON ticket (queue_id, ticket_state_id, id);
CREATE INDEX IF NOT EXISTS gotrs_article_ticket_id ON article (ticket_id, id);
