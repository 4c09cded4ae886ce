-- Draws the next ticket number counter in one statement (see TicketCounterTable): the advisory lock serialises
-- GoTrs creators, and because each statement of a volatile function sees what was committed before it started, the
-- insert sees the row of the creator that held the lock last. The lock is released at the commit that follows the
-- call directly, so no client round trip happens while it is held. Rows that Znuny creators inserted but have not
-- filled yet (counter 0, after the last filled row) are counted: they will be filled with the values skipped here.
-- p_from/p_to bound date-based generators to the current day; both are null for AutoIncrement.
CREATE OR REPLACE FUNCTION gotrs_draw_ticket_counter(
    p_lock bigint, p_uid varchar, p_now timestamp, p_from timestamp, p_to timestamp, p_base bigint, p_offset bigint)
RETURNS TABLE (id bigint, counter bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_id bigint;
    v_last_id bigint;
    v_last bigint;
    v_unset bigint;
BEGIN
    -- A lost counter commit is harmless: the ticket that uses the number commits later, durably, and the log is
    -- written in order.
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM pg_advisory_xact_lock(p_lock);
    v_id := nextval(pg_get_serial_sequence('ticket_number_counter', 'id'));
    SELECT p.id, p.counter INTO v_last_id, v_last
    FROM ticket_number_counter p
    WHERE p.id < v_id AND p.counter <> 0
      AND (p_from IS NULL OR (p.create_time >= p_from AND p.create_time < p_to))
    ORDER BY p.id DESC LIMIT 1;
    SELECT count(*) INTO v_unset
    FROM ticket_number_counter z
    WHERE z.counter = 0 AND z.id < v_id AND z.id > COALESCE(v_last_id, 0)
      AND (p_from IS NULL OR (z.create_time >= p_from AND z.create_time < p_to));
    INSERT INTO ticket_number_counter (id, counter, counter_uid, create_time)
    VALUES (v_id, COALESCE(v_last, p_base) + 1 + p_offset + v_unset, p_uid, p_now);
    RETURN QUERY SELECT v_id, COALESCE(v_last, p_base) + 1 + p_offset + v_unset;
END
$$;
