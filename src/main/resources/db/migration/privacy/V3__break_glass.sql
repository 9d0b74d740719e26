-- Someone with a case role who opened a Channel case they have no relationship to, for a stated reason, for at most
-- 60 minutes; and the Prevent lead's review of whether it was justified.
create table break_glass (
    id uuid not null,
    tenant_id uuid not null,
    case_id uuid not null,
    case_reference varchar(40) not null,
    user_id uuid not null,
    reason varchar(2000) not null,
    opened_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    justified boolean,
    review_note varchar(2000),
    constraint break_glass_pk primary key (id)
);
create index break_glass_user_case on break_glass (tenant_id, user_id, case_id, expires_at);
