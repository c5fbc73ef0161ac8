-- Whether the alarm centre holds an open "rectification overdue" alarm for the hidden danger: set when a
-- rectification's deadline passes, cleared when it returns (rectified, or the deadline moved), so each crossing is
-- told once across restarts.
alter table hidden_danger add column overdue_alarmed boolean not null default false;
