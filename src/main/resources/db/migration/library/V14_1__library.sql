-- The JCO Library: documents of operations that have run (their files are kept under the data directory; the
-- database holds what is known of each and its text for search), lessons learned and tags. English text search:
-- the Library's documents and lessons are written in the working language of the JCOs.

create table library_documents (
    id uuid primary key,
    operation_id uuid not null,
    file_name text not null,
    format text not null,
    size_bytes bigint not null check (size_bytes > 0),
    sha256 text not null,
    text_content text not null,
    search tsvector generated always as (to_tsvector('english', file_name || ' ' || text_content)) stored,
    uploaded_by text not null,
    uploaded_by_organisation text not null,
    uploaded_at timestamp with time zone not null
);
create index library_documents_of_operation on library_documents (operation_id, uploaded_at);
create index library_documents_search on library_documents using gin (search);

create table library_lessons (
    id uuid primary key,
    operation_id uuid not null,
    what_worked text not null default '',
    what_did_not text not null default '',
    recommendation text not null default '',
    search tsvector generated always as
        (to_tsvector('english', what_worked || ' ' || what_did_not || ' ' || recommendation)) stored,
    written_by text not null,
    written_by_organisation text not null,
    written_at timestamp with time zone not null
);
create index library_lessons_of_operation on library_lessons (operation_id, written_at);
create index library_lessons_search on library_lessons using gin (search);

create table library_tags (
    operation_id uuid not null,
    tag text not null,
    primary key (operation_id, tag)
);
create index library_tags_by_tag on library_tags (tag);
