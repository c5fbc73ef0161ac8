-- Drafts of permit applications (the state before 申请): what the applicant has filled in so far, kept as the
-- application's JSON, checked by no rule until it is submitted. A draft is its author's own.
create table permit_draft (
    id            uuid         primary key,
    enterprise_id uuid         not null,
    author_id     uuid         not null,
    type          varchar(32),
    location      varchar(200),
    application   jsonb        not null,
    updated_at    timestamptz  not null
);
create index permit_draft_author_idx on permit_draft (author_id, updated_at desc);

alter table permit_draft enable row level security;
alter table permit_draft force row level security;
create policy tenant_scope on permit_draft
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));
