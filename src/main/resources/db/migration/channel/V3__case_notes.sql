-- The notes of a case's chronology: what happened on a day (a contact, a meeting, information received, a
-- safeguarding concern), by whom. A note is corrected, never silently changed: each earlier wording is kept.
create table case_note (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    occurred_on date not null,
    category varchar(30) not null,
    note_text varchar(10000) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    version integer not null,
    constraint case_note_pk primary key (id),
    constraint case_note_case_fk foreign key (case_id) references channel_case (id)
);
create index case_note_case on case_note (tenant_id, case_id, occurred_on);

create table case_note_correction (
    case_note_id uuid not null,
    position integer not null,
    tenant_id uuid not null,
    occurred_on date not null,
    category varchar(30) not null,
    note_text varchar(10000) not null,
    reason varchar(1000) not null,
    corrected_by uuid not null,
    corrected_at timestamp with time zone not null,
    constraint case_note_correction_pk primary key (case_note_id, position),
    constraint case_note_correction_note_fk foreign key (case_note_id) references case_note (id)
);
