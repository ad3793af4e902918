-- Schema version 3: an association's diarienummer format, and whether it is fictional example data.
ALTER TABLE ASSOCIATION ADD COLUMN DNR_FORMAT VARCHAR(60)
;
ALTER TABLE ASSOCIATION ADD COLUMN EXAMPLE ${BOOLEAN} DEFAULT FALSE NOT NULL
;
