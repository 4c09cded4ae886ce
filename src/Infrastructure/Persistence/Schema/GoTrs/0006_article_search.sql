-- Full-text search documents, one per article_data_mime row, kept by triggers on the OTRS tables (so articles that
-- Znuny writes into a shared database are found too). Storing the tsvector means checking a candidate costs
-- microseconds instead of re-parsing the article body, which is what searching for a frequent word does for
-- thousands of candidates; the ticket id beside it lets a search walk tickets newest first and stop at the page.
-- The triggers fire in replica mode too (ENABLE ALWAYS), because bulk loads run with session_replication_role.
CREATE TABLE gotrs_article_search (
    id bigint NOT NULL,
    article_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    is_visible_for_customer smallint NOT NULL,
    document tsvector NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gotrs_article_search_id_id FOREIGN KEY (id) REFERENCES article_data_mime (id) ON DELETE CASCADE
);

CREATE FUNCTION gotrs_article_document(p_subject varchar, p_body varchar) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, COALESCE(p_subject, '') || ' ' || COALESCE(p_body, ''))
$$;

CREATE FUNCTION gotrs_article_search_from_mime() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gotrs_article_search (id, article_id, ticket_id, is_visible_for_customer, document)
    SELECT NEW.id, NEW.article_id, a.ticket_id, a.is_visible_for_customer, gotrs_article_document(NEW.a_subject, NEW.a_body)
    FROM article a WHERE a.id = NEW.article_id
    ON CONFLICT (id) DO UPDATE SET article_id = EXCLUDED.article_id, ticket_id = EXCLUDED.ticket_id,
        is_visible_for_customer = EXCLUDED.is_visible_for_customer, document = EXCLUDED.document;
    RETURN NULL;
END
$$;

CREATE FUNCTION gotrs_article_search_from_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE gotrs_article_search SET ticket_id = NEW.ticket_id, is_visible_for_customer = NEW.is_visible_for_customer
    WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER gotrs_article_search_mime AFTER INSERT OR UPDATE OF article_id, a_subject, a_body ON article_data_mime
    FOR EACH ROW EXECUTE FUNCTION gotrs_article_search_from_mime();
ALTER TABLE article_data_mime ENABLE ALWAYS TRIGGER gotrs_article_search_mime;

CREATE TRIGGER gotrs_article_search_article AFTER UPDATE OF ticket_id, is_visible_for_customer ON article
    FOR EACH ROW WHEN (OLD.ticket_id IS DISTINCT FROM NEW.ticket_id
                       OR OLD.is_visible_for_customer IS DISTINCT FROM NEW.is_visible_for_customer)
    EXECUTE FUNCTION gotrs_article_search_from_article();
ALTER TABLE article ENABLE ALWAYS TRIGGER gotrs_article_search_article;

-- Articles already there (an adopted Znuny database, or GoTrs before this script).
INSERT INTO gotrs_article_search (id, article_id, ticket_id, is_visible_for_customer, document)
SELECT m.id, m.article_id, a.ticket_id, a.is_visible_for_customer, gotrs_article_document(m.a_subject, m.a_body)
FROM article_data_mime m JOIN article a ON a.id = m.article_id;

CREATE INDEX gotrs_article_search_document ON gotrs_article_search USING gin (document);
CREATE INDEX gotrs_article_search_ticket ON gotrs_article_search (ticket_id);
CREATE INDEX gotrs_article_search_article ON gotrs_article_search (article_id);

-- The expression index the search used before is superseded.
DROP INDEX IF EXISTS gotrs_article_fulltext;
