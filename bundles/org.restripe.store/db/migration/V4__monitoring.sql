-- Monitoring samples. Times are UTC milliseconds in BIGINT columns, not TIMESTAMP, so that centers in
-- different time zones (and Derby and PostgreSQL, which map TIMESTAMP through the JVM's zone) agree.
-- One row per series (site, target, object, metric) keeps the names out of the sample rows.
CREATE TABLE SAMPLE_SERIES (
  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  SITE VARCHAR(200) NOT NULL,
  TARGET VARCHAR(200) NOT NULL,
  OBJECT_NAME VARCHAR(200) NOT NULL,
  METRIC VARCHAR(64) NOT NULL,
  CONSTRAINT SAMPLE_SERIES_NAME UNIQUE (SITE, TARGET, OBJECT_NAME, METRIC)
);
-- Raw samples of the last week; older ones are folded into SAMPLE_HOURLY by the roll-up.
CREATE TABLE SAMPLE (
  SERIES_ID BIGINT NOT NULL REFERENCES SAMPLE_SERIES(ID),
  AT_MILLIS BIGINT NOT NULL,
  VAL DOUBLE PRECISION NOT NULL
);
CREATE INDEX SAMPLE_BY_SERIES_TIME ON SAMPLE(SERIES_ID, AT_MILLIS);
-- One row per series and hour (HOUR_MILLIS is the hour's start). MEAN_AT_MILLIS, the mean of the samples'
-- times, places the mean on the time line for the trends; LAST_AT_MILLIS lets a late raw sample be merged
-- into an hour already rolled up without losing which value came last. No foreign key here or in
-- SAMPLE_DAILY: Derby would read a series' last two weeks through the key's own index on SERIES_ID alone,
-- all 8,760 hours of a year of them, instead of the primary key's range; the roll-up, the only writer,
-- writes rows of series it has just read from SAMPLE, whose key holds.
CREATE TABLE SAMPLE_HOURLY (
  SERIES_ID BIGINT NOT NULL,
  HOUR_MILLIS BIGINT NOT NULL,
  MIN_VAL DOUBLE PRECISION NOT NULL,
  MAX_VAL DOUBLE PRECISION NOT NULL,
  MEAN_VAL DOUBLE PRECISION NOT NULL,
  MEAN_AT_MILLIS BIGINT NOT NULL,
  LAST_VAL DOUBLE PRECISION NOT NULL,
  LAST_AT_MILLIS BIGINT NOT NULL,
  SAMPLE_COUNT BIGINT NOT NULL,
  PRIMARY KEY (SERIES_ID, HOUR_MILLIS)
);
-- The same by day, kept by the roll-up from the day's hours in the same transaction: a trend over a quarter
-- or a year reads a row a day instead of 24 (a year of a thousand volumes: 365,000 rows, not 8.76 million).
CREATE TABLE SAMPLE_DAILY (
  SERIES_ID BIGINT NOT NULL,
  DAY_MILLIS BIGINT NOT NULL,
  MIN_VAL DOUBLE PRECISION NOT NULL,
  MAX_VAL DOUBLE PRECISION NOT NULL,
  MEAN_VAL DOUBLE PRECISION NOT NULL,
  MEAN_AT_MILLIS BIGINT NOT NULL,
  LAST_VAL DOUBLE PRECISION NOT NULL,
  LAST_AT_MILLIS BIGINT NOT NULL,
  SAMPLE_COUNT BIGINT NOT NULL,
  PRIMARY KEY (SERIES_ID, DAY_MILLIS)
);
