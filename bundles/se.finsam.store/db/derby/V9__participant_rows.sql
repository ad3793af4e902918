-- Derby's part of schema version 9 (see ../V9__participant_rows.sql): the id is required in its bytes now.
ALTER TABLE PARTICIPANT ALTER COLUMN ID NULL
;
UPDATE PARTICIPANT SET ID = NULL
;
ALTER TABLE PARTICIPANT ALTER COLUMN ID_UTF8 NOT NULL
;
