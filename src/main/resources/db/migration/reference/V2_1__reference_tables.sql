create table countries (
    code varchar(2) primary key,
    name text not null,
    kind text not null check (kind in ('EU_MEMBER', 'CANDIDATE', 'PARTNER'))
);

create table organisations (
    code varchar(40) primary key,
    name text not null,
    kind text not null check (kind in ('CUSTOMS', 'POLICE', 'JUDICIAL', 'COUNCIL', 'EU_BODY', 'INTERNATIONAL_BODY', 'HOSTING')),
    country varchar(2) references countries (code)
);

create table risk_areas (
    code varchar(40) primary key,
    name text not null,
    parent varchar(40) references risk_areas (code)
);

create table transport_modes (
    code varchar(40) primary key,
    name text not null,
    parent varchar(40) references transport_modes (code)
);

create table locations (
    code varchar(60) primary key,
    name text not null,
    country varchar(2) not null references countries (code),
    kind text not null check (kind in ('SEAPORT', 'AIRPORT', 'BORDER_CROSSING')),
    note text
);
create index locations_country on locations (country);
