-- Schema version 9: participant rows that Derby loads faster (issue 16).
-- A participant's id and sealed personnummer as bytes: Derby writes a text value into its page one character at a
-- time, each through a synchronized DataOutputStream.write, and a binary value in one call (as DETAILS_UTF8 since
-- version 8). Migrations' Java step moves each row's ID (as UTF-8: 36 characters take at most 144 bytes) and
-- PNR_CIPHER (Base64 text, up to 200 characters: at most 150 bytes) here and empties PNR_CIPHER; each engine's part
-- (db/<engine>/V9__participant_rows.sql, run after the step) empties ID once nothing requires it.
ALTER TABLE PARTICIPANT ADD COLUMN ID_UTF8 ${BYTES(144)}
;
ALTER TABLE PARTICIPANT ADD COLUMN PNR_SEALED ${BYTES(150)}
;
