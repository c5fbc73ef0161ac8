-- A task may be assigned to a post instead of a person: the role every holder of which (in the task's enterprise)
-- does its rounds, e.g. the shift's operators. The platform has no posts apart from roles yet.
alter table inspection_task add column assignee_role varchar(32);
alter table inspection_task add constraint inspection_task_one_assignee
    check (assignee_id is null or assignee_role is null);
