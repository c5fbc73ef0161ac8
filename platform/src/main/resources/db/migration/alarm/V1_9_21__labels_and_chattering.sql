-- The originator's label for people (a point's tag and name, a permit's number), as the raising module named it when
-- the alarm was raised: the console, the history, the Excel ledger and the notices show it without asking the
-- originator's module. Alarms raised before it was kept show their originator's type and id.
alter table alarm add column originator_label varchar(200);
update alarm set originator_label = originator_type || ' ' || originator_id;
alter table alarm alter column originator_label set not null;

-- Whether the alarm was flagged as chattering: raised again and again within a short time (ChatterWindow).
alter table alarm add column chattering boolean not null default false;
