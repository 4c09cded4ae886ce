-- Znuny's default conditions and recipients for its ticket notifications (ADR 0050), and German texts, for the
-- notifications GoTrs's initial data creates. Only notifications that have no items yet get items, and only those
-- without a German text get one: a fresh install is completed, an adopted Znuny database (whose notifications carry
-- their own configuration) is left as it is. The script can run again without effect (the test reset replays it).
-- Keys and values are Znuny's; the tooltips and texts are GoTrs's own wording.
WITH defaults (notification, event_key, event_value) AS (VALUES
    ('Ticket create notification', 'VisibleForAgent', '1'),
    ('Ticket create notification', 'VisibleForAgentTooltip', 'A mail for every new ticket in one of your "My Queues" or "My Services".'),
    ('Ticket create notification', 'Events', 'NotificationNewTicket'),
    ('Ticket create notification', 'Recipients', 'AgentMyQueues'),
    ('Ticket create notification', 'Recipients', 'AgentMyServices'),
    ('Ticket create notification', 'SendOnOutOfOffice', '1'),
    ('Ticket create notification', 'Transports', 'Email'),
    ('Ticket create notification', 'AgentEnabledByDefault', 'Email'),

    ('Ticket follow-up notification (unlocked)', 'VisibleForAgent', '1'),
    ('Ticket follow-up notification (unlocked)', 'VisibleForAgentTooltip', 'A mail when a customer writes again on an unlocked ticket in your "My Queues" or "My Services", or one you own or watch.'),
    ('Ticket follow-up notification (unlocked)', 'Events', 'NotificationFollowUp'),
    ('Ticket follow-up notification (unlocked)', 'Recipients', 'AgentOwner'),
    ('Ticket follow-up notification (unlocked)', 'Recipients', 'AgentWatcher'),
    ('Ticket follow-up notification (unlocked)', 'Recipients', 'AgentMyQueues'),
    ('Ticket follow-up notification (unlocked)', 'Recipients', 'AgentMyServices'),
    ('Ticket follow-up notification (unlocked)', 'SendOnOutOfOffice', '1'),
    ('Ticket follow-up notification (unlocked)', 'LockID', '1'),
    ('Ticket follow-up notification (unlocked)', 'Transports', 'Email'),
    ('Ticket follow-up notification (unlocked)', 'AgentEnabledByDefault', 'Email'),

    ('Ticket follow-up notification (locked)', 'VisibleForAgent', '1'),
    ('Ticket follow-up notification (locked)', 'VisibleForAgentTooltip', 'A mail when a customer writes again on a locked ticket you own, are responsible for or watch.'),
    ('Ticket follow-up notification (locked)', 'Events', 'NotificationFollowUp'),
    ('Ticket follow-up notification (locked)', 'Recipients', 'AgentOwner'),
    ('Ticket follow-up notification (locked)', 'Recipients', 'AgentResponsible'),
    ('Ticket follow-up notification (locked)', 'Recipients', 'AgentWatcher'),
    ('Ticket follow-up notification (locked)', 'SendOnOutOfOffice', '1'),
    ('Ticket follow-up notification (locked)', 'LockID', '2'),
    ('Ticket follow-up notification (locked)', 'LockID', '3'),
    ('Ticket follow-up notification (locked)', 'Transports', 'Email'),
    ('Ticket follow-up notification (locked)', 'AgentEnabledByDefault', 'Email'),

    ('Ticket lock timeout notification', 'VisibleForAgent', '1'),
    ('Ticket lock timeout notification', 'VisibleForAgentTooltip', 'A mail when a ticket you own is unlocked because its lock timed out.'),
    ('Ticket lock timeout notification', 'Events', 'NotificationLockTimeout'),
    ('Ticket lock timeout notification', 'Recipients', 'AgentOwner'),
    ('Ticket lock timeout notification', 'SendOnOutOfOffice', '1'),
    ('Ticket lock timeout notification', 'Transports', 'Email'),
    ('Ticket lock timeout notification', 'AgentEnabledByDefault', 'Email'),

    ('Ticket owner update notification', 'Events', 'NotificationOwnerUpdate'),
    ('Ticket owner update notification', 'Recipients', 'AgentOwner'),
    ('Ticket owner update notification', 'SendOnOutOfOffice', '1'),
    ('Ticket owner update notification', 'Transports', 'Email'),

    ('Ticket responsible update notification', 'Events', 'NotificationResponsibleUpdate'),
    ('Ticket responsible update notification', 'Recipients', 'AgentResponsible'),
    ('Ticket responsible update notification', 'SendOnOutOfOffice', '1'),
    ('Ticket responsible update notification', 'Transports', 'Email'),

    ('Ticket new note notification', 'Events', 'NotificationAddNote'),
    ('Ticket new note notification', 'Recipients', 'AgentOwner'),
    ('Ticket new note notification', 'Recipients', 'AgentResponsible'),
    ('Ticket new note notification', 'Recipients', 'AgentWatcher'),
    ('Ticket new note notification', 'SendOnOutOfOffice', '1'),
    ('Ticket new note notification', 'Transports', 'Email'),

    ('Ticket queue update notification', 'VisibleForAgent', '1'),
    ('Ticket queue update notification', 'VisibleForAgentTooltip', 'A mail when a ticket is moved into one of your "My Queues".'),
    ('Ticket queue update notification', 'Events', 'NotificationMove'),
    ('Ticket queue update notification', 'Recipients', 'AgentMyQueues'),
    ('Ticket queue update notification', 'SendOnOutOfOffice', '1'),
    ('Ticket queue update notification', 'Transports', 'Email'),
    ('Ticket queue update notification', 'AgentEnabledByDefault', 'Email'),

    ('Ticket pending reminder notification (locked)', 'Events', 'NotificationPendingReminder'),
    ('Ticket pending reminder notification (locked)', 'Recipients', 'AgentOwner'),
    ('Ticket pending reminder notification (locked)', 'Recipients', 'AgentResponsible'),
    ('Ticket pending reminder notification (locked)', 'SendOnOutOfOffice', '1'),
    ('Ticket pending reminder notification (locked)', 'OncePerDay', '1'),
    ('Ticket pending reminder notification (locked)', 'LockID', '2'),
    ('Ticket pending reminder notification (locked)', 'LockID', '3'),
    ('Ticket pending reminder notification (locked)', 'Transports', 'Email'),

    ('Ticket pending reminder notification (unlocked)', 'Events', 'NotificationPendingReminder'),
    ('Ticket pending reminder notification (unlocked)', 'Recipients', 'AgentOwner'),
    ('Ticket pending reminder notification (unlocked)', 'Recipients', 'AgentResponsible'),
    ('Ticket pending reminder notification (unlocked)', 'Recipients', 'AgentMyQueues'),
    ('Ticket pending reminder notification (unlocked)', 'SendOnOutOfOffice', '1'),
    ('Ticket pending reminder notification (unlocked)', 'OncePerDay', '1'),
    ('Ticket pending reminder notification (unlocked)', 'LockID', '1'),
    ('Ticket pending reminder notification (unlocked)', 'Transports', 'Email'),

    ('Ticket escalation notification', 'Events', 'NotificationEscalation'),
    ('Ticket escalation notification', 'Recipients', 'AgentMyQueues'),
    ('Ticket escalation notification', 'Recipients', 'AgentWritePermissions'),
    ('Ticket escalation notification', 'SendOnOutOfOffice', '1'),
    ('Ticket escalation notification', 'OncePerDay', '1'),
    ('Ticket escalation notification', 'Transports', 'Email'),

    ('Ticket escalation warning notification', 'Events', 'NotificationEscalationNotifyBefore'),
    ('Ticket escalation warning notification', 'Recipients', 'AgentMyQueues'),
    ('Ticket escalation warning notification', 'Recipients', 'AgentWritePermissions'),
    ('Ticket escalation warning notification', 'SendOnOutOfOffice', '1'),
    ('Ticket escalation warning notification', 'OncePerDay', '1'),
    ('Ticket escalation warning notification', 'Transports', 'Email'),

    ('Ticket service update notification', 'VisibleForAgent', '1'),
    ('Ticket service update notification', 'VisibleForAgentTooltip', 'A mail when a ticket''s service changes to one of your "My Services".'),
    ('Ticket service update notification', 'Events', 'NotificationServiceUpdate'),
    ('Ticket service update notification', 'Recipients', 'AgentMyServices'),
    ('Ticket service update notification', 'SendOnOutOfOffice', '1'),
    ('Ticket service update notification', 'Transports', 'Email'),
    ('Ticket service update notification', 'AgentEnabledByDefault', 'Email'),

    ('Appointment reminder notification', 'VisibleForAgent', '1'),
    ('Appointment reminder notification', 'VisibleForAgentTooltip', 'A mail when the reminder time of one of your appointments comes.'),
    ('Appointment reminder notification', 'Events', 'AppointmentNotification'),
    ('Appointment reminder notification', 'Recipients', 'AppointmentAgentReadPermissions'),
    ('Appointment reminder notification', 'SendOnOutOfOffice', '1'),
    ('Appointment reminder notification', 'Transports', 'Email'),
    ('Appointment reminder notification', 'AgentEnabledByDefault', 'Email'),
    ('Appointment reminder notification', 'NotificationType', 'Appointment'),

    ('Ticket email delivery failure notification', 'AgentEnabledByDefault', 'Email'),
    ('Ticket email delivery failure notification', 'ArticleAttachmentInclude', '0'),
    ('Ticket email delivery failure notification', 'ArticleCommunicationChannelID', '1'),
    ('Ticket email delivery failure notification', 'Events', 'ArticleEmailSendingError'),
    ('Ticket email delivery failure notification', 'LanguageID', 'en'),
    ('Ticket email delivery failure notification', 'RecipientGroups', '2'),
    ('Ticket email delivery failure notification', 'Recipients', 'AgentResponsible'),
    ('Ticket email delivery failure notification', 'Recipients', 'AgentOwner'),
    ('Ticket email delivery failure notification', 'Transports', 'Email'),
    ('Ticket email delivery failure notification', 'VisibleForAgent', '0'),

    ('Ticket mention notification', 'AgentEnabledByDefault', 'Email'),
    ('Ticket mention notification', 'ArticleAttachmentInclude', '0'),
    ('Ticket mention notification', 'Events', 'UserMention'),
    ('Ticket mention notification', 'LanguageID', 'en'),
    ('Ticket mention notification', 'Transports', 'Email'),
    ('Ticket mention notification', 'VisibleForAgent', '1'))
INSERT INTO notification_event_item (notification_id, event_key, event_value)
SELECT n.id, d.event_key, d.event_value
FROM defaults d
JOIN notification_event n ON n.name = d.notification
WHERE NOT EXISTS (SELECT 1 FROM notification_event_item i WHERE i.notification_id = n.id);

-- German texts; recipients whose language has no text get the English one.
WITH texts (notification, subject, text) AS (VALUES
    ('Ticket create notification', 'Neues Ticket: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndas Ticket <OTRS_TICKET_TicketNumber> wurde in der Queue <OTRS_TICKET_Queue> angelegt.\n\n<OTRS_CUSTOMER_REALNAME> schreibt:\n<OTRS_CUSTOMER_BODY[30]>\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket follow-up notification (unlocked)', 'Neue Nachricht (nicht gesperrt): <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nzum nicht gesperrten Ticket <OTRS_TICKET_TicketNumber> in der Queue <OTRS_TICKET_Queue> ist eine neue Nachricht eingegangen.\n\n<OTRS_CUSTOMER_REALNAME> schreibt:\n<OTRS_CUSTOMER_BODY[30]>\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket follow-up notification (locked)', 'Neue Nachricht (gesperrt): <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nzu Ihrem gesperrten Ticket <OTRS_TICKET_TicketNumber> ist eine neue Nachricht eingegangen.\n\n<OTRS_CUSTOMER_REALNAME> schreibt:\n<OTRS_CUSTOMER_BODY[30]>\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket lock timeout notification', 'Sperre abgelaufen: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndie Sperre des Tickets <OTRS_TICKET_TicketNumber> ist abgelaufen, das Ticket ist wieder freigegeben.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket owner update notification', 'Neuer Besitzer: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> hat <OTRS_OWNER_UserFullname> zum Besitzer des Tickets <OTRS_TICKET_TicketNumber> gemacht.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket responsible update notification', 'Neuer Verantwortlicher: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> hat <OTRS_RESPONSIBLE_UserFullname> die Verantwortung für das Ticket <OTRS_TICKET_TicketNumber> übertragen.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket new note notification', 'Neue Notiz: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> hat dem Ticket <OTRS_TICKET_TicketNumber> eine Notiz hinzugefügt:\n\n<OTRS_AGENT_BODY[10]>\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket queue update notification', 'Verschoben nach <OTRS_TICKET_Queue>: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> hat das Ticket <OTRS_TICKET_TicketNumber> in die Queue <OTRS_TICKET_Queue> verschoben.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket pending reminder notification (locked)', 'Erinnerung (gesperrt): <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndie Wartezeit Ihres gesperrten Tickets <OTRS_TICKET_TicketNumber> ist erreicht.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket pending reminder notification (unlocked)', 'Erinnerung (nicht gesperrt): <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndie Wartezeit des nicht gesperrten Tickets <OTRS_TICKET_TicketNumber> in der Queue <OTRS_TICKET_Queue> ist erreicht.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket escalation notification', 'Eskaliert: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndas Ticket <OTRS_TICKET_TicketNumber> in der Queue <OTRS_TICKET_Queue> ist seit <OTRS_TICKET_EscalationDestinationDate> eskaliert.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket escalation warning notification', 'Eskaliert bald: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\ndas Ticket <OTRS_TICKET_TicketNumber> in der Queue <OTRS_TICKET_Queue> eskaliert am <OTRS_TICKET_EscalationDestinationDate>.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket service update notification', 'Service jetzt <OTRS_TICKET_Service>: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\nder Service des Tickets <OTRS_TICKET_TicketNumber> ist jetzt <OTRS_TICKET_Service>.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket email delivery failure notification', 'E-Mail nicht zugestellt: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\neine E-Mail des Tickets <OTRS_TICKET_TicketNumber> konnte nicht zugestellt werden. Bitte prüfen Sie das Ticket und senden Sie die Nachricht erneut.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'),
    ('Ticket mention notification', 'Erwähnt im Ticket: <OTRS_TICKET_Title>',
     E'Hallo <OTRS_NOTIFICATION_RECIPIENT_UserFirstname>,\n\n<OTRS_CURRENT_UserFullname> hat Sie im Ticket <OTRS_TICKET_TicketNumber> erwähnt.\n\nZum Ticket: <OTRS_CONFIG_HttpType>://<OTRS_CONFIG_FQDN>/<OTRS_CONFIG_ScriptAlias>index.pl?Action=AgentTicketZoom;TicketID=<OTRS_TICKET_TicketID>\n'))
INSERT INTO notification_event_message (notification_id, subject, text, content_type, language)
SELECT n.id, t.subject, t.text, 'text/plain', 'de'
FROM texts t
JOIN notification_event n ON n.name = t.notification
WHERE NOT EXISTS (SELECT 1 FROM notification_event_message m WHERE m.notification_id = n.id AND m.language = 'de');
