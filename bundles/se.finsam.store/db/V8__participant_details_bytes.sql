-- Schema version 8: a participant's details (measurement dates, survey answers, extra attributes: a row's longest
-- text) kept as their UTF-8 bytes in DETAILS_UTF8 (issue 16). Derby writes a text value into its page and log one
-- character at a time, each through a synchronized DataOutputStream.write, and a binary value in one call.
-- Migrations moves each row's DETAILS there and empties DETAILS, which stays: Derby drops no column of a table
-- that a view counts rows of (V_PROJECT).
ALTER TABLE PARTICIPANT ADD COLUMN DETAILS_UTF8 ${BINARY}
;
