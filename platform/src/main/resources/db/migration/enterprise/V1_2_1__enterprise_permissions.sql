insert into permission (code, description) values
    ('enterprise:read', 'See the enterprises within the scope'),
    ('region:read', 'See the region tree within the scope');

insert into role_permission (role_code, permission_code)
select code, 'enterprise:read' from role;

insert into role_permission (role_code, permission_code) values
    ('PLATFORM_ADMIN', 'region:read'), ('REGION_SUPERVISOR', 'region:read');
