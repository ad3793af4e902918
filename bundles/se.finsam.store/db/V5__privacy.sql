-- Schema version 5: privacy (docs/privacy.md). Each förbund's retention rule; the extra attributes it keeps, each
-- personal or not (personal values are sealed like personnummer inside DETAILS); a participant's withdrawn consent,
-- the day her identity was erased, and whether the row still holds an identity (what gallring looks for); the
-- index that finds a person by pseudonym without decrypting anything; and the backups taken, which hold what a
-- later erasure removes from the database.
ALTER TABLE ASSOCIATION ADD COLUMN RETENTION_YEARS INT
;
CREATE TABLE ATTRIBUTE_DEFINITION (
  ASSOCIATION_ID VARCHAR(36) NOT NULL REFERENCES ASSOCIATION(ID),
  POS INT NOT NULL,
  NAME VARCHAR(300) NOT NULL,
  PERSONAL ${BOOLEAN} NOT NULL,
  PRIMARY KEY (ASSOCIATION_ID, POS)
)
;
ALTER TABLE PARTICIPANT ADD COLUMN CONSENT_WITHDRAWN DATE
;
ALTER TABLE PARTICIPANT ADD COLUMN IDENTITY_ERASED DATE
;
ALTER TABLE PARTICIPANT ADD COLUMN HAS_IDENTITY ${BOOLEAN} DEFAULT FALSE NOT NULL
;
UPDATE PARTICIPANT SET HAS_IDENTITY = TRUE WHERE PNR_CIPHER IS NOT NULL
;
CREATE INDEX PARTICIPANT_PSEUDONYM ON PARTICIPANT (PNR_PSEUDONYM)
;
-- Derby retires a transaction log file only when a full one is written past it: reclaiming erased values writes
-- and deletes this much filler (DerbyDialect.reclaimParticipants).
CREATE TABLE LOG_FILLER (
  FILLER VARCHAR(30000)
)
;
CREATE TABLE BACKUP_LOG (
  NUM INT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  TAKEN_AT TIMESTAMP NOT NULL,
  LOCATION VARCHAR(1000) NOT NULL
)
;
