-- A project file of format 1 (before the answer_head table), as that version wrote it.
PRAGMA application_id = 1095455815;
PRAGMA user_version = 1;
PRAGMA journal_mode = WAL;
CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY (key));
CREATE TABLE project (id VARCHAR NOT NULL, title VARCHAR NOT NULL, organisation VARCHAR NOT NULL,
  firm VARCHAR NOT NULL, period VARCHAR NOT NULL, convention VARCHAR NOT NULL,
  first_footnote INTEGER NOT NULL, is_example BOOLEAN NOT NULL, template_name VARCHAR NOT NULL,
  created_at VARCHAR NOT NULL, PRIMARY KEY (id));
CREATE TABLE question (key VARCHAR NOT NULL, position INTEGER NOT NULL, text VARCHAR NOT NULL,
  footnote VARCHAR, finding VARCHAR, parent VARCHAR, PRIMARY KEY (key));
CREATE TABLE unit (id VARCHAR NOT NULL, name VARCHAR NOT NULL, position INTEGER NOT NULL,
  created_at VARCHAR NOT NULL, removed_at VARCHAR, PRIMARY KEY (id));
CREATE TABLE case_file (id VARCHAR NOT NULL, unit_id VARCHAR NOT NULL, label VARCHAR NOT NULL,
  position INTEGER NOT NULL, signed_off_by VARCHAR, signed_off_at VARCHAR,
  created_at VARCHAR NOT NULL, removed_at VARCHAR, PRIMARY KEY (id),
  FOREIGN KEY(unit_id) REFERENCES unit (id));
CREATE INDEX ix_case_file_unit_id ON case_file (unit_id);
CREATE TABLE answer_event (id VARCHAR NOT NULL, case_file_id VARCHAR NOT NULL,
  question_key VARCHAR NOT NULL, code VARCHAR, reason VARCHAR NOT NULL,
  placement VARCHAR NOT NULL, note VARCHAR NOT NULL, author VARCHAR NOT NULL,
  at VARCHAR NOT NULL, replaces VARCHAR, origin VARCHAR, PRIMARY KEY (id),
  FOREIGN KEY(case_file_id) REFERENCES case_file (id));
CREATE INDEX ix_answer_event_cell ON answer_event (case_file_id, question_key);
CREATE INDEX ix_answer_event_replaces ON answer_event (replaces);
INSERT INTO meta VALUES ('format_version', '1'), ('project_id', 'p-1');
INSERT INTO project VALUES ('p-1', 'Gammal granskning', 'Torsby kommun', '', '2023', 'all', 1, 0,
  'Gammal mall', '2023-05-01T10:00:00.000000+00:00');
INSERT INTO question VALUES ('1', 0, 'Har utredning inletts utan dröjsmål?', NULL, NULL, NULL),
  ('2', 1, 'Har SIP upprättats?', NULL, 'har SIP upprättats', NULL),
  ('2a', 2, 'Framgår insatserna av planen?', NULL, NULL, '2');
INSERT INTO unit VALUES ('u-1', 'Torsby kommun', 0, '2023-05-01T10:00:00.000000+00:00', NULL);
INSERT INTO case_file VALUES ('f-1', 'u-1', '1', 0, NULL, NULL, '2023-05-01T10:00:00.000000+00:00', NULL),
  ('f-2', 'u-1', '2', 1, NULL, NULL, '2023-05-01T10:00:00.000000+00:00', NULL);
INSERT INTO answer_event VALUES
  ('e-1', 'f-1', '1', 'Ja', '', 'cell', '', 'Anna', '2023-05-02T09:00:00.000000+00:00', NULL, NULL),
  ('e-2', 'f-1', '1', 'Eb', 'Datum saknas.', 'cell', '', 'Anna', '2023-05-02T09:05:00.000000+00:00', 'e-1', NULL),
  ('e-3', 'f-2', '1', 'Ja', '', 'cell', '', 'Anna', '2023-05-02T09:10:00.000000+00:00', NULL, NULL);
