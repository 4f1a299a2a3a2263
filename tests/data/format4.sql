-- A project file of format 4 (before format 5: no template events), as that version wrote
-- it: a template with a criterion, a sub-question numbered 2.1 and a question keyed A;
-- case file 1 answered and signed off, case file 2 half answered.
PRAGMA application_id = 1095455815;
PRAGMA user_version = 4;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO meta VALUES('format_version','4');
INSERT INTO meta VALUES('project_id','8851e0a8-dcc4-4ac8-9e35-41c2cda37d2b');
INSERT INTO meta VALUES('copy_id','81bb9edf61b7');
CREATE TABLE project (
	id VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	organisation VARCHAR NOT NULL, 
	firm VARCHAR NOT NULL, 
	period VARCHAR NOT NULL, 
	convention VARCHAR NOT NULL, 
	first_footnote INTEGER NOT NULL, 
	is_example BOOLEAN NOT NULL, 
	template_name VARCHAR NOT NULL, 
	created_at VARCHAR NOT NULL, 
	changed_at VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO project VALUES('8851e0a8-dcc4-4ac8-9e35-41c2cda37d2b','Format 4','','','','all',1,0,'Mall v4','2026-12-04T12:51:34.499052+00:00','2026-12-04T12:51:34.499052+00:00');
CREATE TABLE question (
	"key" VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	text VARCHAR NOT NULL, 
	footnote VARCHAR, 
	finding VARCHAR, 
	parent VARCHAR, 
	PRIMARY KEY ("key")
);
INSERT INTO question VALUES('1',0,'Har utredning inletts?','inom 14 dagar','har utredning inletts',NULL);
INSERT INTO question VALUES('2',1,'Framgår den enskildes behov?',NULL,NULL,NULL);
INSERT INTO question VALUES('2.1',2,'Under två',NULL,NULL,'2');
INSERT INTO question VALUES('A',3,'Egen numrering',NULL,NULL,NULL);
CREATE TABLE unit (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	created_at VARCHAR NOT NULL, 
	changed_at VARCHAR NOT NULL, 
	removed_at VARCHAR, 
	restored_at VARCHAR, 
	PRIMARY KEY (id)
);
INSERT INTO unit VALUES('36a1589d-4a96-4eee-84d8-416c015afd61','Torsby kommun',0,'2026-12-04T12:51:34.513876+00:00','2026-12-04T12:51:34.513876+00:00',NULL,NULL);
CREATE TABLE package (
	id VARCHAR NOT NULL, 
	kind VARCHAR NOT NULL, 
	file_name VARCHAR NOT NULL, 
	exported_by VARCHAR NOT NULL, 
	exported_at VARCHAR NOT NULL, 
	app_version VARCHAR NOT NULL, 
	received_at VARCHAR NOT NULL, 
	received_by VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE case_file (
	id VARCHAR NOT NULL, 
	unit_id VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	signed_off_by VARCHAR, 
	signed_off_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	changed_at VARCHAR NOT NULL, 
	status_at VARCHAR NOT NULL, 
	removed_at VARCHAR, 
	restored_at VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO case_file VALUES('6745cc96-21e2-4c89-87a9-d6da1ea7e014','36a1589d-4a96-4eee-84d8-416c015afd61','1',0,'Berit','2026-12-04T12:51:34.661153+00:00','2026-12-04T12:51:34.515891+00:00','2026-12-04T12:51:34.515891+00:00','2026-12-04T12:51:34.663060+00:00',NULL,NULL);
INSERT INTO case_file VALUES('d209594e-1b6b-4d90-9dc9-9fffd6a9ebd2','36a1589d-4a96-4eee-84d8-416c015afd61','2',1,NULL,NULL,'2026-12-04T12:51:34.516107+00:00','2026-12-04T12:51:34.516107+00:00','2026-12-04T12:51:34.516107+00:00',NULL,NULL);
INSERT INTO case_file VALUES('6ea4204b-1a65-461f-97bd-cd8e7c941965','36a1589d-4a96-4eee-84d8-416c015afd61','3',2,NULL,NULL,'2026-12-04T12:51:34.516211+00:00','2026-12-04T12:51:34.516211+00:00','2026-12-04T12:51:34.516211+00:00',NULL,NULL);
CREATE TABLE answer_event (
	id VARCHAR NOT NULL, 
	case_file_id VARCHAR NOT NULL, 
	question_key VARCHAR NOT NULL, 
	code VARCHAR, 
	reason VARCHAR NOT NULL, 
	placement VARCHAR NOT NULL, 
	note VARCHAR NOT NULL, 
	author VARCHAR NOT NULL, 
	at VARCHAR NOT NULL, 
	replaces VARCHAR, 
	origin VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_file_id) REFERENCES case_file (id)
);
INSERT INTO answer_event VALUES('8c5d6c63-1cc6-452b-9d82-488e16bf21cf','6745cc96-21e2-4c89-87a9-d6da1ea7e014','1','Ja','','cell','','Anna','2026-12-04T12:51:34.618450+00:00',NULL,'81bb9edf61b7');
INSERT INTO answer_event VALUES('d7ef92c5-0615-4483-9c78-2c84ae9afcdc','6745cc96-21e2-4c89-87a9-d6da1ea7e014','2','Ja','','cell','','Anna','2026-12-04T12:51:34.633635+00:00',NULL,'81bb9edf61b7');
INSERT INTO answer_event VALUES('209ddee9-f543-411b-9dde-4e0343e30915','6745cc96-21e2-4c89-87a9-d6da1ea7e014','2.1','Eb','Framgår inte.','cell','','Anna','2026-12-04T12:51:34.643323+00:00',NULL,'81bb9edf61b7');
INSERT INTO answer_event VALUES('9e1eb54e-b463-419f-bdd1-21e5c2fe6cc7','6745cc96-21e2-4c89-87a9-d6da1ea7e014','A','Nej','','cell','','Anna','2026-12-04T12:51:34.650032+00:00',NULL,'81bb9edf61b7');
INSERT INTO answer_event VALUES('a56b1a36-61f5-49f2-8f52-6e3c2228672a','d209594e-1b6b-4d90-9dc9-9fffd6a9ebd2','1','Nej','','cell','','Anna','2026-12-04T12:51:34.655359+00:00',NULL,'81bb9edf61b7');
CREATE TABLE answer_head (
	case_file_id VARCHAR NOT NULL, 
	question_key VARCHAR NOT NULL, 
	event_id VARCHAR NOT NULL, 
	code VARCHAR, 
	missing_reason BOOLEAN NOT NULL, 
	"conflict" BOOLEAN NOT NULL, 
	PRIMARY KEY (case_file_id, question_key), 
	FOREIGN KEY(case_file_id) REFERENCES case_file (id), 
	FOREIGN KEY(event_id) REFERENCES answer_event (id)
)
 WITHOUT ROWID

;
INSERT INTO answer_head VALUES('6745cc96-21e2-4c89-87a9-d6da1ea7e014','1','8c5d6c63-1cc6-452b-9d82-488e16bf21cf','Ja',0,0);
INSERT INTO answer_head VALUES('6745cc96-21e2-4c89-87a9-d6da1ea7e014','2','d7ef92c5-0615-4483-9c78-2c84ae9afcdc','Ja',0,0);
INSERT INTO answer_head VALUES('6745cc96-21e2-4c89-87a9-d6da1ea7e014','2.1','209ddee9-f543-411b-9dde-4e0343e30915','Eb',0,0);
INSERT INTO answer_head VALUES('6745cc96-21e2-4c89-87a9-d6da1ea7e014','A','9e1eb54e-b463-419f-bdd1-21e5c2fe6cc7','Nej',0,0);
INSERT INTO answer_head VALUES('d209594e-1b6b-4d90-9dc9-9fffd6a9ebd2','1','a56b1a36-61f5-49f2-8f52-6e3c2228672a','Nej',0,0);
CREATE TABLE answer_parent (
	event_id VARCHAR NOT NULL, 
	parent_id VARCHAR NOT NULL, 
	PRIMARY KEY (event_id, parent_id), 
	FOREIGN KEY(event_id) REFERENCES answer_event (id)
);
CREATE INDEX ix_case_file_unit_id ON case_file (unit_id);
CREATE INDEX ix_answer_event_cell ON answer_event (case_file_id, question_key);
CREATE INDEX ix_answer_event_replaces ON answer_event (replaces);
CREATE INDEX ix_answer_head_conflict ON answer_head (case_file_id, question_key) WHERE conflict;
CREATE INDEX ix_answer_parent_parent_id ON answer_parent (parent_id);
COMMIT;
