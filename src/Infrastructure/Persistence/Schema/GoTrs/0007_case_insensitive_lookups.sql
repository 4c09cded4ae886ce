-- Logins and addresses are matched case-insensitively (lower(column) = lower(input)), as Znuny does. Without these
-- expression indexes every such match reads the whole table: a ticket create for a customer, a login or a mail from a
-- customer scanned customer_user once per request (0.5 ms at 1,000 customers, linear beyond).
-- GoTrs additions: new indexes only, no OTRS column changed.
CREATE INDEX IF NOT EXISTS gotrs_customer_user_login_lower ON customer_user (lower(login));
CREATE INDEX IF NOT EXISTS gotrs_customer_user_email_lower ON customer_user (lower(email));
CREATE INDEX IF NOT EXISTS gotrs_users_login_lower ON users (lower(login));
CREATE INDEX IF NOT EXISTS gotrs_customer_user_customer_user_id_lower ON customer_user_customer (lower(user_id));
CREATE INDEX IF NOT EXISTS gotrs_group_customer_user_user_id_lower ON group_customer_user (lower(user_id));
CREATE INDEX IF NOT EXISTS gotrs_system_address_value0_lower ON system_address (lower(value0));
