insert into permission (code, description) values
    ('major-hazard:read', 'Identify and grade major hazard sources (GB 18218-2018 calculations)');

insert into role_permission (role_code, permission_code)
select code, 'major-hazard:read' from role;
