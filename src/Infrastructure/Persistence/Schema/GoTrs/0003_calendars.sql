-- Business-hours calendars for escalation (OTRS keeps these in SysConfig as TimeWorkingHours::CalendarN).
-- queue.calendar_name and sla.calendar_name refer to a row by name; an unknown, invalid or malformed calendar
-- counts as 24/7.
--   working_hours: per weekday (mon … sun) a list of [from, to) local times, e.g. {"mon":[["08:00","17:00"]]};
--                  "24:00" ends a period at midnight; a missing weekday has no working time.
--   holidays:      [{"date":"12-25","name":"Christmas Day"},{"date":"2026-04-03","name":"Good Friday"}];
--                  "MM-dd" recurs every year, "yyyy-MM-dd" is a single day.
CREATE TABLE gotrs_calendar (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    time_zone varchar(100) NOT NULL DEFAULT 'UTC',
    working_hours jsonb NOT NULL,
    holidays jsonb NOT NULL DEFAULT '[]',
    comments varchar(250) NULL,
    valid_id smallint NOT NULL,
    create_time timestamp(0) without time zone NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp(0) without time zone NOT NULL,
    change_by integer NOT NULL,
    CONSTRAINT gotrs_calendar_name UNIQUE (name),
    CONSTRAINT gotrs_calendar_working_hours_object CHECK (jsonb_typeof(working_hours) = 'object'),
    CONSTRAINT gotrs_calendar_holidays_array CHECK (jsonb_typeof(holidays) = 'array'),
    CONSTRAINT fk_gotrs_calendar_valid_id_id FOREIGN KEY (valid_id) REFERENCES valid (id),
    CONSTRAINT fk_gotrs_calendar_create_by_id FOREIGN KEY (create_by) REFERENCES users (id),
    CONSTRAINT fk_gotrs_calendar_change_by_id FOREIGN KEY (change_by) REFERENCES users (id)
);
