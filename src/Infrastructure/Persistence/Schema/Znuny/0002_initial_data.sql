-- GoTrs: Znuny 7 database schema for PostgreSQL, part 2 of 3 (initial data).
--
-- The rows a fresh Znuny install starts with: ids, names and valid ids as in Znuny, every
-- row created by user 1 at current_timestamp. The texts (salutation, signature, templates,
-- auto responses, notifications, demo mail) are GoTrs' own wording. Foreign keys are not
-- in place yet (0003_foreign_keys.sql), so the insert order only follows readability.
-- After the explicit-id inserts every affected sequence is moved past the highest id.

-- valid
INSERT INTO valid (id, name, create_time, create_by, change_time, change_by) VALUES
    (1, 'valid',               current_timestamp, 1, current_timestamp, 1),
    (2, 'invalid',             current_timestamp, 1, current_timestamp, 1),
    (3, 'invalid-temporarily', current_timestamp, 1, current_timestamp, 1);

-- users: the initial agent; the password is 'root' (traditional crypt hash) until it is changed
INSERT INTO users (id, login, pw, title, first_name, last_name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'root@localhost', 'roK20XGbWEsSM', NULL, 'Admin', 'OTRS', 1, current_timestamp, 1, current_timestamp, 1);

-- permission_groups
INSERT INTO permission_groups (id, name, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'users',                     'Group for default access.',                     1, current_timestamp, 1, current_timestamp, 1),
    (2, 'admin',                     'Group of all administrators.',                  1, current_timestamp, 1, current_timestamp, 1),
    (3, 'stats',                     'Group for statistics access.',                  1, current_timestamp, 1, current_timestamp, 1),
    (4, 'timeaccounting_webservice', 'Group for time accounting web service access.', 1, current_timestamp, 1, current_timestamp, 1);

-- group_user: root@localhost has rw in users, admin and stats
INSERT INTO group_user (user_id, group_id, permission_key, create_time, create_by, change_time, change_by) VALUES
    (1, 1, 'rw', current_timestamp, 1, current_timestamp, 1),
    (1, 2, 'rw', current_timestamp, 1, current_timestamp, 1),
    (1, 3, 'rw', current_timestamp, 1, current_timestamp, 1);

-- link_type
INSERT INTO link_type (id, name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'Normal',      1, current_timestamp, 1, current_timestamp, 1),
    (2, 'ParentChild', 1, current_timestamp, 1, current_timestamp, 1);

-- link_state
INSERT INTO link_state (id, name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'Valid',     1, current_timestamp, 1, current_timestamp, 1),
    (2, 'Temporary', 1, current_timestamp, 1, current_timestamp, 1);

-- ticket_state_type
INSERT INTO ticket_state_type (id, name, comments, create_time, create_by, change_time, change_by) VALUES
    (1, 'new',              'Default state type of new tickets; viewable.', current_timestamp, 1, current_timestamp, 1),
    (2, 'open',             'Tickets being worked on; viewable.',           current_timestamp, 1, current_timestamp, 1),
    (3, 'closed',           'Finished tickets; not viewable.',              current_timestamp, 1, current_timestamp, 1),
    (4, 'pending reminder', 'Waiting for a reminder date; viewable.',       current_timestamp, 1, current_timestamp, 1),
    (5, 'pending auto',     'Waiting for an automatic change; viewable.',   current_timestamp, 1, current_timestamp, 1),
    (6, 'removed',          'Removed tickets; not viewable.',               current_timestamp, 1, current_timestamp, 1),
    (7, 'merged',           'Tickets merged into another; not viewable.',   current_timestamp, 1, current_timestamp, 1);

-- ticket_state
INSERT INTO ticket_state (id, name, comments, type_id, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'new',                 'The ticket has just been created.',                          1, 1, current_timestamp, 1, current_timestamp, 1),
    (2, 'closed successful',   'The ticket was closed and the request was solved.',          3, 1, current_timestamp, 1, current_timestamp, 1),
    (3, 'closed unsuccessful', 'The ticket was closed without solving the request.',         3, 1, current_timestamp, 1, current_timestamp, 1),
    (4, 'open',                'The ticket is being worked on.',                             2, 1, current_timestamp, 1, current_timestamp, 1),
    (5, 'removed',             'The customer removed the ticket.',                           6, 1, current_timestamp, 1, current_timestamp, 1),
    (6, 'pending reminder',    'The owner is reminded when the pending time is reached.',    4, 1, current_timestamp, 1, current_timestamp, 1),
    (7, 'pending auto close+', 'Closed as successful when the pending time is reached.',     5, 1, current_timestamp, 1, current_timestamp, 1),
    (8, 'pending auto close-', 'Closed as unsuccessful when the pending time is reached.',   5, 1, current_timestamp, 1, current_timestamp, 1),
    (9, 'merged',              'The ticket was merged into another ticket.',                 7, 1, current_timestamp, 1, current_timestamp, 1);

-- ticket_priority
INSERT INTO ticket_priority (id, name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, '1 very low',  1, current_timestamp, 1, current_timestamp, 1),
    (2, '2 low',       1, current_timestamp, 1, current_timestamp, 1),
    (3, '3 normal',    1, current_timestamp, 1, current_timestamp, 1),
    (4, '4 high',      1, current_timestamp, 1, current_timestamp, 1),
    (5, '5 very high', 1, current_timestamp, 1, current_timestamp, 1);

-- ticket_type
INSERT INTO ticket_type (id, name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'Unclassified', 1, current_timestamp, 1, current_timestamp, 1);

-- ticket_lock_type
INSERT INTO ticket_lock_type (id, name, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'unlock',   1, current_timestamp, 1, current_timestamp, 1),
    (2, 'lock',     1, current_timestamp, 1, current_timestamp, 1),
    (3, 'tmp_lock', 1, current_timestamp, 1, current_timestamp, 1);

-- ticket_history_type (52 rows)
INSERT INTO ticket_history_type (id, name, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    ( 1, 'NewTicket',                          NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 2, 'FollowUp',                           NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 3, 'SendAutoReject',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 4, 'SendAutoReply',                      NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 5, 'SendAutoFollowUp',                   NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 6, 'Forward',                            NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 7, 'Bounce',                             NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 8, 'SendAnswer',                         NULL, 1, current_timestamp, 1, current_timestamp, 1),
    ( 9, 'SendAgentNotification',              NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (10, 'SendCustomerNotification',           NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (11, 'EmailAgent',                         NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (12, 'EmailCustomer',                      NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (13, 'PhoneCallAgent',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (14, 'PhoneCallCustomer',                  NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (15, 'AddNote',                            NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (16, 'Move',                               NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (17, 'Lock',                               NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (18, 'Unlock',                             NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (19, 'Remove',                             NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (20, 'TimeAccounting',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (21, 'CustomerUpdate',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (22, 'PriorityUpdate',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (23, 'OwnerUpdate',                        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (24, 'LoopProtection',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (25, 'Misc',                               NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (26, 'SetPendingTime',                     NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (27, 'StateUpdate',                        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (28, 'TicketDynamicFieldUpdate',           NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (29, 'WebRequestCustomer',                 NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (30, 'TicketLinkAdd',                      NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (31, 'TicketLinkDelete',                   NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (32, 'SystemRequest',                      NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (33, 'Merged',                             NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (34, 'ResponsibleUpdate',                  NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (35, 'Subscribe',                          NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (36, 'Unsubscribe',                        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (37, 'TypeUpdate',                         NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (38, 'ServiceUpdate',                      NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (39, 'SLAUpdate',                          NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (40, 'ArchiveFlagUpdate',                  NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (41, 'EscalationSolutionTimeStop',         NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (42, 'EscalationResponseTimeStart',        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (43, 'EscalationUpdateTimeStart',          NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (44, 'EscalationSolutionTimeStart',        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (45, 'EscalationResponseTimeNotifyBefore', NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (46, 'EscalationUpdateTimeNotifyBefore',   NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (47, 'EscalationSolutionTimeNotifyBefore', NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (48, 'EscalationResponseTimeStop',         NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (49, 'EscalationUpdateTimeStop',           NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (50, 'TitleUpdate',                        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (51, 'EmailResend',                        NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (52, 'Bulk',                               NULL, 1, current_timestamp, 1, current_timestamp, 1);

-- article_sender_type
INSERT INTO article_sender_type (id, name, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'agent',    'Article written by an agent.',          1, current_timestamp, 1, current_timestamp, 1),
    (2, 'system',   'Article generated by the system.',      1, current_timestamp, 1, current_timestamp, 1),
    (3, 'customer', 'Article written by a customer.',        1, current_timestamp, 1, current_timestamp, 1);

-- communication_channel: channel_data is YAML naming the article data tables of the channel
INSERT INTO communication_channel (id, name, module, package_name, channel_data, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'Email', 'Kernel::System::CommunicationChannel::Email', 'Framework',
     E'---\nArticleDataArticleIDField: article_id\nArticleDataTables:\n- article_data_mime\n- article_data_mime_plain\n- article_data_mime_attachment\n- article_data_mime_send_error\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (2, 'Phone', 'Kernel::System::CommunicationChannel::Phone', 'Framework',
     E'---\nArticleDataArticleIDField: article_id\nArticleDataTables:\n- article_data_mime\n- article_data_mime_plain\n- article_data_mime_attachment\n- article_data_mime_send_error\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (3, 'Internal', 'Kernel::System::CommunicationChannel::Internal', 'Framework',
     E'---\nArticleDataArticleIDField: article_id\nArticleDataTables:\n- article_data_mime\n- article_data_mime_plain\n- article_data_mime_attachment\n- article_data_mime_send_error\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (4, 'Chat', 'Kernel::System::CommunicationChannel::Chat', 'Framework',
     E'---\nArticleDataArticleIDField: article_id\nArticleDataTables:\n- article_data_otrs_chat\n',
     1, current_timestamp, 1, current_timestamp, 1);

-- follow_up_possible
INSERT INTO follow_up_possible (id, name, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'possible',   'A follow-up reopens the ticket.',                 1, current_timestamp, 1, current_timestamp, 1),
    (2, 'reject',     'A follow-up is rejected; no new ticket.',         1, current_timestamp, 1, current_timestamp, 1),
    (3, 'new ticket', 'A follow-up creates a new ticket.',               1, current_timestamp, 1, current_timestamp, 1);

-- salutation
INSERT INTO salutation (id, name, text, content_type, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'system standard salutation (en)',
     E'Hello <OTRS_CUSTOMER_REALNAME>,\n\nthank you for your message.\n',
     'text/plain; charset=utf-8', 'Standard salutation.', 1, current_timestamp, 1, current_timestamp, 1);

-- signature
INSERT INTO signature (id, name, text, content_type, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'system standard signature (en)',
     E'Best regards,\n\n<OTRS_Agent_UserFirstname> <OTRS_Agent_UserLastname>\nYour support team\n',
     'text/plain; charset=utf-8', 'Standard signature.', 1, current_timestamp, 1, current_timestamp, 1);

-- system_address
INSERT INTO system_address (id, value0, value1, value2, value3, queue_id, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'znuny@localhost', 'Znuny System', NULL, NULL, 1, 'Standard Address.', 1, current_timestamp, 1, current_timestamp, 1);

-- queue
INSERT INTO queue (id, name, group_id, unlock_timeout, first_response_time, first_response_notify, update_time, update_notify,
                   solution_time, solution_notify, system_address_id, calendar_name, default_sign_key, salutation_id, signature_id,
                   follow_up_id, follow_up_lock, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'Postmaster', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 1, 1, 1, 0, 'Postmaster queue.',             1, current_timestamp, 1, current_timestamp, 1),
    (2, 'Raw',        1, 0, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 1, 1, 1, 0, 'All default incoming tickets.', 1, current_timestamp, 1, current_timestamp, 1),
    (3, 'Junk',       1, 0, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 1, 1, 1, 0, 'All junk tickets.',             1, current_timestamp, 1, current_timestamp, 1),
    (4, 'Misc',       1, 0, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, 1, 1, 1, 0, 'All misc tickets.',             1, current_timestamp, 1, current_timestamp, 1);

-- standard_template
INSERT INTO standard_template (id, name, text, content_type, template_type, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'empty answer', '', 'text/plain; charset=utf-8', 'Answer', NULL, 1, current_timestamp, 1, current_timestamp, 1),
    (2, 'test answer',
     E'This is a sample answer.\n\nThe ticket number is <OTRS_TICKET_TicketNumber>, the queue is <OTRS_TICKET_Queue>.\n',
     'text/plain; charset=utf-8', 'Answer', NULL, 1, current_timestamp, 1, current_timestamp, 1);

-- queue_standard_template: every initial queue offers the empty answer
INSERT INTO queue_standard_template (queue_id, standard_template_id, create_time, create_by, change_time, change_by) VALUES
    (1, 1, current_timestamp, 1, current_timestamp, 1),
    (2, 1, current_timestamp, 1, current_timestamp, 1),
    (3, 1, current_timestamp, 1, current_timestamp, 1),
    (4, 1, current_timestamp, 1, current_timestamp, 1);

-- auto_response_type
INSERT INTO auto_response_type (id, name, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'auto reply',            'Sent when a new ticket has been created.',               1, current_timestamp, 1, current_timestamp, 1),
    (2, 'auto reject',           'Sent when a follow-up to a closed ticket is rejected.',  1, current_timestamp, 1, current_timestamp, 1),
    (3, 'auto follow up',        'Sent when a follow-up has been added to a ticket.',      1, current_timestamp, 1, current_timestamp, 1),
    (4, 'auto reply/new ticket', 'Sent when a follow-up to a closed ticket opened a new ticket.', 1, current_timestamp, 1, current_timestamp, 1),
    (5, 'auto remove',           'Sent when a customer removed a ticket.',                 1, current_timestamp, 1, current_timestamp, 1);

-- auto_response: text0 is the body, text1 the subject
INSERT INTO auto_response (id, name, text0, text1, type_id, system_address_id, content_type, comments, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 'default reply',
     E'Your request "<OTRS_CUSTOMER_SUBJECT[24]>" has been received and saved as ticket <OTRS_TICKET_TicketNumber>.\n\nWe will get back to you as soon as possible.\n\nYour support team\n',
     'RE: <OTRS_CUSTOMER_SUBJECT[24]>', 1, 1, 'text/plain', 'Reply sent after a new ticket has been created.', 1, current_timestamp, 1, current_timestamp, 1),
    (2, 'default reject',
     E'Your message "<OTRS_CUSTOMER_SUBJECT[24]>" could not be accepted, because ticket <OTRS_TICKET_TicketNumber> is already closed.\n\nPlease open a new request if you still need help.\n\nYour support team\n',
     'Your message was rejected: <OTRS_CUSTOMER_SUBJECT[24]>', 2, 1, 'text/plain', 'Reply sent when a follow-up to a closed ticket is rejected.', 1, current_timestamp, 1, current_timestamp, 1),
    (3, 'default follow-up',
     E'Your follow-up "<OTRS_CUSTOMER_SUBJECT[24]>" has been added to ticket <OTRS_TICKET_TicketNumber>.\n\nYour support team\n',
     'RE: <OTRS_CUSTOMER_SUBJECT[24]>', 3, 1, 'text/plain', 'Reply sent after a follow-up has been added to a ticket.', 1, current_timestamp, 1, current_timestamp, 1),
    (4, 'default reject/new ticket created',
     E'The ticket you replied to is closed, so your message "<OTRS_CUSTOMER_SUBJECT[24]>" has been saved as the new ticket <OTRS_TICKET_TicketNumber>.\n\nYour support team\n',
     'New ticket created: <OTRS_CUSTOMER_SUBJECT[24]>', 4, 1, 'text/plain', 'Reply sent when a follow-up to a closed ticket created a new ticket.', 1, current_timestamp, 1, current_timestamp, 1);

-- dynamic_field: config is YAML
INSERT INTO dynamic_field (id, internal_field, name, label, field_order, field_type, object_type, config, valid_id, create_time, create_by, change_time, change_by) VALUES
    (1, 1, 'ProcessManagementProcessID', 'Process', 1, 'ProcessID', 'Ticket',
     E'---\nDefaultValue: ''''\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (2, 1, 'ProcessManagementActivityID', 'Activity', 2, 'ActivityID', 'Ticket',
     E'---\nDefaultValue: ''''\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (3, 1, 'ProcessManagementAttachment', 'Attachment', 3, 'TextArea', 'Ticket',
     E'---\nDefaultValue: ''''\nRows: 5\nCols: 40\nRegExList: []\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (4, 0, 'TicketCalendarStartTime', 'Calendar Start Time', 4, 'DateTime', 'Ticket',
     E'---\nDefaultValue: 0\nYearsPeriod: 0\nYearsInPast: 0\nYearsInFuture: 0\nDateRestriction: ''''\nLink: ''''\n',
     1, current_timestamp, 1, current_timestamp, 1),
    (5, 0, 'TicketCalendarEndTime', 'Calendar End Time', 5, 'DateTime', 'Ticket',
     E'---\nDefaultValue: 0\nYearsPeriod: 0\nYearsInPast: 0\nYearsInFuture: 0\nDateRestriction: ''''\nLink: ''''\n',
     1, current_timestamp, 1, current_timestamp, 1);

-- notification_event
INSERT INTO notification_event (id, name, valid_id, comments, create_time, create_by, change_time, change_by) VALUES
    ( 1, 'Ticket create notification',                      1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 2, 'Ticket follow-up notification (unlocked)',        1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 3, 'Ticket follow-up notification (locked)',          1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 4, 'Ticket lock timeout notification',                1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 5, 'Ticket owner update notification',                1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 6, 'Ticket responsible update notification',          1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 7, 'Ticket new note notification',                    1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 8, 'Ticket queue update notification',                1, NULL, current_timestamp, 1, current_timestamp, 1),
    ( 9, 'Ticket pending reminder notification (locked)',   1, NULL, current_timestamp, 1, current_timestamp, 1),
    (10, 'Ticket pending reminder notification (unlocked)', 1, NULL, current_timestamp, 1, current_timestamp, 1),
    (11, 'Ticket escalation notification',                  1, NULL, current_timestamp, 1, current_timestamp, 1),
    (12, 'Ticket escalation warning notification',          1, NULL, current_timestamp, 1, current_timestamp, 1),
    (13, 'Ticket service update notification',              1, NULL, current_timestamp, 1, current_timestamp, 1),
    (14, 'Appointment reminder notification',               1, NULL, current_timestamp, 1, current_timestamp, 1),
    (15, 'Ticket email delivery failure notification',      1, NULL, current_timestamp, 1, current_timestamp, 1),
    (16, 'Ticket mention notification',                     1, NULL, current_timestamp, 1, current_timestamp, 1);

-- notification_event_message: one English text per notification
INSERT INTO notification_event_message (id, notification_id, subject, text, content_type, language) VALUES
    ( 1,  1, 'New ticket: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nticket <OTRS_TICKET_TicketNumber> was created in queue <OTRS_TICKET_Queue>.\n\n<OTRS_CUSTOMER_REALNAME> wrote:\n<OTRS_CUSTOMER_BODY[30]>\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 2,  2, 'Follow-up (unlocked): <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe unlocked ticket <OTRS_TICKET_TicketNumber> in queue <OTRS_TICKET_Queue> received a follow-up.\n\n<OTRS_CUSTOMER_REALNAME> wrote:\n<OTRS_CUSTOMER_BODY[30]>\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 3,  3, 'Follow-up (locked): <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nyour locked ticket <OTRS_TICKET_TicketNumber> received a follow-up.\n\n<OTRS_CUSTOMER_REALNAME> wrote:\n<OTRS_CUSTOMER_BODY[30]>\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 4,  4, 'Lock timed out: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe lock on ticket <OTRS_TICKET_TicketNumber> has timed out and the ticket was unlocked.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 5,  5, 'Owner changed: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> made <OTRS_OWNER_UserFullname> the owner of ticket <OTRS_TICKET_TicketNumber>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 6,  6, 'Responsible changed: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> made <OTRS_RESPONSIBLE_UserFullname> responsible for ticket <OTRS_TICKET_TicketNumber>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 7,  7, 'New note: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> added a note to ticket <OTRS_TICKET_TicketNumber>:\n\n<OTRS_AGENT_BODY[10]>\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 8,  8, 'Moved to <OTRS_TICKET_Queue>: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> moved ticket <OTRS_TICKET_TicketNumber> to queue <OTRS_TICKET_Queue>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    ( 9,  9, 'Reminder reached (locked): <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe pending time of your locked ticket <OTRS_TICKET_TicketNumber> has been reached.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (10, 10, 'Reminder reached (unlocked): <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe pending time of the unlocked ticket <OTRS_TICKET_TicketNumber> in queue <OTRS_TICKET_Queue> has been reached.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (11, 11, 'Escalated: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nticket <OTRS_TICKET_TicketNumber> in queue <OTRS_TICKET_Queue> is escalated since <OTRS_TICKET_EscalationDestinationDate>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (12, 12, 'Escalation soon: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nticket <OTRS_TICKET_TicketNumber> in queue <OTRS_TICKET_Queue> will escalate at <OTRS_TICKET_EscalationDestinationDate>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (13, 13, 'Service changed to <OTRS_TICKET_Service>: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe service of ticket <OTRS_TICKET_TicketNumber> is now <OTRS_TICKET_Service>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (14, 14, 'Reminder: <OTRS_APPOINTMENT_TITLE>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nthe appointment "<OTRS_APPOINTMENT_TITLE>" starts at <OTRS_APPOINTMENT_STARTTIME>.\n\nCalendar: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentAppointmentCalendarOverview;AppointmentID=<OTRS_APPOINTMENT_APPOINTMENTID>\n',
     'text/plain', 'en'),
    (15, 15, 'Email could not be delivered: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nan email of ticket <OTRS_TICKET_TicketNumber> could not be delivered. Please check the ticket and send the message again.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en'),
    (16, 16, 'Mention in ticket: <OTRS_TICKET_Title>',
     E'Hi <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> mentioned you in ticket <OTRS_TICKET_TicketNumber>.\n\nOpen it here: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n',
     'text/plain', 'en');

-- demo ticket 1 in queue Raw: new, unlocked, priority 3 normal, owner and responsible root@localhost
INSERT INTO ticket (id, tn, title, queue_id, ticket_lock_id, type_id, service_id, sla_id, user_id, responsible_user_id,
                    ticket_priority_id, ticket_state_id, customer_id, customer_user_id, timeout, until_time,
                    escalation_time, escalation_update_time, escalation_response_time, escalation_solution_time,
                    archive_flag, create_time, create_by, change_time, change_by) VALUES
    (1, '2021012710123456', 'Znuny says hi!', 2, 1, 1, NULL, NULL, 1, 1,
     3, 1, NULL, NULL, 0, 0,
     0, 0, 0, 0,
     0, current_timestamp, 1, current_timestamp, 1);

-- demo article 1: an e-mail from a customer, visible for the customer
INSERT INTO article (id, ticket_id, article_sender_type_id, communication_channel_id, is_visible_for_customer,
                     search_index_needs_rebuild, insert_fingerprint, create_time, create_by, change_time, change_by) VALUES
    (1, 1, 3, 1, 1, 1, NULL, current_timestamp, 1, current_timestamp, 1);

INSERT INTO article_data_mime (id, article_id, a_from, a_reply_to, a_to, a_cc, a_bcc, a_subject, a_message_id, a_message_id_md5,
                               a_in_reply_to, a_references, a_content_type, a_body, incoming_time, content_path,
                               create_time, create_by, change_time, change_by) VALUES
    (1, 1, 'Znuny Welcome <welcome@localhost>', NULL, 'Znuny System <znuny@localhost>', NULL, NULL, 'Znuny says hi!',
     '<welcome.1@localhost>', md5('<welcome.1@localhost>'), NULL, NULL, 'text/plain; charset=utf-8',
     E'Welcome!\n\nThis is the first ticket of your new help desk. Agents see it in the queue "Raw".\n\nLog in as root@localhost, change the initial password, then create your own\nagents, groups and queues. When you no longer need this ticket, close it.\n\nHave fun!\n',
     extract(epoch from current_timestamp)::integer, to_char(current_timestamp, 'YYYY/MM/DD'),
     current_timestamp, 1, current_timestamp, 1);

-- raw source of the demo mail; PostgreSQL stores LONGBLOB content base64-encoded (one line, no spaces)
INSERT INTO article_data_mime_plain (id, article_id, body, create_time, create_by, change_time, change_by) VALUES
    (1, 1,
     replace(encode(convert_to(
        E'From: Znuny Welcome <welcome@localhost>\n'
        'To: Znuny System <znuny@localhost>\n'
        'Subject: Znuny says hi!\n'
        'Message-ID: <welcome.1@localhost>\n'
        'MIME-Version: 1.0\n'
        'Content-Type: text/plain; charset=utf-8\n'
        'Content-Transfer-Encoding: 8bit\n'
        '\n'
        'Welcome!\n'
        '\n'
        'This is the first ticket of your new help desk. Agents see it in the queue "Raw".\n'
        '\n'
        'Log in as root@localhost, change the initial password, then create your own\n'
        'agents, groups and queues. When you no longer need this ticket, close it.\n'
        '\n'
        'Have fun!\n', 'UTF8'), 'base64'), E'\n', ''),
     current_timestamp, 1, current_timestamp, 1);

-- history entry 1: NewTicket (%%number%%queue%%priority%%state%%ticket id)
INSERT INTO ticket_history (id, name, history_type_id, ticket_id, article_id, type_id, queue_id, owner_id, priority_id, state_id,
                            create_time, create_by, change_time, change_by) VALUES
    (1, '%%2021012710123456%%Raw%%3 normal%%new%%1', 1, 1, 1, 1, 2, 1, 3, 1, current_timestamp, 1, current_timestamp, 1);

-- move the sequences of all tables filled with explicit ids past their highest id
SELECT setval(pg_get_serial_sequence('valid', 'id'), (SELECT max(id) FROM valid));
SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));
SELECT setval(pg_get_serial_sequence('permission_groups', 'id'), (SELECT max(id) FROM permission_groups));
SELECT setval(pg_get_serial_sequence('link_type', 'id'), (SELECT max(id) FROM link_type));
SELECT setval(pg_get_serial_sequence('link_state', 'id'), (SELECT max(id) FROM link_state));
SELECT setval(pg_get_serial_sequence('ticket_state_type', 'id'), (SELECT max(id) FROM ticket_state_type));
SELECT setval(pg_get_serial_sequence('ticket_state', 'id'), (SELECT max(id) FROM ticket_state));
SELECT setval(pg_get_serial_sequence('ticket_priority', 'id'), (SELECT max(id) FROM ticket_priority));
SELECT setval(pg_get_serial_sequence('ticket_type', 'id'), (SELECT max(id) FROM ticket_type));
SELECT setval(pg_get_serial_sequence('ticket_lock_type', 'id'), (SELECT max(id) FROM ticket_lock_type));
SELECT setval(pg_get_serial_sequence('ticket_history_type', 'id'), (SELECT max(id) FROM ticket_history_type));
SELECT setval(pg_get_serial_sequence('article_sender_type', 'id'), (SELECT max(id) FROM article_sender_type));
SELECT setval(pg_get_serial_sequence('communication_channel', 'id'), (SELECT max(id) FROM communication_channel));
SELECT setval(pg_get_serial_sequence('follow_up_possible', 'id'), (SELECT max(id) FROM follow_up_possible));
SELECT setval(pg_get_serial_sequence('salutation', 'id'), (SELECT max(id) FROM salutation));
SELECT setval(pg_get_serial_sequence('signature', 'id'), (SELECT max(id) FROM signature));
SELECT setval(pg_get_serial_sequence('system_address', 'id'), (SELECT max(id) FROM system_address));
SELECT setval(pg_get_serial_sequence('queue', 'id'), (SELECT max(id) FROM queue));
SELECT setval(pg_get_serial_sequence('standard_template', 'id'), (SELECT max(id) FROM standard_template));
SELECT setval(pg_get_serial_sequence('auto_response_type', 'id'), (SELECT max(id) FROM auto_response_type));
SELECT setval(pg_get_serial_sequence('auto_response', 'id'), (SELECT max(id) FROM auto_response));
SELECT setval(pg_get_serial_sequence('dynamic_field', 'id'), (SELECT max(id) FROM dynamic_field));
SELECT setval(pg_get_serial_sequence('notification_event', 'id'), (SELECT max(id) FROM notification_event));
SELECT setval(pg_get_serial_sequence('notification_event_message', 'id'), (SELECT max(id) FROM notification_event_message));
SELECT setval(pg_get_serial_sequence('ticket', 'id'), (SELECT max(id) FROM ticket));
SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
SELECT setval(pg_get_serial_sequence('article_data_mime', 'id'), (SELECT max(id) FROM article_data_mime));
SELECT setval(pg_get_serial_sequence('article_data_mime_plain', 'id'), (SELECT max(id) FROM article_data_mime_plain));
SELECT setval(pg_get_serial_sequence('ticket_history', 'id'), (SELECT max(id) FROM ticket_history));
