-- Ticket lists read their counts and the ids of their pages from indexes alone (ADR 0059). GoTrs additions: new
-- indexes only, no OTRS column changed.

-- A queue's tickets newest first, with what the usual list filters test (state, archived), for an index-only scan.
CREATE INDEX IF NOT EXISTS gotrs_ticket_queue_list ON ticket (queue_id, id) INCLUDE (ticket_state_id, archive_flag);

-- The capped count of a queue's tickets in some states: the archived flag travels along so the table is not read.
CREATE INDEX IF NOT EXISTS gotrs_ticket_queue_state_count ON ticket (queue_id, ticket_state_id, id) INCLUDE (archive_flag);
DROP INDEX IF EXISTS gotrs_ticket_queue_state;
