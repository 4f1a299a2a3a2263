-- A project file of format 3 (before format 4: no restored_at), as that version wrote it
-- after a merge of two copies that both added a unit named Nykommun and a case file 3 to
-- Torsby kommun, both answered Ja to question 2 of case file 2 (a conflict then) and
-- apart on question 3 (a conflict still); Eda kommun is removed.
PRAGMA application_id = 1095455815;
PRAGMA user_version = 3;
PRAGMA journal_mode = WAL;
BEGIN TRANSACTION;
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
INSERT INTO "answer_event" VALUES('34cf18df-ee39-45e0-b663-0c8e6f1274b3','2cec4d41-dda9-4c3e-a08a-d27442b2d38c','1','Eb','Datum framgår inte.','cell','','Anna','2026-12-03T23:26:18.700504+00:00',NULL,'d40ecaeb2d3a');
INSERT INTO "answer_event" VALUES('f63e2f14-e953-4e0a-8d6d-b5b8c6b77396','ef767383-a13d-4d6d-a99d-beede04c6a3b','2','Ja','','cell','','Anna','2026-12-03T23:26:18.742131+00:00',NULL,'d40ecaeb2d3a');
INSERT INTO "answer_event" VALUES('4ab9eeb2-38ba-41ef-881e-5a1307ce4016','ef767383-a13d-4d6d-a99d-beede04c6a3b','3','Ja','','cell','','Anna','2026-12-03T23:26:18.744647+00:00',NULL,'d40ecaeb2d3a');
INSERT INTO "answer_event" VALUES('f9a6d2a0-c715-4fae-8fa3-59882e50809b','ef767383-a13d-4d6d-a99d-beede04c6a3b','2','Ja','','cell','','Bo','2026-12-03T23:26:18.743331+00:00',NULL,'98988e7f-bffc-4989-b8e2-e4bfd088ac99');
INSERT INTO "answer_event" VALUES('db27e61c-4091-4624-bc0e-d45b57665b09','ef767383-a13d-4d6d-a99d-beede04c6a3b','3','Nej','','cell','','Bo','2026-12-03T23:26:18.745603+00:00',NULL,'98988e7f-bffc-4989-b8e2-e4bfd088ac99');
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
INSERT INTO "answer_head" VALUES('2cec4d41-dda9-4c3e-a08a-d27442b2d38c','1','34cf18df-ee39-45e0-b663-0c8e6f1274b3','Eb',0,0);
INSERT INTO "answer_head" VALUES('ef767383-a13d-4d6d-a99d-beede04c6a3b','2','f9a6d2a0-c715-4fae-8fa3-59882e50809b','Ja',0,1);
INSERT INTO "answer_head" VALUES('ef767383-a13d-4d6d-a99d-beede04c6a3b','3','db27e61c-4091-4624-bc0e-d45b57665b09','Nej',0,1);
CREATE TABLE answer_parent (
	event_id VARCHAR NOT NULL, 
	parent_id VARCHAR NOT NULL, 
	PRIMARY KEY (event_id, parent_id), 
	FOREIGN KEY(event_id) REFERENCES answer_event (id)
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
	PRIMARY KEY (id), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "case_file" VALUES('2cec4d41-dda9-4c3e-a08a-d27442b2d38c','c5fb9f08-d3cb-4590-b7fc-2bfab2608928','1',0,NULL,NULL,'2026-12-03T23:26:18.683406+00:00','2026-12-03T23:26:18.683406+00:00','2026-12-03T23:26:18.683406+00:00',NULL);
INSERT INTO "case_file" VALUES('ef767383-a13d-4d6d-a99d-beede04c6a3b','c5fb9f08-d3cb-4590-b7fc-2bfab2608928','2',1,NULL,NULL,'2026-12-03T23:26:18.683589+00:00','2026-12-03T23:26:18.683589+00:00','2026-12-03T23:26:18.683589+00:00',NULL);
INSERT INTO "case_file" VALUES('762f6cc8-b820-4a5c-afb2-61ada3c2421e','60b0ca42-2b79-4581-8c4c-202621d19a5d','1',0,NULL,NULL,'2026-12-03T23:26:18.685347+00:00','2026-12-03T23:26:18.685347+00:00','2026-12-03T23:26:18.685347+00:00','2026-12-03T23:26:18.748093+00:00');
INSERT INTO "case_file" VALUES('294793e3-8b2a-4a00-99a7-451e3c9a3884','cb1b3356-93e3-4718-8815-6c0bb0540527','1',0,NULL,NULL,'2026-12-03T23:26:18.729092+00:00','2026-12-03T23:26:18.729092+00:00','2026-12-03T23:26:18.729092+00:00',NULL);
INSERT INTO "case_file" VALUES('9b65d9eb-33a9-459b-89a6-71c1a95f587c','c5fb9f08-d3cb-4590-b7fc-2bfab2608928','3',2,NULL,NULL,'2026-12-03T23:26:18.737962+00:00','2026-12-03T23:26:18.737962+00:00','2026-12-03T23:26:18.737962+00:00',NULL);
INSERT INTO "case_file" VALUES('156ae298-6abf-45ba-be9d-caf599790691','1bf29d8e-f8b3-45ca-ab42-4ce21d3b4454','1',0,NULL,NULL,'2026-12-03T23:26:18.733547+00:00','2026-12-03T23:26:18.733547+00:00','2026-12-03T23:26:18.733547+00:00',NULL);
INSERT INTO "case_file" VALUES('dd8bf37c-3773-4f27-9f67-bf5118f00fc6','c5fb9f08-d3cb-4590-b7fc-2bfab2608928','3',2,NULL,NULL,'2026-12-03T23:26:18.740964+00:00','2026-12-03T23:26:18.740964+00:00','2026-12-03T23:26:18.740964+00:00',NULL);
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('format_version','3');
INSERT INTO "meta" VALUES('project_id','aff91fc7-ebca-4679-938c-6e9c1cc1b394');
INSERT INTO "meta" VALUES('copy_id','d40ecaeb2d3a');
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
INSERT INTO "package" VALUES('6300f7a4-30a2-44d9-9fef-7ab1f5a95e50','merge','s.aktgx','Anna','2026-12-03T23:26:18.708714+00:00','0.1.0','2026-12-03T23:26:18.715082+00:00','Bo');
INSERT INTO "package" VALUES('98988e7f-bffc-4989-b8e2-e4bfd088ac99','merge','b.aktgx','Bo','2026-12-03T23:26:18.755767+00:00','0.1.0','2026-12-03T23:26:18.763252+00:00','Anna');
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
INSERT INTO "project" VALUES('aff91fc7-ebca-4679-938c-6e9c1cc1b394','Format 3','','','','all',1,0,'Missbruks- och beroendevård, aktgranskning (gemensam granskning)','2026-12-03T23:26:18.676124+00:00','2026-12-03T23:26:18.676124+00:00');
CREATE TABLE question (
	"key" VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	text VARCHAR NOT NULL, 
	footnote VARCHAR, 
	finding VARCHAR, 
	parent VARCHAR, 
	PRIMARY KEY ("key")
);
INSERT INTO "question" VALUES('1',0,'Har utredning inletts utan dröjsmål och framgår skäl till utredning?','Bedömningen görs på om utredning inletts skyndsamt inom 14 dagar.',NULL,NULL);
INSERT INTO "question" VALUES('2',1,'Har bedömnings- eller utredningsinstrument använts i utredningen?',NULL,'har någon form av standardiserat bedömningsinstrument använts',NULL);
INSERT INTO "question" VALUES('3',2,'Framgår det av dokumentationen hur den enskilde uppfattar sina behov av hjälp och stödinsatser?',NULL,NULL,NULL);
INSERT INTO "question" VALUES('4',3,'Om barn finns i ärendet, har nämnden gjort en bedömning av barnperspektivet?',NULL,'har barnperspektivet beaktats',NULL);
INSERT INTO "question" VALUES('5',4,'Vid beslutade insatser finns upprättad vårdplan/uppdrag?',NULL,'har en vårdplan upprättats',NULL);
INSERT INTO "question" VALUES('6',5,'Vid beslutade insatser finns upprättad genomförandeplan?',NULL,'har en genomförandeplan upprättats',NULL);
INSERT INTO "question" VALUES('7',6,'Dokumenteras uppföljning av beslutade insatser samt eventuella skäl till avslutande av insats?',NULL,'har uppföljning av beslutade insatser dokumenterats',NULL);
INSERT INTO "question" VALUES('8',7,'Har en Samordnad individuell plan (SIP) initierats eller upprättats?',NULL,'har SIP (samordnad individuell plan) upprättats',NULL);
INSERT INTO "question" VALUES('8a',8,'Framgår det av den individuella planen vilka insatser som behövs?',NULL,NULL,'8');
INSERT INTO "question" VALUES('8b',9,'Framgår det av den individuella planen vilka insatser respektive huvudman ska ansvara för?',NULL,NULL,'8');
INSERT INTO "question" VALUES('8c',10,'Framgår det av den individuella planen vem som har det övergripande ansvaret för planen?',NULL,NULL,'8');
CREATE TABLE unit (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	created_at VARCHAR NOT NULL, 
	changed_at VARCHAR NOT NULL, 
	removed_at VARCHAR, 
	PRIMARY KEY (id)
);
INSERT INTO "unit" VALUES('c5fb9f08-d3cb-4590-b7fc-2bfab2608928','Torsby kommun',0,'2026-12-03T23:26:18.682292+00:00','2026-12-03T23:26:18.682292+00:00',NULL);
INSERT INTO "unit" VALUES('60b0ca42-2b79-4581-8c4c-202621d19a5d','Eda kommun',1,'2026-12-03T23:26:18.685058+00:00','2026-12-03T23:26:18.685058+00:00','2026-12-03T23:26:18.748093+00:00');
INSERT INTO "unit" VALUES('cb1b3356-93e3-4718-8815-6c0bb0540527','Nykommun',2,'2026-12-03T23:26:18.727690+00:00','2026-12-03T23:26:18.727690+00:00',NULL);
INSERT INTO "unit" VALUES('1bf29d8e-f8b3-45ca-ab42-4ce21d3b4454','Nykommun',2,'2026-12-03T23:26:18.732821+00:00','2026-12-03T23:26:18.732821+00:00',NULL);
CREATE INDEX ix_case_file_unit_id ON case_file (unit_id);
CREATE INDEX ix_answer_event_cell ON answer_event (case_file_id, question_key);
CREATE INDEX ix_answer_event_replaces ON answer_event (replaces);
CREATE INDEX ix_answer_head_conflict ON answer_head (case_file_id, question_key) WHERE conflict;
CREATE INDEX ix_answer_parent_parent_id ON answer_parent (parent_id);
COMMIT;
