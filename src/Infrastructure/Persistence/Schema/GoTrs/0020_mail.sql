-- Mail that GoTrs received but could not turn into a ticket or article (unreadable, unplaceable, rejected follow-up,
-- ignored by a filter). The whole message is kept so that an admin can download it, retry it or delete it.
CREATE TABLE gotrs_mail_quarantine (
    id bigserial PRIMARY KEY,
    mail_account_id integer NULL,
    reason varchar(2000) NOT NULL,
    sender varchar(1000) NULL,
    subject varchar(3800) NULL,
    message_id varchar(3800) NULL,
    raw_message bytea NOT NULL,
    received_at timestamptz NOT NULL,
    retries integer NOT NULL DEFAULT 0
);
CREATE INDEX gotrs_mail_quarantine_received_at ON gotrs_mail_quarantine (received_at);

-- Messages of a mailbox already committed as a ticket, article or quarantine row, by the server's stable id (POP3
-- UIDL; IMAP UIDVALIDITY:UID). Written in the same transaction as the ticket, so a crash between that commit and the
-- delete on the server makes the next poll delete the message instead of importing it again.
CREATE TABLE gotrs_mail_fetched (
    mail_account_id integer NOT NULL,
    server_id varchar(400) NOT NULL,
    message_id varchar(3800) NULL,
    outcome varchar(40) NOT NULL,
    fetched_at timestamptz NOT NULL,
    PRIMARY KEY (mail_account_id, server_id)
);
CREATE INDEX gotrs_mail_fetched_fetched_at ON gotrs_mail_fetched (fetched_at);
