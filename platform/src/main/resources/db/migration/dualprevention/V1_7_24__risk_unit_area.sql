-- A risk analysis unit may name the area of a site plan it lies in (the enterprise module's area, by id, no foreign
-- key): the 四色图 colours each area by the highest level of its units' events.
alter table risk_unit add column area_id uuid;
create index risk_unit_area on risk_unit (area_id) where area_id is not null;
