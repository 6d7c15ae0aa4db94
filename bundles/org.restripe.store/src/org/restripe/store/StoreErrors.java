package org.restripe.store;

import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a driver's SQLException becomes a message an engineer can act on. Derby and
 * PostgreSQL share most SQLStates; where they differ (Derby's 08004 means both a wrong password and a
 * missing database) the driver's text decides. The driver's own text follows only as the detail.
 */
public final class StoreErrors {
	private static final Pattern DERBY_TABLE = Pattern.compile("(?:defined on|on table) '([^']+)'");

	private StoreErrors() {
	}

	/** {@code doing} (e.g. "Cannot save customer Acme") followed by what went wrong, in the engineer's words. */
	public static StoreException translate(String doing, SQLException e) {
		return new StoreException(doing + ": " + reason(e), e);
	}

	/** What went wrong, without what was being done. */
	public static String reason(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		String text = e.getMessage() == null ? "" : e.getMessage();
		String lower = text.toLowerCase(Locale.ROOT);
		return switch (state) {
		case "23505" -> "there is already one with the same key" + onTable(e) + detail(e);
		case "23503" -> "it refers to something that does not exist, or something else still refers to it"
				+ onTable(e) + detail(e);
		case "23513", "23514" -> "a value is outside what is allowed" + onTable(e) + detail(e);
		case "23502" -> "a required value is missing" + detail(e);
		case "X0Y32", "42P07" -> "a table or index of that name already exists" + detail(e);
		case "22001" -> "a value is longer than the database allows" + detail(e);
		case "28000", "28P01" -> authentication(e);
		case "3D000", "XJ004" -> databaseMissing(e);
		case "08004" -> lower.contains("authenticat") || lower.contains("password") ? authentication(e)
				: lower.contains("not found") ? databaseMissing(e) : "the database server refused the connection" + detail(e);
		case "08001" -> unreachable(e);
		case "08003", "08006", "08S01", "57P01" -> "the connection to the database was lost; try again" + detail(e);
		case "40001", "40P01", "40XL1", "40XL2" -> "another user held the same rows; nothing was changed, try again"
				+ detail(e);
		case "XJ040" -> bootFailure(e);
		case "XSDB6" -> "another program (a workbench, a CLI command or a restripe store-server) has this"
				+ " database open; share it through restripe store-server and --db jdbc:derby://HOST:PORT/db";
		default -> text.isBlank() ? "the database failed (SQLState " + state + ")" : text;
		};
	}

	/** Derby's "Failed to start database ..., see the next exception": the next exception says why. */
	private static String bootFailure(SQLException e) {
		SQLException next = e.getNextException();
		if (next == null && e.getCause() instanceof SQLException cause) {
			next = cause;
		}
		return next == null || next == e ? "the database could not be started" + detail(e) : reason(next);
	}

	private static String authentication(SQLException e) {
		return "the database refused the user name or password (authentication failed)";
	}

	private static String databaseMissing(SQLException e) {
		return "the database does not exist on that server (check its NAME in the URL, or create it first)";
	}

	private static String unreachable(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException) {
				String host = t.getMessage() == null ? "" : t.getMessage().replaceFirst(":.*", "");
				return "the host " + host + " is not known";
			}
		}
		return "nothing answers at that host and port: is the database server (restripe store-server, or"
				+ " PostgreSQL) running there, and the port open to you?";
	}

	private static String onTable(SQLException e) {
		String table = PostgresDetail.table(e);
		if (table == null) {
			Matcher m = DERBY_TABLE.matcher(e.getMessage() == null ? "" : e.getMessage());
			table = m.find() ? m.group(1) : null;
		}
		if (table == null) {
			return "";
		}
		String name = table.substring(table.lastIndexOf('.') + 1).replace("\"", ""); // "APP"."CONTRACT"
		return " (" + name.toUpperCase(Locale.ROOT) + ")";
	}

	private static String detail(SQLException e) {
		String detail = PostgresDetail.detail(e);
		return detail == null ? "" : ": " + detail;
	}

	/** PostgreSQL names the table and the offending key separately; kept apart so Derby needs no PG classes. */
	private static final class PostgresDetail {
		static String table(SQLException e) {
			try {
				org.postgresql.util.ServerErrorMessage m = message(e);
				return m == null ? null : m.getTable();
			} catch (LinkageError noPostgresDriver) {
				return null; // a class path without the PostgreSQL driver: the error is Derby's
			}
		}

		static String detail(SQLException e) {
			try {
				org.postgresql.util.ServerErrorMessage m = message(e);
				return m == null ? null : m.getDetail();
			} catch (LinkageError noPostgresDriver) {
				return null;
			}
		}

		private static org.postgresql.util.ServerErrorMessage message(SQLException e) {
			return e instanceof org.postgresql.util.PSQLException p ? p.getServerErrorMessage() : null;
		}
	}
}
