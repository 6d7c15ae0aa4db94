-- A volume's growth is fitted on its daily means over up to a year: 365 rows a volume, read on every forecast.
-- SAMPLE_BLOCK keeps each series' days in blocks of 28 (BLOCK_MILLIS, a multiple of 28 days since the epoch) as
-- the sums a straight-line fit needs, so a year reads a dozen blocks and the days at its ends. X is a day's mean
-- time in days after its block's start (small, so its squares keep their digits), Y the day's mean. The roll-up
-- rebuilds a block from its days whenever it rebuilds one of them, in the same transaction.
CREATE TABLE SAMPLE_BLOCK (
  SERIES_ID BIGINT NOT NULL,
  BLOCK_MILLIS BIGINT NOT NULL,
  DAYS BIGINT NOT NULL,
  SUM_X DOUBLE PRECISION NOT NULL,
  SUM_Y DOUBLE PRECISION NOT NULL,
  SUM_XX DOUBLE PRECISION NOT NULL,
  SUM_XY DOUBLE PRECISION NOT NULL,
  SUM_YY DOUBLE PRECISION NOT NULL,
  SAMPLE_COUNT BIGINT NOT NULL,
  FIRST_AT_MILLIS BIGINT NOT NULL,
  LAST_AT_MILLIS BIGINT NOT NULL,
  PRIMARY KEY (SERIES_ID, BLOCK_MILLIS)
);
-- the days rolled up before this step, summed into their blocks
INSERT INTO SAMPLE_BLOCK (SERIES_ID, BLOCK_MILLIS, DAYS, SUM_X, SUM_Y, SUM_XX, SUM_XY, SUM_YY, SAMPLE_COUNT,
    FIRST_AT_MILLIS, LAST_AT_MILLIS)
  SELECT SERIES_ID, BLOCK_MILLIS, COUNT(*), SUM(X), SUM(MEAN_VAL), SUM(X * X), SUM(X * MEAN_VAL),
      SUM(MEAN_VAL * MEAN_VAL), SUM(SAMPLE_COUNT), MIN(MEAN_AT_MILLIS), MAX(MEAN_AT_MILLIS)
  FROM (SELECT SERIES_ID, (DAY_MILLIS / 2419200000) * 2419200000 AS BLOCK_MILLIS,
          CAST(MEAN_AT_MILLIS - (DAY_MILLIS / 2419200000) * 2419200000 AS DOUBLE PRECISION) / 86400000 AS X,
          MEAN_VAL, SAMPLE_COUNT, MEAN_AT_MILLIS
        FROM SAMPLE_DAILY) DAYS_IN_BLOCKS
  GROUP BY SERIES_ID, BLOCK_MILLIS;
-- the raw samples of the last week are read by series and time for the forecast: with their value in the index
-- the read never visits the table (a week of a thousand volumes is 168,000 rows or more)
DROP INDEX SAMPLE_BY_SERIES_TIME;
CREATE INDEX SAMPLE_BY_SERIES_TIME ON SAMPLE(SERIES_ID, AT_MILLIS, VAL);
