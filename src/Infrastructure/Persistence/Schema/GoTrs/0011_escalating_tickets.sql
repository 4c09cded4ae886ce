-- The escalation job (every minute) walks the tickets that escalate, in id order, 500 at a time. Without this index
-- each walk read the whole ticket table (0.5–0.7 s of a core at 1,000,000 tickets, most of which never escalate);
-- with it, only escalating tickets are read. A GoTrs addition: a new partial index only.
CREATE INDEX IF NOT EXISTS gotrs_ticket_escalating ON ticket (id) WHERE escalation_time <> 0;
