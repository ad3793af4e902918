-- Schema version 7: what a team server's readers (the chef, the board) may see of a project's participants: its
-- statistics with small counts suppressed, computed by the client that saved the project with the key
-- (se.finsam.store.FiguresForReaders), never a participant row. Written on a team server only; derived, so a
-- migration between engines leaves it behind and the next save writes it again.
CREATE TABLE READER_FIGURES (
  PROJECT_ID VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES PROJECT(ID) ON DELETE CASCADE,
  COMPUTED_AT TIMESTAMP NOT NULL,
  CONTENT ${CLOB} NOT NULL
)
;
