-- The papers of a case (a partner's report, a school's record, a plan), each with its protective marking: stored in the
-- database under a cleaned name, recognised by content, seen by who sees the case; removing one keeps who and when.
create table case_document (
    id uuid not null,
    tenant_id uuid not null,
    case_id uuid not null,
    file_name varchar(120) not null,
    media_type varchar(100) not null,
    size_bytes bigint not null,
    content bytea not null,
    marking varchar(30) not null,
    description varchar(300) not null,
    received_on date not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    removed_by uuid,
    removed_at timestamp with time zone,
    constraint case_document_pk primary key (id),
    constraint case_document_case_fk foreign key (case_id) references channel_case (id)
);
create index case_document_case on case_document (tenant_id, case_id);
