-- The check for a twin ticket number counter after each draw (TicketCounterTable.IsTakenAsync) looks for rows with
-- the drawn counter among the neighbouring ids: with this index that is one probe instead of reading up to 2,000
-- rows. A GoTrs addition: a new index only.
CREATE INDEX IF NOT EXISTS gotrs_ticket_number_counter_counter ON ticket_number_counter (counter, id);
