-- A phone offline keeps its photos until the network returns, then uploads each with an id of its own: sending it
-- again (the answer was lost) finds the photo already stored instead of storing a second copy. taken_at is when
-- the phone took it, which may be long before it was uploaded.
alter table dual_prevention_photo add column client_id uuid;
alter table dual_prevention_photo add column taken_at timestamptz;
create unique index dual_prevention_photo_client on dual_prevention_photo (enterprise_id, client_id)
    where client_id is not null;
