-- GB 30871-2022 B.3: permits are kept at least a year. ChemSafe deletes none; this makes it hold against a delete
-- by hand too: a permit, or a record of one, applied for less than a year ago cannot be deleted.
create function permit_keep_a_year() returns trigger
    language plpgsql as $$
declare
    applied timestamptz;
begin
    if tg_table_name = 'work_permit' then
        applied := old.applied_at;
    else
        select p.applied_at into applied from work_permit p where p.id = old.permit_id;
    end if;
    if applied is not null and applied > now() - interval '1 year' then
        raise exception 'permits are kept at least a year (GB 30871-2022 B.3): applied at %', applied;
    end if;
    return old;
end
$$;

create trigger work_permit_keep_a_year before delete on work_permit
    for each row execute function permit_keep_a_year();
create trigger permit_record_keep_a_year before delete on permit_record
    for each row execute function permit_keep_a_year();
