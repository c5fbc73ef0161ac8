-- The item of 安监总管三〔2017〕121号 (the 20 criteria of a major hidden danger) a 重大 hidden danger was judged by.
alter table hidden_danger add column major_criterion smallint check (major_criterion between 1 and 20);
