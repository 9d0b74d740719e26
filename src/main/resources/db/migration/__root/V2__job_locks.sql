-- Scheduled jobs run once across nodes: each takes its row here before it runs (ShedLock's JDBC lock).
drop table job_lock;
create table job_lock (
    name varchar(64) not null,
    lock_until timestamp with time zone not null,
    locked_at timestamp with time zone not null,
    locked_by varchar(255) not null,
    constraint job_lock_pk primary key (name)
);
