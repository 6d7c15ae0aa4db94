-- The whole job (issue 12): which request a kit was built for, so the kit's run moves that request along its
-- life cycle (connected, applied, verified; or failed) wherever it runs, the workbench or `restripe apply`.
-- A kit is named by its manifest's SHA-256, as shipments name it.
CREATE TABLE KIT_REQUEST (
  KIT_SHA256 CHAR(64) PRIMARY KEY,
  REQUEST_ID INT NOT NULL REFERENCES REQUEST(ID),
  SITE_NAME VARCHAR(200) NOT NULL,
  BUILT_BY VARCHAR(64) NOT NULL,
  BUILT_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX KIT_REQUEST_BY_REQUEST ON KIT_REQUEST(REQUEST_ID);
