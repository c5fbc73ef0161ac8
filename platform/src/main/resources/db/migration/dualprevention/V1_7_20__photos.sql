-- Photos of dual prevention (a hidden danger as found and as rectified, an inspection record's evidence), stored
-- here as the bytes the phone sent (JPEG or PNG, recognised by their first bytes) with their SHA-256. Hidden dangers
-- and inspection records refer to them by id, always within the same enterprise.
create table dual_prevention_photo (
    id            uuid primary key,
    enterprise_id uuid        not null,
    content_type  varchar(16) not null check (content_type in ('image/jpeg', 'image/png')),
    content       bytea       not null,
    size_bytes    integer     not null check (size_bytes > 0),
    sha256        char(64)    not null,
    uploaded_by   uuid        not null,
    uploaded_at   timestamptz not null
);
create index dual_prevention_photo_enterprise on dual_prevention_photo (enterprise_id, uploaded_at, id);

alter table dual_prevention_photo enable row level security;
alter table dual_prevention_photo force row level security;
create policy tenant_scope on dual_prevention_photo
    using ((select chemsafe_scope_ids()) is null or enterprise_id in (select unnest(chemsafe_scope_ids())));

-- A hidden danger's photos were free-text references to images stored elsewhere; they become ids of the photos
-- above. Nothing outside the platform ever stored those images, so references that are not ids are dropped.
create function pg_temp.photo_ids(refs text[]) returns uuid[] language sql immutable as $$
    select coalesce(array_agg(ref::uuid order by n), '{}')
    from unnest(refs) with ordinality as r(ref, n)
    where ref ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
$$;
alter table hidden_danger alter column danger_img type uuid[] using pg_temp.photo_ids(danger_img);
alter table hidden_danger alter column danger_accept_img type uuid[] using pg_temp.photo_ids(danger_accept_img);
