-- Live ticket events for Server-Sent Events (ADR 0030). Every ticket change writes ticket_history in OTRS, whoever
-- makes it (this API on any instance, mail ingestion, Znuny itself), so a trigger on ticket_history records an event
-- per history row and notifies listeners once per transaction with the transaction id; a listener loads exactly the
-- events of that transaction after it committed. Rows are pruned after a retention period.
CREATE TABLE gotrs_ticket_event (
    id bigserial PRIMARY KEY,
    ticket_id bigint NOT NULL,
    queue_id integer NOT NULL,
    kind varchar(40) NOT NULL,
    history_type varchar(200) NOT NULL,
    article_id bigint NULL,
    user_id integer NOT NULL,
    transaction_id bigint NOT NULL DEFAULT txid_current(),
    create_time timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gotrs_ticket_event_transaction ON gotrs_ticket_event (transaction_id);
CREATE INDEX gotrs_ticket_event_create_time ON gotrs_ticket_event (create_time);

CREATE FUNCTION gotrs_record_ticket_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gotrs_ticket_event (ticket_id, queue_id, kind, history_type, article_id, user_id)
    SELECT h.ticket_id, h.queue_id,
           CASE
               WHEN ht.name = 'NewTicket' THEN 'TicketCreated'
               WHEN ht.name = 'Merged' THEN 'TicketMerged'
               WHEN ht.name IN ('AddNote', 'FollowUp', 'EmailAgent', 'EmailCustomer', 'PhoneCallAgent', 'PhoneCallCustomer',
                                'WebRequestCustomer', 'SendAnswer', 'Forward', 'Bounce', 'SendAutoReply',
                                'SendAutoReject', 'SendAutoFollowUp') THEN 'ArticleCreated'
               ELSE 'TicketUpdated'
           END,
           coalesce(ht.name, ''), h.article_id, h.create_by
    FROM inserted_history h
    LEFT JOIN ticket_history_type ht ON ht.id = h.history_type_id
    ORDER BY h.id;
    -- Identical notifications within one transaction are delivered once, after the commit.
    IF FOUND THEN
        PERFORM pg_notify('gotrs_ticket_event', txid_current()::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gotrs_ticket_history_event
    AFTER INSERT ON ticket_history
    REFERENCING NEW TABLE AS inserted_history
    FOR EACH STATEMENT EXECUTE FUNCTION gotrs_record_ticket_events();
