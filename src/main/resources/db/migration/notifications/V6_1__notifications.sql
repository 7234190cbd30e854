create table notifications (
    id uuid primary key,
    recipient varchar(64) not null,
    title text not null,
    body text not null,
    link text,
    created_at timestamptz not null,
    read_at timestamptz
);
create index notifications_recipient on notifications (recipient, created_at desc);
