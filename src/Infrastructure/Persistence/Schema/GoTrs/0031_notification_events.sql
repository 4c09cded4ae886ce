-- Ticket notifications (ADR 0050). Every ticket_history row that can set off a notification is copied by a trigger
-- into gotrs_notification_event, in the transaction that writes it, whoever writes it: this API on any instance,
-- the mail pipeline, the pending and escalation jobs, a Znuny on the same database. The notification job takes the
-- rows in id order (FOR UPDATE SKIP LOCKED), queues the mails and deletes the row in one transaction, so a change
-- is notified once and a crash loses nothing. The history types here are TicketEvents.RaisingHistoryTypes.
CREATE TABLE gotrs_notification_event (
    id bigserial PRIMARY KEY,
    history_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    article_id bigint NULL,
    history_type varchar(200) NOT NULL,
    history_name varchar(200) NOT NULL,
    queue_id integer NOT NULL,
    owner_id integer NOT NULL,
    state_id smallint NOT NULL,
    priority_id smallint NOT NULL,
    type_id smallint NOT NULL,
    user_id integer NOT NULL,
    create_time timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    last_error varchar(2000) NULL
);

CREATE FUNCTION gotrs_record_notification_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO gotrs_notification_event (history_id, ticket_id, article_id, history_type, history_name, queue_id,
                                          owner_id, state_id, priority_id, type_id, user_id)
    SELECT h.id, h.ticket_id, h.article_id, ht.name, h.name, h.queue_id, h.owner_id, h.state_id, h.priority_id,
           h.type_id, h.create_by
    FROM inserted_history h
    JOIN ticket_history_type ht ON ht.id = h.history_type_id
    WHERE ht.name IN ('NewTicket', 'OwnerUpdate', 'ResponsibleUpdate', 'Move', 'ServiceUpdate', 'StateUpdate',
                      'PriorityUpdate', 'TypeUpdate', 'SLAUpdate', 'TitleUpdate', 'CustomerUpdate', 'Lock', 'Unlock',
                      'SetPendingTime', 'Merged', 'Subscribe', 'Unsubscribe',
                      'EscalationResponseTimeStart', 'EscalationUpdateTimeStart', 'EscalationSolutionTimeStart',
                      'EscalationResponseTimeNotifyBefore', 'EscalationUpdateTimeNotifyBefore',
                      'EscalationSolutionTimeNotifyBefore',
                      'EmailAgent', 'EmailCustomer', 'PhoneCallAgent', 'PhoneCallCustomer', 'WebRequestCustomer',
                      'SystemRequest', 'AddNote', 'FollowUp', 'SendAnswer', 'Forward', 'Bounce')
       OR (ht.name = 'Misc' AND h.name LIKE '%PendingReminderReached%')
    ORDER BY h.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER gotrs_ticket_history_notification
    AFTER INSERT ON ticket_history
    REFERENCING NEW TABLE AS inserted_history
    FOR EACH STATEMENT EXECUTE FUNCTION gotrs_record_notification_events();
