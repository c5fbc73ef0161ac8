-- The KPI report counts transitions of one kind in a time range (raises per 10 minutes, acknowledgements, returns).
create index alarm_transition_kind_at_idx on alarm_transition (kind, at);
