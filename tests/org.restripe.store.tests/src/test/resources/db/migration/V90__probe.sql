-- a step with an engine variant, as V3 may have for CLOB/TEXT
CREATE TABLE PROBE (BODY CLOB);
