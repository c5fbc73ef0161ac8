-- A district with 25,000 units for bench/major-hazard-list.sh, inserted by SQL (a load generator, not the platform's
-- way): 500 enterprises in the towns of 山亭区 (370406) with 50 units each, every identified unit assessed four
-- times (history), one in five identified units a major hazard source. No events are published.
insert into enterprise (id, name, kinds, region_code)
select md5('bench-enterprise-' || n)::uuid, '压测企业' || lpad(n::text, 4, '0'), '{PRODUCTION}',
       (select code from region where parent_code = '370406' order by code offset (n % 10) limit 1)
from generate_series(1, 500) n;

insert into hazard_unit (id, enterprise_id, kind, code, name, status)
select md5('bench-unit-' || n)::uuid, md5('bench-enterprise-' || (1 + n % 500))::uuid,
       (array ['TANK_FARM', 'WAREHOUSE', 'PRODUCTION_UNIT', 'TANK_FARM', 'LOADING_RACK'])[1 + (n / 500) % 5],
       'U-' || lpad(n::text, 5, '0'), '压测单元' || n,
       case when (n / 500) % 5 = 2 then 'RUNNING' end
from generate_series(1, 25000) n;

-- every identified unit is assessed four times (history); one in five identified units is a major hazard source
insert into unit_assessment (unit_id, enterprise_id, assessed_at, trigger, exposed_people, complete, problems,
                             sum_ratio, major_hazard, r, level, result)
select u.id, u.enterprise_id, now() - make_interval(days => 4 - k), 'INVENTORY_CHANGED', 20, true, '[]',
       case when n % 5 = 0 then 1 + (n % 97) / 3.0 else (n % 90) / 100.0 end, n % 5 = 0,
       case when n % 5 = 0 then (n % 151) end,
       case when n % 5 = 0 then case when n % 151 >= 100 then 1 when n % 151 >= 50 then 2
                                     when n % 151 >= 10 then 3 else 4 end end,
       '{}'
from (select id, enterprise_id, row_number() over (order by code) as n from hazard_unit where kind <> 'LOADING_RACK'
          and code like 'U-%') u
         cross join generate_series(1, 4) k;

-- the major hazard module's view of the units, on each unit's latest assessment
insert into major_hazard_unit (unit_id, enterprise_id, code, name, kind, assessment_id)
select u.id, u.enterprise_id, u.code, u.name, u.kind, (select max(a.id) from unit_assessment a where a.unit_id = u.id)
from hazard_unit u
where u.code like 'U-%' and u.kind <> 'LOADING_RACK';

insert into major_hazard_source (id, enterprise_id, unit_id, level, r, sum_ratio, assessment_id, assessed_at,
                                 assessment_complete)
select md5('bench-source-' || a.unit_id)::uuid, a.enterprise_id, a.unit_id, a.level, a.r, a.sum_ratio, a.id,
       a.assessed_at, a.complete
from major_hazard_unit u join unit_assessment a on a.id = u.assessment_id
where a.major_hazard and u.code like 'U-%';

analyze;
select (select count(*) from hazard_unit) as units, (select count(*) from major_hazard_source) as sources,
       (select count(*) from unit_assessment) as assessments;
