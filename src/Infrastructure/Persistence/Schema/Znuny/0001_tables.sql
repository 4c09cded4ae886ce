-- GoTrs: Znuny 7 database schema for PostgreSQL, part 1 of 3 (tables).
--
-- 122 tables with their columns in Znuny's order, primary keys, named unique constraints
-- and named indexes. Foreign keys are added by 0003_foreign_keys.sql after the initial
-- data (0002_initial_data.sql) has been inserted, the same order Znuny uses.
--
-- Type mapping (Znuny XML -> PostgreSQL):
--   INTEGER/SMALLINT auto-increment -> serial (int4), BIGINT auto-increment -> bigserial,
--   VARCHAR(n) -> varchar(n) for n < 10000, otherwise unbounded varchar,
--   DATE -> timestamp(0) without time zone, LONGBLOB -> text (binary data is stored base64),
--   DECIMAL(10,2) -> decimal(10,2).
-- MySQL index prefix lengths such as value_text(150) do not apply to PostgreSQL.

-- valid
CREATE TABLE valid (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT valid_name UNIQUE (name)
);

-- users
CREATE TABLE users (
    id          serial NOT NULL,
    login       varchar(200) NOT NULL,
    pw          varchar(128) NOT NULL,
    title       varchar(50) NULL,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT users_login UNIQUE (login)
);

-- user_preferences
CREATE TABLE user_preferences (
    user_id           integer NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value text NULL
);
CREATE INDEX user_preferences_user_id ON user_preferences (user_id);

-- permission_groups
CREATE TABLE permission_groups (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT groups_name UNIQUE (name)
);

-- group_user
CREATE TABLE group_user (
    user_id        integer NOT NULL,
    group_id       integer NOT NULL,
    permission_key varchar(20) NOT NULL,
    create_time    timestamp(0) NOT NULL,
    create_by      integer NOT NULL,
    change_time    timestamp(0) NOT NULL,
    change_by      integer NOT NULL
);
CREATE INDEX group_user_user_id ON group_user (user_id);
CREATE INDEX group_user_group_id ON group_user (group_id);

-- roles
CREATE TABLE roles (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT roles_name UNIQUE (name)
);

-- role_user
CREATE TABLE role_user (
    user_id     integer NOT NULL,
    role_id     integer NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL
);
CREATE INDEX role_user_user_id ON role_user (user_id);
CREATE INDEX role_user_role_id ON role_user (role_id);

-- group_role
CREATE TABLE group_role (
    role_id          integer NOT NULL,
    group_id         integer NOT NULL,
    permission_key   varchar(20) NOT NULL,
    permission_value smallint NOT NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL
);
CREATE INDEX group_role_role_id ON group_role (role_id);
CREATE INDEX group_role_group_id ON group_role (group_id);

-- customer_user
CREATE TABLE customer_user (
    id          serial NOT NULL,
    login       varchar(200) NOT NULL,
    email       varchar(150) NOT NULL,
    customer_id varchar(150) NOT NULL,
    pw          varchar(128) NULL,
    title       varchar(50) NULL,
    first_name  varchar(100) NOT NULL,
    last_name   varchar(100) NOT NULL,
    phone       varchar(150) NULL,
    fax         varchar(150) NULL,
    mobile      varchar(150) NULL,
    street      varchar(150) NULL,
    zip         varchar(200) NULL,
    city        varchar(200) NULL,
    country     varchar(200) NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT customer_user_login UNIQUE (login)
);

-- customer_company
CREATE TABLE customer_company (
    customer_id varchar(150) NOT NULL,
    name        varchar(200) NOT NULL,
    street      varchar(200) NULL,
    zip         varchar(200) NULL,
    city        varchar(200) NULL,
    country     varchar(200) NULL,
    url         varchar(200) NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (customer_id),
    CONSTRAINT customer_company_name UNIQUE (name)
);

-- customer_preferences
CREATE TABLE customer_preferences (
    user_id           varchar(250) NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value varchar(250) NULL
);
CREATE INDEX customer_preferences_user_id ON customer_preferences (user_id);

-- customer_user_customer
CREATE TABLE customer_user_customer (
    user_id     varchar(200) NOT NULL,
    customer_id varchar(150) NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL
);
CREATE INDEX customer_user_customer_user_id ON customer_user_customer (user_id);
CREATE INDEX customer_user_customer_customer_id ON customer_user_customer (customer_id);

-- group_customer_user
CREATE TABLE group_customer_user (
    user_id          varchar(100) NOT NULL,
    group_id         integer NOT NULL,
    permission_key   varchar(20) NOT NULL,
    permission_value smallint NOT NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL
);
CREATE INDEX group_customer_user_user_id ON group_customer_user (user_id);
CREATE INDEX group_customer_user_group_id ON group_customer_user (group_id);

-- group_customer
CREATE TABLE group_customer (
    customer_id        varchar(150) NOT NULL,
    group_id           integer NOT NULL,
    permission_key     varchar(20) NOT NULL,
    permission_value   smallint NOT NULL,
    permission_context varchar(100) NOT NULL,
    create_time        timestamp(0) NOT NULL,
    create_by          integer NOT NULL,
    change_time        timestamp(0) NOT NULL,
    change_by          integer NOT NULL
);
CREATE INDEX group_customer_customer_id ON group_customer (customer_id);
CREATE INDEX group_customer_group_id ON group_customer (group_id);

-- queue
CREATE TABLE queue (
    id                    serial NOT NULL,
    name                  varchar(200) NOT NULL,
    group_id              integer NOT NULL,
    unlock_timeout        integer NULL,
    first_response_time   integer NULL,
    first_response_notify smallint NULL,
    update_time           integer NULL,
    update_notify         smallint NULL,
    solution_time         integer NULL,
    solution_notify       smallint NULL,
    system_address_id     smallint NOT NULL,
    calendar_name         varchar(100) NULL,
    default_sign_key      varchar(100) NULL,
    salutation_id         smallint NOT NULL,
    signature_id          smallint NOT NULL,
    follow_up_id          smallint NOT NULL,
    follow_up_lock        smallint NOT NULL,
    comments              varchar(250) NULL,
    valid_id              smallint NOT NULL,
    create_time           timestamp(0) NOT NULL,
    create_by             integer NOT NULL,
    change_time           timestamp(0) NOT NULL,
    change_by             integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT queue_name UNIQUE (name)
);
CREATE INDEX queue_group_id ON queue (group_id);

-- queue_preferences
CREATE TABLE queue_preferences (
    queue_id          integer NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value varchar(250) NULL
);
CREATE INDEX queue_preferences_queue_id ON queue_preferences (queue_id);

-- queue_standard_template
CREATE TABLE queue_standard_template (
    queue_id             integer NOT NULL,
    standard_template_id integer NOT NULL,
    create_time          timestamp(0) NOT NULL,
    create_by            integer NOT NULL,
    change_time          timestamp(0) NOT NULL,
    change_by            integer NOT NULL
);

-- standard_template
CREATE TABLE standard_template (
    id            serial NOT NULL,
    name          varchar(200) NOT NULL,
    text          varchar NULL,
    content_type  varchar(250) NULL,
    template_type varchar(100) NOT NULL DEFAULT 'Answer',
    comments      varchar(250) NULL,
    valid_id      smallint NOT NULL,
    create_time   timestamp(0) NOT NULL,
    create_by     integer NOT NULL,
    change_time   timestamp(0) NOT NULL,
    change_by     integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT standard_template_name UNIQUE (name)
);

-- standard_attachment
CREATE TABLE standard_attachment (
    id           serial NOT NULL,
    name         varchar(200) NOT NULL,
    content_type varchar(250) NOT NULL,
    content      text NOT NULL,
    filename     varchar(250) NOT NULL,
    comments     varchar(250) NULL,
    valid_id     smallint NOT NULL,
    create_time  timestamp(0) NOT NULL,
    create_by    integer NOT NULL,
    change_time  timestamp(0) NOT NULL,
    change_by    integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT standard_attachment_name UNIQUE (name)
);

-- standard_template_attachment
CREATE TABLE standard_template_attachment (
    id                     serial NOT NULL,
    standard_attachment_id integer NOT NULL,
    standard_template_id   integer NOT NULL,
    create_time            timestamp(0) NOT NULL,
    create_by              integer NOT NULL,
    change_time            timestamp(0) NOT NULL,
    change_by              integer NOT NULL,
    PRIMARY KEY (id)
);

-- system_address
CREATE TABLE system_address (
    id          serial NOT NULL,
    value0      varchar(200) NOT NULL,
    value1      varchar(200) NOT NULL,
    value2      varchar(200) NULL,
    value3      varchar(200) NULL,
    queue_id    integer NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id)
);

-- salutation
CREATE TABLE salutation (
    id           serial NOT NULL,
    name         varchar(200) NOT NULL,
    text         varchar(3000) NOT NULL,
    content_type varchar(250) NULL,
    comments     varchar(250) NULL,
    valid_id     smallint NOT NULL,
    create_time  timestamp(0) NOT NULL,
    create_by    integer NOT NULL,
    change_time  timestamp(0) NOT NULL,
    change_by    integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT salutation_name UNIQUE (name)
);

-- signature
CREATE TABLE signature (
    id           serial NOT NULL,
    name         varchar(200) NOT NULL,
    text         varchar(3000) NOT NULL,
    content_type varchar(250) NULL,
    comments     varchar(250) NULL,
    valid_id     smallint NOT NULL,
    create_time  timestamp(0) NOT NULL,
    create_by    integer NOT NULL,
    change_time  timestamp(0) NOT NULL,
    change_by    integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT signature_name UNIQUE (name)
);

-- follow_up_possible
CREATE TABLE follow_up_possible (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT follow_up_possible_name UNIQUE (name)
);

-- auto_response
CREATE TABLE auto_response (
    id                serial NOT NULL,
    name              varchar(200) NOT NULL,
    text0             varchar(6000) NULL,
    text1             varchar(6000) NULL,
    type_id           smallint NOT NULL,
    system_address_id smallint NOT NULL,
    content_type      varchar(250) NULL,
    comments          varchar(250) NULL,
    valid_id          smallint NOT NULL,
    create_time       timestamp(0) NOT NULL,
    create_by         integer NOT NULL,
    change_time       timestamp(0) NOT NULL,
    change_by         integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT auto_response_name UNIQUE (name)
);

-- auto_response_type
CREATE TABLE auto_response_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT auto_response_type_name UNIQUE (name)
);

-- queue_auto_response
CREATE TABLE queue_auto_response (
    id               serial NOT NULL,
    queue_id         integer NOT NULL,
    auto_response_id integer NOT NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL,
    PRIMARY KEY (id)
);

-- personal_queues
CREATE TABLE personal_queues (
    user_id  integer NOT NULL,
    queue_id integer NOT NULL
);
CREATE INDEX personal_queues_user_id ON personal_queues (user_id);
CREATE INDEX personal_queues_queue_id ON personal_queues (queue_id);

-- personal_services
CREATE TABLE personal_services (
    user_id    integer NOT NULL,
    service_id integer NOT NULL
);
CREATE INDEX personal_services_user_id ON personal_services (user_id);
CREATE INDEX personal_services_service_id ON personal_services (service_id);

-- ticket
CREATE TABLE ticket (
    id                       bigserial NOT NULL,
    tn                       varchar(50) NOT NULL,
    title                    varchar(255) NULL,
    queue_id                 integer NOT NULL,
    ticket_lock_id           smallint NOT NULL,
    type_id                  smallint NULL,
    service_id               integer NULL,
    sla_id                   integer NULL,
    user_id                  integer NOT NULL,
    responsible_user_id      integer NOT NULL,
    ticket_priority_id       smallint NOT NULL,
    ticket_state_id          smallint NOT NULL,
    customer_id              varchar(150) NULL,
    customer_user_id         varchar(250) NULL,
    timeout                  integer NOT NULL,
    until_time               integer NOT NULL,
    escalation_time          integer NOT NULL,
    escalation_update_time   integer NOT NULL,
    escalation_response_time integer NOT NULL,
    escalation_solution_time integer NOT NULL,
    archive_flag             smallint NOT NULL DEFAULT 0,
    create_time              timestamp(0) NOT NULL,
    create_by                integer NOT NULL,
    change_time              timestamp(0) NOT NULL,
    change_by                integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_tn UNIQUE (tn)
);
CREATE INDEX ticket_title ON ticket (title);
CREATE INDEX ticket_customer_user_id ON ticket (customer_user_id);
CREATE INDEX ticket_customer_id ON ticket (customer_id);
CREATE INDEX ticket_queue_id ON ticket (queue_id);
CREATE INDEX ticket_ticket_lock_id ON ticket (ticket_lock_id);
CREATE INDEX ticket_queue_view ON ticket (ticket_state_id, ticket_lock_id);
CREATE INDEX ticket_type_id ON ticket (type_id);
CREATE INDEX ticket_user_id ON ticket (user_id);
CREATE INDEX ticket_responsible_user_id ON ticket (responsible_user_id);
CREATE INDEX ticket_ticket_state_id ON ticket (ticket_state_id);
CREATE INDEX ticket_ticket_priority_id ON ticket (ticket_priority_id);
CREATE INDEX ticket_escalation_time ON ticket (escalation_time);
CREATE INDEX ticket_escalation_update_time ON ticket (escalation_update_time);
CREATE INDEX ticket_escalation_response_time ON ticket (escalation_response_time);
CREATE INDEX ticket_escalation_solution_time ON ticket (escalation_solution_time);
CREATE INDEX ticket_create_time ON ticket (create_time);
CREATE INDEX ticket_until_time ON ticket (until_time);
CREATE INDEX ticket_timeout ON ticket (timeout);
CREATE INDEX ticket_archive_flag ON ticket (archive_flag);

-- ticket_history
CREATE TABLE ticket_history (
    id              bigserial NOT NULL,
    name            varchar(200) NOT NULL,
    history_type_id smallint NOT NULL,
    ticket_id       bigint NOT NULL,
    article_id      bigint NULL,
    type_id         smallint NOT NULL,
    queue_id        integer NOT NULL,
    owner_id        integer NOT NULL,
    priority_id     smallint NOT NULL,
    state_id        smallint NOT NULL,
    create_time     timestamp(0) NOT NULL,
    create_by       integer NOT NULL,
    change_time     timestamp(0) NOT NULL,
    change_by       integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ticket_history_ticket_id ON ticket_history (ticket_id);
CREATE INDEX ticket_history_article_id ON ticket_history (article_id);
CREATE INDEX ticket_history_history_type_id ON ticket_history (history_type_id);
CREATE INDEX ticket_history_queue_id ON ticket_history (queue_id);
CREATE INDEX ticket_history_type_id ON ticket_history (type_id);
CREATE INDEX ticket_history_owner_id ON ticket_history (owner_id);
CREATE INDEX ticket_history_priority_id ON ticket_history (priority_id);
CREATE INDEX ticket_history_state_id ON ticket_history (state_id);
CREATE INDEX ticket_history_create_time ON ticket_history (create_time);

-- ticket_history_type
CREATE TABLE ticket_history_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_history_type_name UNIQUE (name)
);

-- ticket_state
CREATE TABLE ticket_state (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    type_id     smallint NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_state_name UNIQUE (name)
);

-- ticket_state_type
CREATE TABLE ticket_state_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_state_type_name UNIQUE (name)
);

-- ticket_priority
CREATE TABLE ticket_priority (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_priority_name UNIQUE (name)
);

-- ticket_type
CREATE TABLE ticket_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_type_name UNIQUE (name)
);

-- ticket_lock_type
CREATE TABLE ticket_lock_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_lock_type_name UNIQUE (name)
);

-- ticket_index
CREATE TABLE ticket_index (
    ticket_id   bigint NOT NULL,
    queue_id    integer NOT NULL,
    queue       varchar(200) NOT NULL,
    group_id    integer NOT NULL,
    s_lock      varchar(200) NOT NULL,
    s_state     varchar(200) NOT NULL,
    create_time timestamp(0) NOT NULL
);
CREATE INDEX ticket_index_ticket_id ON ticket_index (ticket_id);
CREATE INDEX ticket_index_queue_id ON ticket_index (queue_id);
CREATE INDEX ticket_index_group_id ON ticket_index (group_id);

-- ticket_lock_index
CREATE TABLE ticket_lock_index (
    ticket_id bigint NOT NULL
);
CREATE INDEX ticket_lock_index_ticket_id ON ticket_lock_index (ticket_id);

-- ticket_watcher
CREATE TABLE ticket_watcher (
    ticket_id   bigint NOT NULL,
    user_id     integer NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL
);
CREATE INDEX ticket_watcher_ticket_id ON ticket_watcher (ticket_id);
CREATE INDEX ticket_watcher_user_id ON ticket_watcher (user_id);

-- ticket_flag
CREATE TABLE ticket_flag (
    ticket_id    bigint NOT NULL,
    ticket_key   varchar(50) NOT NULL,
    ticket_value varchar(50) NULL,
    create_time  timestamp(0) NOT NULL,
    create_by    integer NOT NULL,
    CONSTRAINT ticket_flag_per_user UNIQUE (ticket_id, ticket_key, create_by)
);
CREATE INDEX ticket_flag_ticket_id_create_by ON ticket_flag (ticket_id, create_by);
CREATE INDEX ticket_flag_ticket_id_ticket_key ON ticket_flag (ticket_id, ticket_key);
CREATE INDEX ticket_flag_ticket_id ON ticket_flag (ticket_id);

-- ticket_number_counter
CREATE TABLE ticket_number_counter (
    id          bigserial NOT NULL,
    counter     bigint NOT NULL,
    counter_uid varchar(32) NOT NULL,
    create_time timestamp(0) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_number_counter_uid UNIQUE (counter_uid)
);
CREATE INDEX ticket_number_counter_create_time ON ticket_number_counter (create_time);

-- ticket_loop_protection
CREATE TABLE ticket_loop_protection (
    sent_to   varchar(250) NOT NULL,
    sent_date varchar(150) NOT NULL
);
CREATE INDEX ticket_loop_protection_sent_to ON ticket_loop_protection (sent_to);
CREATE INDEX ticket_loop_protection_sent_date ON ticket_loop_protection (sent_date);

-- article
CREATE TABLE article (
    id                         bigserial NOT NULL,
    ticket_id                  bigint NOT NULL,
    article_sender_type_id     smallint NOT NULL,
    communication_channel_id   bigint NOT NULL,
    is_visible_for_customer    smallint NOT NULL,
    search_index_needs_rebuild smallint NOT NULL DEFAULT 1,
    insert_fingerprint         varchar(64) NULL,
    create_time                timestamp(0) NOT NULL,
    create_by                  integer NOT NULL,
    change_time                timestamp(0) NOT NULL,
    change_by                  integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_ticket_id ON article (ticket_id);
CREATE INDEX article_article_sender_type_id ON article (article_sender_type_id);
CREATE INDEX article_communication_channel_id ON article (communication_channel_id);
CREATE INDEX article_search_index_needs_rebuild ON article (search_index_needs_rebuild);

-- article_data_mime
CREATE TABLE article_data_mime (
    id               bigserial NOT NULL,
    article_id       bigint NOT NULL,
    a_from           varchar NULL,
    a_reply_to       varchar NULL,
    a_to             varchar NULL,
    a_cc             varchar NULL,
    a_bcc            varchar NULL,
    a_subject        varchar(3800) NULL,
    a_message_id     varchar(3800) NULL,
    a_message_id_md5 varchar(32) NULL,
    a_in_reply_to    varchar NULL,
    a_references     varchar NULL,
    a_content_type   varchar(250) NULL,
    a_body           varchar NULL,
    incoming_time    integer NOT NULL,
    content_path     varchar(250) NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_data_mime_message_id_md5 ON article_data_mime (a_message_id_md5);
CREATE INDEX article_data_mime_article_id ON article_data_mime (article_id);

-- article_data_mime_plain
CREATE TABLE article_data_mime_plain (
    id          bigserial NOT NULL,
    article_id  bigint NOT NULL,
    body        text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_data_mime_plain_article_id ON article_data_mime_plain (article_id);

-- article_data_mime_attachment
CREATE TABLE article_data_mime_attachment (
    id                  bigserial NOT NULL,
    article_id          bigint NOT NULL,
    filename            varchar(250) NULL,
    content_size        varchar(30) NULL,
    content_type        varchar(450) NULL,
    content_id          varchar(250) NULL,
    content_alternative varchar(50) NULL,
    disposition         varchar(15) NULL,
    content             text NULL,
    create_time         timestamp(0) NOT NULL,
    create_by           integer NOT NULL,
    change_time         timestamp(0) NOT NULL,
    change_by           integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_data_mime_attachment_article_id ON article_data_mime_attachment (article_id);

-- article_data_mime_send_error
CREATE TABLE article_data_mime_send_error (
    id          bigserial NOT NULL,
    article_id  bigint NOT NULL,
    message_id  varchar(200) NULL,
    log_message varchar NULL,
    create_time timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_data_mime_transmission_message_id ON article_data_mime_send_error (message_id);
CREATE INDEX article_data_mime_transmission_article_id ON article_data_mime_send_error (article_id);

-- article_sender_type
CREATE TABLE article_sender_type (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    comments    varchar(250) NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT article_sender_type_name UNIQUE (name)
);

-- article_flag
CREATE TABLE article_flag (
    article_id    bigint NOT NULL,
    article_key   varchar(50) NOT NULL,
    article_value varchar(50) NULL,
    create_time   timestamp(0) NOT NULL,
    create_by     integer NOT NULL
);
CREATE INDEX article_flag_article_id_create_by ON article_flag (article_id, create_by);
CREATE INDEX article_flag_article_id ON article_flag (article_id);

-- article_search_index
CREATE TABLE article_search_index (
    id            bigserial NOT NULL,
    ticket_id     bigint NOT NULL,
    article_id    bigint NOT NULL,
    article_key   varchar(200) NOT NULL,
    article_value varchar NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_search_index_ticket_id ON article_search_index (ticket_id, article_key);
CREATE INDEX article_search_index_article_id ON article_search_index (article_id, article_key);

-- communication_channel
CREATE TABLE communication_channel (
    id           bigserial NOT NULL,
    name         varchar(200) NOT NULL,
    module       varchar(200) NOT NULL,
    package_name varchar(200) NOT NULL,
    channel_data text NOT NULL,
    valid_id     smallint NOT NULL,
    create_time  timestamp(0) NOT NULL,
    create_by    integer NOT NULL,
    change_time  timestamp(0) NOT NULL,
    change_by    integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT communication_channel_name UNIQUE (name)
);

-- time_accounting
CREATE TABLE time_accounting (
    id          bigserial NOT NULL,
    ticket_id   bigint NOT NULL,
    article_id  bigint NULL,
    time_unit   decimal(10,2) NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX time_accounting_ticket_id ON time_accounting (ticket_id);
CREATE INDEX time_accounting_article_id ON time_accounting (article_id);

-- service
CREATE TABLE service (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    valid_id    smallint NOT NULL,
    comments    varchar(250) NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT service_name UNIQUE (name)
);

-- service_preferences
CREATE TABLE service_preferences (
    service_id        integer NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value varchar(250) NULL
);
CREATE INDEX service_preferences_service_id ON service_preferences (service_id);

-- service_sla
CREATE TABLE service_sla (
    service_id integer NOT NULL,
    sla_id     integer NOT NULL,
    CONSTRAINT service_sla_service_sla UNIQUE (service_id, sla_id)
);

-- sla
CREATE TABLE sla (
    id                    serial NOT NULL,
    name                  varchar(200) NOT NULL,
    calendar_name         varchar(100) NULL,
    first_response_time   integer NOT NULL,
    first_response_notify smallint NULL,
    update_time           integer NOT NULL,
    update_notify         smallint NULL,
    solution_time         integer NOT NULL,
    solution_notify       smallint NULL,
    valid_id              smallint NOT NULL,
    comments              varchar(250) NULL,
    create_time           timestamp(0) NOT NULL,
    create_by             integer NOT NULL,
    change_time           timestamp(0) NOT NULL,
    change_by             integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT sla_name UNIQUE (name)
);

-- sla_preferences
CREATE TABLE sla_preferences (
    sla_id            integer NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value varchar(250) NULL
);
CREATE INDEX sla_preferences_sla_id ON sla_preferences (sla_id);

-- service_customer_user
CREATE TABLE service_customer_user (
    customer_user_login varchar(200) NOT NULL,
    service_id          integer NOT NULL,
    create_time         timestamp(0) NOT NULL,
    create_by           integer NOT NULL
);
CREATE INDEX service_customer_user_customer_user_login ON service_customer_user (customer_user_login);
CREATE INDEX service_customer_user_service_id ON service_customer_user (service_id);

-- dynamic_field
CREATE TABLE dynamic_field (
    id             serial NOT NULL,
    internal_field smallint NOT NULL DEFAULT 0,
    name           varchar(200) NOT NULL,
    label          varchar(200) NOT NULL,
    field_order    integer NOT NULL,
    field_type     varchar(200) NOT NULL,
    object_type    varchar(100) NOT NULL,
    config         text NULL,
    valid_id       smallint NOT NULL,
    create_time    timestamp(0) NOT NULL,
    create_by      integer NOT NULL,
    change_time    timestamp(0) NOT NULL,
    change_by      integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT dynamic_field_name UNIQUE (name)
);

-- dynamic_field_value
CREATE TABLE dynamic_field_value (
    id         serial NOT NULL,
    field_id   integer NOT NULL,
    object_id  bigint NOT NULL,
    value_text varchar(3800) NULL,
    value_date timestamp(0) NULL,
    value_int  bigint NULL,
    PRIMARY KEY (id)
);
CREATE INDEX dynamic_field_value_search_text ON dynamic_field_value (field_id, value_text);
CREATE INDEX dynamic_field_value_search_date ON dynamic_field_value (field_id, value_date);
CREATE INDEX dynamic_field_value_search_int ON dynamic_field_value (field_id, value_int);
CREATE INDEX dynamic_field_value_field_values ON dynamic_field_value (object_id, field_id);

-- dynamic_field_obj_id_name
CREATE TABLE dynamic_field_obj_id_name (
    object_id   serial NOT NULL,
    object_name varchar(200) NOT NULL,
    object_type varchar(100) NOT NULL,
    PRIMARY KEY (object_id),
    CONSTRAINT dynamic_field_object_name UNIQUE (object_name, object_type)
);

-- link_object
CREATE TABLE link_object (
    id   serial NOT NULL,
    name varchar(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT link_object_name UNIQUE (name)
);

-- link_type
CREATE TABLE link_type (
    id          serial NOT NULL,
    name        varchar(50) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT link_type_name UNIQUE (name)
);

-- link_state
CREATE TABLE link_state (
    id          serial NOT NULL,
    name        varchar(50) NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT link_state_name UNIQUE (name)
);

-- link_relation
CREATE TABLE link_relation (
    source_object_id smallint NOT NULL,
    source_key       varchar(50) NOT NULL,
    target_object_id smallint NOT NULL,
    target_key       varchar(50) NOT NULL,
    type_id          smallint NOT NULL,
    state_id         smallint NOT NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    CONSTRAINT link_relation_view UNIQUE (source_object_id, source_key, target_object_id, target_key, type_id)
);
CREATE INDEX link_relation_list_source ON link_relation (source_object_id, source_key, state_id);
CREATE INDEX link_relation_list_target ON link_relation (target_object_id, target_key, state_id);

-- notification_event
CREATE TABLE notification_event (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    valid_id    smallint NOT NULL,
    comments    varchar(250) NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT notification_event_name UNIQUE (name)
);

-- notification_event_message
CREATE TABLE notification_event_message (
    id              serial NOT NULL,
    notification_id integer NOT NULL,
    subject         varchar(200) NOT NULL,
    text            varchar NOT NULL,
    content_type    varchar(250) NOT NULL,
    language        varchar(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT notification_event_message_notification_id_language UNIQUE (notification_id, language)
);
CREATE INDEX notification_event_message_notification_id ON notification_event_message (notification_id);
CREATE INDEX notification_event_message_language ON notification_event_message (language);

-- notification_event_item
CREATE TABLE notification_event_item (
    notification_id integer NOT NULL,
    event_key       varchar(200) NOT NULL,
    event_value     varchar(200) NOT NULL
);
CREATE INDEX notification_event_item_notification_id ON notification_event_item (notification_id);
CREATE INDEX notification_event_item_event_key ON notification_event_item (event_key);
CREATE INDEX notification_event_item_event_value ON notification_event_item (event_value);

-- postmaster_filter
CREATE TABLE postmaster_filter (
    f_name  varchar(200) NOT NULL,
    f_stop  smallint NULL,
    f_type  varchar(20) NOT NULL,
    f_key   varchar(200) NOT NULL,
    f_value varchar(200) NOT NULL,
    f_not   smallint NULL
);
CREATE INDEX postmaster_filter_f_name ON postmaster_filter (f_name);

-- mail_account
CREATE TABLE mail_account (
    id                     serial NOT NULL,
    login                  varchar(200) NOT NULL,
    pw                     varchar(200) NOT NULL,
    host                   varchar(200) NOT NULL,
    account_type           varchar(20) NOT NULL,
    queue_id               integer NOT NULL,
    trusted                smallint NOT NULL,
    imap_folder            varchar(250) NULL,
    authentication_type    varchar(100) NOT NULL DEFAULT 'password',
    oauth2_token_config_id integer NULL,
    comments               varchar(250) NULL,
    valid_id               smallint NOT NULL,
    create_time            timestamp(0) NOT NULL,
    create_by              integer NOT NULL,
    change_time            timestamp(0) NOT NULL,
    change_by              integer NOT NULL,
    PRIMARY KEY (id)
);

-- mail_queue
CREATE TABLE mail_queue (
    id                 bigserial NOT NULL,
    insert_fingerprint varchar(64) NULL,
    article_id         bigint NULL,
    attempts           integer NOT NULL,
    sender             varchar(200) NULL,
    recipient          varchar NOT NULL,
    raw_message        text NOT NULL,
    due_time           timestamp(0) NULL,
    last_smtp_code     integer NULL,
    last_smtp_message  varchar NULL,
    create_time        timestamp(0) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT mail_queue_article_id UNIQUE (article_id),
    CONSTRAINT mail_queue_insert_fingerprint UNIQUE (insert_fingerprint)
);
CREATE INDEX mail_queue_attempts ON mail_queue (attempts);

-- sessions
CREATE TABLE sessions (
    id         bigserial NOT NULL,
    session_id varchar(100) NOT NULL,
    data_key   varchar(100) NOT NULL,
    data_value varchar NULL,
    serialized smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX sessions_session_id_data_key ON sessions (session_id, data_key);
CREATE INDEX sessions_data_key ON sessions (data_key);

-- generic_agent_jobs
CREATE TABLE generic_agent_jobs (
    job_name  varchar(200) NOT NULL,
    job_key   varchar(255) NOT NULL,
    job_value varchar(3800) NULL
);
CREATE INDEX generic_agent_jobs_job_name ON generic_agent_jobs (job_name);

-- acl
CREATE TABLE acl (
    id               serial NOT NULL,
    name             varchar(200) NOT NULL,
    comments         varchar(250) NULL,
    description      varchar(250) NULL,
    valid_id         smallint NOT NULL,
    stop_after_match smallint NULL,
    config_match     text NULL,
    config_change    text NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT acl_name UNIQUE (name)
);

-- gi_webservice_config
CREATE TABLE gi_webservice_config (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT gi_webservice_config_name UNIQUE (name)
);

-- mention
CREATE TABLE mention (
    id          serial NOT NULL,
    user_id     integer NULL,
    ticket_id   integer NULL,
    article_id  integer NULL,
    create_time timestamp(0) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX mention_user_id ON mention (user_id);
CREATE INDEX mention_ticket_id ON mention (ticket_id);
CREATE INDEX mention_article_id ON mention (article_id);

-- form_draft
CREATE TABLE form_draft (
    id          serial NOT NULL,
    object_type varchar(100) NOT NULL,
    object_id   integer NOT NULL,
    action      varchar(200) NOT NULL,
    title       varchar(255) NULL,
    content     text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX form_draft_object_type_object_id_action ON form_draft (object_type, object_id, action);

-- system_data
CREATE TABLE system_data (
    data_key    varchar(160) NOT NULL,
    data_value  text NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (data_key)
);

-- search_profile
CREATE TABLE search_profile (
    login         varchar(200) NOT NULL,
    profile_name  varchar(200) NOT NULL,
    profile_type  varchar(30) NOT NULL,
    profile_key   varchar(200) NOT NULL,
    profile_value varchar(200) NULL
);
CREATE INDEX search_profile_login ON search_profile (login);
CREATE INDEX search_profile_profile_name ON search_profile (profile_name);

-- web_upload_cache
CREATE TABLE web_upload_cache (
    form_id          varchar(250) NULL,
    filename         varchar(250) NULL,
    content_id       varchar(250) NULL,
    content_size     varchar(30) NULL,
    content_type     varchar(250) NULL,
    disposition      varchar(15) NULL,
    content          text NOT NULL,
    create_time_unix bigint NOT NULL
);

-- acl_sync
CREATE TABLE acl_sync (
    acl_id      varchar(200) NOT NULL,
    sync_state  varchar(30) NOT NULL,
    create_time timestamp(0) NOT NULL,
    change_time timestamp(0) NOT NULL
);

-- acl_ticket_attribute_relations
CREATE TABLE acl_ticket_attribute_relations (
    id          bigserial NOT NULL,
    filename    varchar(255) NOT NULL,
    attribute_1 varchar(200) NOT NULL,
    attribute_2 varchar(200) NOT NULL,
    acl_data    varchar NOT NULL,
    priority    bigint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT acl_tar_filename UNIQUE (filename)
);

-- system_maintenance
CREATE TABLE system_maintenance (
    id                 serial NOT NULL,
    start_date         integer NOT NULL,
    stop_date          integer NOT NULL,
    comments           varchar(250) NOT NULL,
    login_message      varchar(250) NULL,
    show_login_message smallint NULL,
    notify_message     varchar(250) NULL,
    valid_id           smallint NOT NULL,
    create_time        timestamp(0) NOT NULL,
    create_by          integer NOT NULL,
    change_time        timestamp(0) NOT NULL,
    change_by          integer NOT NULL,
    PRIMARY KEY (id)
);

-- article_data_otrs_chat
CREATE TABLE article_data_otrs_chat (
    id                    bigserial NOT NULL,
    article_id            bigint NOT NULL,
    chat_participant_id   varchar(255) NOT NULL,
    chat_participant_name varchar(255) NOT NULL,
    chat_participant_type varchar(255) NOT NULL,
    message_text          varchar(3800) NULL,
    system_generated      smallint NOT NULL,
    create_time           timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX article_data_otrs_chat_article_id ON article_data_otrs_chat (article_id);

-- process_id
CREATE TABLE process_id (
    process_name   varchar(200) NOT NULL,
    process_id     varchar(200) NOT NULL,
    process_host   varchar(200) NOT NULL,
    process_create integer NOT NULL,
    process_change integer NOT NULL
);

-- xml_storage
CREATE TABLE xml_storage (
    xml_type          varchar(200) NOT NULL,
    xml_key           varchar(250) NOT NULL,
    xml_content_key   varchar(250) NOT NULL,
    xml_content_value varchar NULL
);
CREATE INDEX xml_storage_key_type ON xml_storage (xml_key, xml_type);
CREATE INDEX xml_storage_xml_content_key ON xml_storage (xml_content_key);

-- virtual_fs
CREATE TABLE virtual_fs (
    id          bigserial NOT NULL,
    filename    varchar(350) NOT NULL,
    backend     varchar(60) NOT NULL,
    backend_key varchar(160) NOT NULL,
    create_time timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX virtual_fs_filename ON virtual_fs (filename);
CREATE INDEX virtual_fs_backend ON virtual_fs (backend);

-- virtual_fs_preferences
CREATE TABLE virtual_fs_preferences (
    virtual_fs_id     bigint NOT NULL,
    preferences_key   varchar(150) NOT NULL,
    preferences_value varchar(350) NULL
);
CREATE INDEX virtual_fs_preferences_virtual_fs_id ON virtual_fs_preferences (virtual_fs_id);
CREATE INDEX virtual_fs_preferences_key_value ON virtual_fs_preferences (preferences_key, preferences_value);

-- virtual_fs_db
CREATE TABLE virtual_fs_db (
    id          bigserial NOT NULL,
    filename    varchar(350) NOT NULL,
    content     text NULL,
    create_time timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX virtual_fs_db_filename ON virtual_fs_db (filename);

-- package_repository
CREATE TABLE package_repository (
    id             serial NOT NULL,
    name           varchar(200) NOT NULL,
    version        varchar(250) NOT NULL,
    vendor         varchar(250) NOT NULL,
    install_status varchar(250) NOT NULL,
    filename       varchar(250) NULL,
    content_type   varchar(250) NULL,
    content        text NOT NULL,
    create_time    timestamp(0) NOT NULL,
    create_by      integer NOT NULL,
    change_time    timestamp(0) NOT NULL,
    change_by      integer NOT NULL,
    PRIMARY KEY (id)
);

-- gi_webservice_config_history
CREATE TABLE gi_webservice_config_history (
    id          bigserial NOT NULL,
    config_id   integer NOT NULL,
    config      text NOT NULL,
    config_md5  varchar(32) NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT gi_webservice_config_history_config_md5 UNIQUE (config_md5)
);

-- gi_debugger_entry
CREATE TABLE gi_debugger_entry (
    id                 bigserial NOT NULL,
    communication_id   varchar(32) NOT NULL,
    communication_type varchar(50) NOT NULL,
    remote_ip          varchar(50) NULL,
    webservice_id      integer NOT NULL,
    create_time        timestamp(0) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT gi_debugger_entry_communication_id UNIQUE (communication_id)
);
CREATE INDEX gi_debugger_entry_create_time ON gi_debugger_entry (create_time);

-- gi_debugger_entry_content
CREATE TABLE gi_debugger_entry_content (
    id                   bigserial NOT NULL,
    gi_debugger_entry_id bigint NOT NULL,
    debug_level          varchar(50) NOT NULL,
    subject              varchar(255) NOT NULL,
    content              text NULL,
    create_time          timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX gi_debugger_entry_content_create_time ON gi_debugger_entry_content (create_time);
CREATE INDEX gi_debugger_entry_content_debug_level ON gi_debugger_entry_content (debug_level);

-- smime_signer_cert_relations
CREATE TABLE smime_signer_cert_relations (
    id               serial NOT NULL,
    cert_hash        varchar(8) NOT NULL,
    cert_fingerprint varchar(59) NOT NULL,
    ca_hash          varchar(8) NOT NULL,
    ca_fingerprint   varchar(59) NOT NULL,
    create_time      timestamp(0) NOT NULL,
    create_by        integer NOT NULL,
    change_time      timestamp(0) NOT NULL,
    change_by        integer NOT NULL,
    PRIMARY KEY (id)
);

-- pm_process
CREATE TABLE pm_process (
    id              serial NOT NULL,
    entity_id       varchar(50) NOT NULL,
    name            varchar(200) NOT NULL,
    state_entity_id varchar(50) NOT NULL,
    layout          text NOT NULL,
    config          text NOT NULL,
    create_time     timestamp(0) NOT NULL,
    create_by       integer NOT NULL,
    change_time     timestamp(0) NOT NULL,
    change_by       integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pm_process_entity_id UNIQUE (entity_id)
);

-- pm_activity
CREATE TABLE pm_activity (
    id          serial NOT NULL,
    entity_id   varchar(50) NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pm_activity_entity_id UNIQUE (entity_id)
);

-- pm_activity_dialog
CREATE TABLE pm_activity_dialog (
    id          serial NOT NULL,
    entity_id   varchar(50) NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pm_activity_dialog_entity_id UNIQUE (entity_id)
);

-- pm_transition
CREATE TABLE pm_transition (
    id          serial NOT NULL,
    entity_id   varchar(50) NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pm_transition_entity_id UNIQUE (entity_id)
);

-- pm_transition_action
CREATE TABLE pm_transition_action (
    id          serial NOT NULL,
    entity_id   varchar(50) NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT pm_transition_action_entity_id UNIQUE (entity_id)
);

-- pm_entity_sync
CREATE TABLE pm_entity_sync (
    entity_type varchar(30) NOT NULL,
    entity_id   varchar(50) NOT NULL,
    sync_state  varchar(30) NOT NULL,
    create_time timestamp(0) NOT NULL,
    change_time timestamp(0) NOT NULL,
    CONSTRAINT pm_entity_sync_list UNIQUE (entity_type, entity_id)
);

-- scheduler_task
CREATE TABLE scheduler_task (
    id               bigserial NOT NULL,
    ident            bigint NOT NULL,
    name             varchar(150) NULL,
    task_type        varchar(150) NOT NULL,
    task_data        text NOT NULL,
    attempts         smallint NOT NULL,
    lock_key         bigint NOT NULL,
    lock_time        timestamp(0) NULL,
    lock_update_time timestamp(0) NULL,
    create_time      timestamp(0) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT scheduler_task_ident UNIQUE (ident)
);
CREATE INDEX scheduler_task_ident_id ON scheduler_task (ident, id);
CREATE INDEX scheduler_task_lock_key_id ON scheduler_task (lock_key, id);

-- scheduler_future_task
CREATE TABLE scheduler_future_task (
    id             bigserial NOT NULL,
    ident          bigint NOT NULL,
    execution_time timestamp(0) NOT NULL,
    name           varchar(150) NULL,
    task_type      varchar(150) NOT NULL,
    task_data      text NOT NULL,
    attempts       smallint NOT NULL,
    lock_key       bigint NOT NULL,
    lock_time      timestamp(0) NULL,
    create_time    timestamp(0) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT scheduler_future_task_ident UNIQUE (ident)
);
CREATE INDEX scheduler_future_task_ident_id ON scheduler_future_task (ident, id);
CREATE INDEX scheduler_future_task_lock_key_id ON scheduler_future_task (lock_key, id);

-- scheduler_recurrent_task
CREATE TABLE scheduler_recurrent_task (
    id                       bigserial NOT NULL,
    name                     varchar(150) NOT NULL,
    task_type                varchar(150) NOT NULL,
    last_execution_time      timestamp(0) NOT NULL,
    last_worker_task_id      bigint NULL,
    last_worker_status       smallint NULL,
    last_worker_running_time integer NULL,
    lock_key                 bigint NOT NULL,
    lock_time                timestamp(0) NULL,
    create_time              timestamp(0) NOT NULL,
    change_time              timestamp(0) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT scheduler_recurrent_task_name_task_type UNIQUE (name, task_type)
);
CREATE INDEX scheduler_recurrent_task_task_type_name ON scheduler_recurrent_task (task_type, name);
CREATE INDEX scheduler_recurrent_task_lock_key_id ON scheduler_recurrent_task (lock_key, id);

-- cloud_service_config
CREATE TABLE cloud_service_config (
    id          serial NOT NULL,
    name        varchar(200) NOT NULL,
    config      text NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT cloud_service_config_name UNIQUE (name)
);

-- sysconfig_default
CREATE TABLE sysconfig_default (
    id                         serial NOT NULL,
    name                       varchar(250) NOT NULL,
    description                text NOT NULL,
    navigation                 varchar(200) NOT NULL,
    is_invisible               smallint NOT NULL,
    is_readonly                smallint NOT NULL,
    is_required                smallint NOT NULL,
    is_valid                   smallint NOT NULL,
    has_configlevel            smallint NOT NULL,
    user_modification_possible smallint NOT NULL,
    user_modification_active   smallint NOT NULL,
    user_preferences_group     varchar(250) NULL,
    xml_content_raw            text NOT NULL,
    xml_content_parsed         text NOT NULL,
    xml_filename               varchar(250) NOT NULL,
    effective_value            text NOT NULL,
    is_dirty                   smallint NOT NULL,
    exclusive_lock_guid        varchar(32) NOT NULL,
    exclusive_lock_user_id     integer NULL,
    exclusive_lock_expiry_time timestamp(0) NULL,
    create_time                timestamp(0) NOT NULL,
    create_by                  integer NOT NULL,
    change_time                timestamp(0) NOT NULL,
    change_by                  integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT sysconfig_default_name UNIQUE (name)
);

-- sysconfig_default_version
CREATE TABLE sysconfig_default_version (
    id                         serial NOT NULL,
    sysconfig_default_id       integer NULL,
    name                       varchar(250) NOT NULL,
    description                text NOT NULL,
    navigation                 varchar(200) NOT NULL,
    is_invisible               smallint NOT NULL,
    is_readonly                smallint NOT NULL,
    is_required                smallint NOT NULL,
    is_valid                   smallint NOT NULL,
    has_configlevel            smallint NOT NULL,
    user_modification_possible smallint NOT NULL,
    user_modification_active   smallint NOT NULL,
    user_preferences_group     varchar(250) NULL,
    xml_content_raw            text NOT NULL,
    xml_content_parsed         text NOT NULL,
    xml_filename               varchar(250) NOT NULL,
    effective_value            text NOT NULL,
    create_time                timestamp(0) NOT NULL,
    create_by                  integer NOT NULL,
    change_time                timestamp(0) NOT NULL,
    change_by                  integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX scfv_sysconfig_default_id_name ON sysconfig_default_version (sysconfig_default_id, name);

-- sysconfig_modified
CREATE TABLE sysconfig_modified (
    id                       serial NOT NULL,
    sysconfig_default_id     integer NOT NULL,
    name                     varchar(250) NOT NULL,
    user_id                  integer NULL,
    is_valid                 smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    effective_value          text NOT NULL,
    is_dirty                 smallint NOT NULL,
    reset_to_default         smallint NOT NULL,
    create_time              timestamp(0) NOT NULL,
    create_by                integer NOT NULL,
    change_time              timestamp(0) NOT NULL,
    change_by                integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT sysconfig_modified_per_user UNIQUE (sysconfig_default_id, user_id)
);

-- sysconfig_modified_version
CREATE TABLE sysconfig_modified_version (
    id                           serial NOT NULL,
    sysconfig_default_version_id integer NOT NULL,
    name                         varchar(250) NOT NULL,
    user_id                      integer NULL,
    is_valid                     smallint NOT NULL,
    user_modification_active     smallint NOT NULL,
    effective_value              text NOT NULL,
    reset_to_default             smallint NOT NULL,
    create_time                  timestamp(0) NOT NULL,
    create_by                    integer NOT NULL,
    change_time                  timestamp(0) NOT NULL,
    change_by                    integer NOT NULL,
    PRIMARY KEY (id)
);

-- sysconfig_deployment_lock
CREATE TABLE sysconfig_deployment_lock (
    id                         serial NOT NULL,
    exclusive_lock_guid        varchar(32) NULL,
    exclusive_lock_user_id     integer NULL,
    exclusive_lock_expiry_time timestamp(0) NULL,
    PRIMARY KEY (id)
);

-- sysconfig_deployment
CREATE TABLE sysconfig_deployment (
    id              serial NOT NULL,
    comments        varchar(250) NULL,
    user_id         integer NULL,
    effective_value text NOT NULL,
    create_time     timestamp(0) NOT NULL,
    create_by       integer NOT NULL,
    PRIMARY KEY (id)
);

-- calendar
CREATE TABLE calendar (
    id                  bigserial NOT NULL,
    group_id            integer NOT NULL,
    name                varchar(200) NOT NULL,
    salt_string         varchar(64) NOT NULL,
    color               varchar(7) NOT NULL,
    ticket_appointments text NULL,
    valid_id            smallint NOT NULL,
    create_time         timestamp(0) NOT NULL,
    create_by           integer NOT NULL,
    change_time         timestamp(0) NOT NULL,
    change_by           integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT calendar_name UNIQUE (name)
);

-- calendar_appointment
CREATE TABLE calendar_appointment (
    id                         bigserial NOT NULL,
    parent_id                  bigint NULL,
    calendar_id                bigint NOT NULL,
    unique_id                  varchar(255) NOT NULL,
    title                      varchar(255) NOT NULL,
    description                varchar(3800) NULL,
    location                   varchar(255) NULL,
    start_time                 timestamp(0) NOT NULL,
    end_time                   timestamp(0) NOT NULL,
    all_day                    smallint NULL,
    notify_time                timestamp(0) NULL,
    notify_template            varchar(255) NULL,
    notify_custom              varchar(255) NULL,
    notify_custom_unit_count   bigint NULL,
    notify_custom_unit         varchar(255) NULL,
    notify_custom_unit_point   varchar(255) NULL,
    notify_custom_date         timestamp(0) NULL,
    team_id                    varchar(3800) NULL,
    resource_id                varchar(3800) NULL,
    recurring                  smallint NULL,
    recur_type                 varchar(20) NULL,
    recur_freq                 varchar(255) NULL,
    recur_count                integer NULL,
    recur_interval             integer NULL,
    recur_until                timestamp(0) NULL,
    recur_id                   timestamp(0) NULL,
    recur_exclude              varchar(3800) NULL,
    ticket_appointment_rule_id varchar(32) NULL,
    create_time                timestamp(0) NULL,
    create_by                  integer NULL,
    change_time                timestamp(0) NULL,
    change_by                  integer NULL,
    PRIMARY KEY (id)
);

-- calendar_appointment_plugin
CREATE TABLE calendar_appointment_plugin (
    id             serial NOT NULL,
    dbcrud_uuid    varchar(36) NULL,
    appointment_id bigint NOT NULL,
    plugin_key     varchar(1000) NOT NULL,
    config         varchar NULL,
    create_time    timestamp(0) NOT NULL,
    create_by      integer NOT NULL,
    change_time    timestamp(0) NOT NULL,
    change_by      integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT calendar_appointment_plugin_uuid UNIQUE (dbcrud_uuid)
);

-- calendar_appointment_ticket
CREATE TABLE calendar_appointment_ticket (
    calendar_id    bigint NOT NULL,
    ticket_id      bigint NOT NULL,
    rule_id        varchar(32) NOT NULL,
    appointment_id bigint NOT NULL,
    CONSTRAINT calendar_appointment_ticket_calendar_id_ticket_id_rule_id UNIQUE (calendar_id, ticket_id, rule_id)
);
CREATE INDEX calendar_appointment_ticket_calendar_id ON calendar_appointment_ticket (calendar_id);
CREATE INDEX calendar_appointment_ticket_ticket_id ON calendar_appointment_ticket (ticket_id);
CREATE INDEX calendar_appointment_ticket_rule_id ON calendar_appointment_ticket (rule_id);
CREATE INDEX calendar_appointment_ticket_appointment_id ON calendar_appointment_ticket (appointment_id);

-- communication_log
CREATE TABLE communication_log (
    id                 bigserial NOT NULL,
    insert_fingerprint varchar(64) NULL,
    transport          varchar(200) NOT NULL,
    direction          varchar(200) NOT NULL,
    status             varchar(200) NOT NULL,
    account_type       varchar(200) NULL,
    account_id         varchar(200) NULL,
    start_time         timestamp(0) NOT NULL,
    end_time           timestamp(0) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX communication_transport ON communication_log (transport);
CREATE INDEX communication_direction ON communication_log (direction);
CREATE INDEX communication_status ON communication_log (status);
CREATE INDEX communication_start_time ON communication_log (start_time);

-- communication_log_object
CREATE TABLE communication_log_object (
    id                 bigserial NOT NULL,
    insert_fingerprint varchar(64) NULL,
    communication_id   bigint NOT NULL,
    object_type        varchar(50) NOT NULL,
    status             varchar(200) NOT NULL,
    start_time         timestamp(0) NOT NULL,
    end_time           timestamp(0) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX communication_log_object_object_type ON communication_log_object (object_type);
CREATE INDEX communication_log_object_status ON communication_log_object (status);

-- communication_log_object_entry
CREATE TABLE communication_log_object_entry (
    id                          bigserial NOT NULL,
    communication_log_object_id bigint NOT NULL,
    log_key                     varchar(200) NOT NULL,
    log_value                   varchar NOT NULL,
    priority                    varchar(50) NOT NULL,
    create_time                 timestamp(0) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX communication_log_object_entry_key ON communication_log_object_entry (log_key);

-- communication_log_obj_lookup
CREATE TABLE communication_log_obj_lookup (
    id                          bigserial NOT NULL,
    communication_log_object_id bigint NOT NULL,
    object_type                 varchar(200) NOT NULL,
    object_id                   bigint NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX communication_log_obj_lookup_target ON communication_log_obj_lookup (object_type, object_id);

-- smime_keys
CREATE TABLE smime_keys (
    id              serial NOT NULL,
    key_hash        varchar(8) NOT NULL,
    key_type        varchar(255) NOT NULL,
    file_name       varchar(255) NOT NULL,
    email_address   varchar NULL,
    expiration_date timestamp(0) NULL,
    fingerprint     varchar(59) NULL,
    subject         varchar NULL,
    create_time     timestamp(0) NULL,
    change_time     timestamp(0) NULL,
    create_by       integer NULL,
    change_by       integer NULL,
    PRIMARY KEY (id)
);
CREATE INDEX smime_keys_key_hash ON smime_keys (key_hash);
CREATE INDEX smime_keys_key_type ON smime_keys (key_type);
CREATE INDEX smime_keys_file_name ON smime_keys (file_name);

-- oauth2_token_config
CREATE TABLE oauth2_token_config (
    id          serial NOT NULL,
    dbcrud_uuid varchar(36) NULL,
    name        varchar(250) NOT NULL,
    config      varchar NOT NULL,
    valid_id    smallint NOT NULL,
    create_time timestamp(0) NOT NULL,
    create_by   integer NOT NULL,
    change_time timestamp(0) NOT NULL,
    change_by   integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT oauth2_token_config_uuid UNIQUE (dbcrud_uuid),
    CONSTRAINT oauth2_token_config_name UNIQUE (name)
);

-- oauth2_token
CREATE TABLE oauth2_token (
    id                            serial NOT NULL,
    dbcrud_uuid                   varchar(36) NULL,
    token_config_id               integer NOT NULL,
    authorization_code            varchar NULL,
    token                         varchar NULL,
    token_expiration_date         timestamp(0) NULL,
    refresh_token                 varchar NULL,
    refresh_token_expiration_date timestamp(0) NULL,
    error_message                 varchar NULL,
    error_description             varchar NULL,
    error_code                    varchar(1000) NULL,
    create_time                   timestamp(0) NOT NULL,
    create_by                     integer NOT NULL,
    change_time                   timestamp(0) NOT NULL,
    change_by                     integer NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT oauth2_token_uuid UNIQUE (dbcrud_uuid),
    CONSTRAINT oauth2_token_config_id UNIQUE (token_config_id)
);
