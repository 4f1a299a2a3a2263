-- A project file of format 2 (before merge support: no changed_at, conflict, answer_parent
-- or package tables), as that version wrote it: two case files, one signed off.
PRAGMA application_id = 1095455815;
PRAGMA user_version = 2;
PRAGMA journal_mode = WAL;
BEGIN TRANSACTION;
CREATE TABLE meta (
	"key" VARCHAR NOT NULL, 
	value VARCHAR NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO meta VALUES('format_version','2');
INSERT INTO meta VALUES('project_id','d5a153ed-0a01-4876-aac8-60fe99843cf2');
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
	PRIMARY KEY (id)
);
INSERT INTO project VALUES('d5a153ed-0a01-4876-aac8-60fe99843cf2','Format 2','','','','all',1,0,'Missbruks- och beroendevård, aktgranskning (gemensam granskning)','2026-11-24T18:30:31.377406+00:00');
CREATE TABLE question (
	"key" VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	text VARCHAR NOT NULL, 
	footnote VARCHAR, 
	finding VARCHAR, 
	parent VARCHAR, 
	PRIMARY KEY ("key")
);
INSERT INTO question VALUES('1',0,'Har utredning inletts utan dröjsmål och framgår skäl till utredning?','Bedömningen görs på om utredning inletts skyndsamt inom 14 dagar.',NULL,NULL);
INSERT INTO question VALUES('2',1,'Har bedömnings- eller utredningsinstrument använts i utredningen?',NULL,'har någon form av standardiserat bedömningsinstrument använts',NULL);
INSERT INTO question VALUES('3',2,'Framgår det av dokumentationen hur den enskilde uppfattar sina behov av hjälp och stödinsatser?',NULL,NULL,NULL);
INSERT INTO question VALUES('4',3,'Om barn finns i ärendet, har nämnden gjort en bedömning av barnperspektivet?',NULL,'har barnperspektivet beaktats',NULL);
INSERT INTO question VALUES('5',4,'Vid beslutade insatser finns upprättad vårdplan/uppdrag?',NULL,'har en vårdplan upprättats',NULL);
INSERT INTO question VALUES('6',5,'Vid beslutade insatser finns upprättad genomförandeplan?',NULL,'har en genomförandeplan upprättats',NULL);
INSERT INTO question VALUES('7',6,'Dokumenteras uppföljning av beslutade insatser samt eventuella skäl till avslutande av insats?',NULL,'har uppföljning av beslutade insatser dokumenterats',NULL);
INSERT INTO question VALUES('8',7,'Har en Samordnad individuell plan (SIP) initierats eller upprättats?',NULL,'har SIP (samordnad individuell plan) upprättats',NULL);
INSERT INTO question VALUES('8a',8,'Framgår det av den individuella planen vilka insatser som behövs?',NULL,NULL,'8');
INSERT INTO question VALUES('8b',9,'Framgår det av den individuella planen vilka insatser respektive huvudman ska ansvara för?',NULL,NULL,'8');
INSERT INTO question VALUES('8c',10,'Framgår det av den individuella planen vem som har det övergripande ansvaret för planen?',NULL,NULL,'8');
CREATE TABLE unit (
	id VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	created_at VARCHAR NOT NULL, 
	removed_at VARCHAR, 
	PRIMARY KEY (id)
);
INSERT INTO unit VALUES('bf425da8-cc2c-4d3e-856b-7b0a2dc437a2','Torsby kommun',0,'2026-11-24T18:30:31.381252+00:00',NULL);
CREATE TABLE case_file (
	id VARCHAR NOT NULL, 
	unit_id VARCHAR NOT NULL, 
	label VARCHAR NOT NULL, 
	position INTEGER NOT NULL, 
	signed_off_by VARCHAR, 
	signed_off_at VARCHAR, 
	created_at VARCHAR NOT NULL, 
	removed_at VARCHAR, 
	PRIMARY KEY (id), 
	FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO case_file VALUES('1391b011-fd58-4d76-b3f4-e8079e79c512','bf425da8-cc2c-4d3e-856b-7b0a2dc437a2','1',0,NULL,NULL,'2026-11-24T18:30:31.382005+00:00',NULL);
INSERT INTO case_file VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','bf425da8-cc2c-4d3e-856b-7b0a2dc437a2','2',1,'Cecilia','2026-11-24T18:30:31.400819+00:00','2026-11-24T18:30:31.382109+00:00',NULL);
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
INSERT INTO answer_event VALUES('33ecb66f-1977-40d3-b44e-6e69803d7db2','1391b011-fd58-4d76-b3f4-e8079e79c512','1','Ja','','cell','','Anna','2026-11-24T18:30:31.392411+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('4bff5e7d-d78e-445b-86e8-d9abe243bf20','1391b011-fd58-4d76-b3f4-e8079e79c512','1','Eb','Datum saknas.','cell','','Anna','2026-11-24T18:30:31.393815+00:00','33ecb66f-1977-40d3-b44e-6e69803d7db2',NULL);
INSERT INTO answer_event VALUES('cd2951ec-0fe0-488d-a2eb-cf9202624ba2','df92590d-c694-43e6-a13a-bc513ff1db3b','1','Nej','','cell','','Bo','2026-11-24T18:30:31.394595+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('907680c3-f3ec-4486-b4cf-c36f24464eba','df92590d-c694-43e6-a13a-bc513ff1db3b','2','Nej','','cell','','Bo','2026-11-24T18:30:31.395391+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('104b5c78-1fdd-4b15-99d7-0dad36e81fb0','df92590d-c694-43e6-a13a-bc513ff1db3b','3','Nej','','cell','','Bo','2026-11-24T18:30:31.396136+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('d94b7417-8229-4ff2-8373-85702f982a38','df92590d-c694-43e6-a13a-bc513ff1db3b','4','Nej','','cell','','Bo','2026-11-24T18:30:31.396865+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('1ea50ab8-80a8-4369-b1a0-5cea14a9b384','df92590d-c694-43e6-a13a-bc513ff1db3b','5','Nej','','cell','','Bo','2026-11-24T18:30:31.397563+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('19a7f989-fd9e-40c0-a735-a2d5d8e711b0','df92590d-c694-43e6-a13a-bc513ff1db3b','6','Nej','','cell','','Bo','2026-11-24T18:30:31.398293+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('d57336fd-aee3-4434-af3b-764666a96d31','df92590d-c694-43e6-a13a-bc513ff1db3b','7','Nej','','cell','','Bo','2026-11-24T18:30:31.399123+00:00',NULL,NULL);
INSERT INTO answer_event VALUES('bb88b313-ab32-4d7e-a965-ca9487f444b2','df92590d-c694-43e6-a13a-bc513ff1db3b','8','Nej','','cell','','Bo','2026-11-24T18:30:31.399847+00:00',NULL,NULL);
CREATE TABLE answer_head (
	case_file_id VARCHAR NOT NULL, 
	question_key VARCHAR NOT NULL, 
	event_id VARCHAR NOT NULL, 
	code VARCHAR, 
	missing_reason BOOLEAN NOT NULL, 
	PRIMARY KEY (case_file_id, question_key), 
	FOREIGN KEY(case_file_id) REFERENCES case_file (id), 
	FOREIGN KEY(event_id) REFERENCES answer_event (id)
)
 WITHOUT ROWID

;
INSERT INTO answer_head VALUES('1391b011-fd58-4d76-b3f4-e8079e79c512','1','4bff5e7d-d78e-445b-86e8-d9abe243bf20','Eb',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','1','cd2951ec-0fe0-488d-a2eb-cf9202624ba2','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','2','907680c3-f3ec-4486-b4cf-c36f24464eba','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','3','104b5c78-1fdd-4b15-99d7-0dad36e81fb0','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','4','d94b7417-8229-4ff2-8373-85702f982a38','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','5','1ea50ab8-80a8-4369-b1a0-5cea14a9b384','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','6','19a7f989-fd9e-40c0-a735-a2d5d8e711b0','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','7','d57336fd-aee3-4434-af3b-764666a96d31','Nej',0);
INSERT INTO answer_head VALUES('df92590d-c694-43e6-a13a-bc513ff1db3b','8','bb88b313-ab32-4d7e-a965-ca9487f444b2','Nej',0);
CREATE INDEX ix_case_file_unit_id ON case_file (unit_id);
CREATE INDEX ix_answer_event_replaces ON answer_event (replaces);
CREATE INDEX ix_answer_event_cell ON answer_event (case_file_id, question_key);
COMMIT;
