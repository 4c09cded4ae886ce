-- Escalation and pending-reminder events already written to ticket_history, so that periodic jobs record each
-- (ticket, kind, due time) once however often and on however many servers they run. A new due time (after an
-- answer, a new customer mail or a new pending time) is a new event.
CREATE TABLE gotrs_escalation_event (
    ticket_id bigint NOT NULL,
    kind varchar(40) NOT NULL,
    due_epoch integer NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, kind, due_epoch),
    CONSTRAINT fk_gotrs_escalation_event_ticket_id_id FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE
);
