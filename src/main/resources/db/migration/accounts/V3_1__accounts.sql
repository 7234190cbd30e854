create table users (
    username varchar(64) primary key,
    display_name text not null,
    organisation varchar(40) not null references organisations (code),
    roles text[] not null,
    password_hash text,
    enabled boolean not null default true,
    created_at timestamptz not null default now()
);
create index users_organisation on users (organisation);

-- Roles held on one operation only (leader, OCU operator, analyst).
create table operation_roles (
    operation_id uuid not null,
    username varchar(64) not null references users (username),
    role text not null check (role in ('LEADER', 'OCU_OPERATOR', 'ANALYST')),
    primary key (operation_id, username, role)
);
create index operation_roles_user on operation_roles (username);

create table api_tokens (
    id bigserial primary key,
    username varchar(64) not null references users (username),
    purpose text not null check (purpose in ('API', 'CALENDAR_FEED')),
    name text not null,
    token_hash char(64) not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_used_at timestamptz,
    revoked boolean not null default false
);
create index api_tokens_user on api_tokens (username);
