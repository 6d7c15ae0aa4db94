package org.restripe.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.Planner;
import org.restripe.plan.StorageConfiguration;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * Every version of a client's site configuration, as the site file's text, with who kept it, when and why
 * (discovered, designed, applied, verified); any two versions compare through the planner's diff. The text is
 * stored in parts of {@value #PART} characters, so the schema needs no large-text type on any engine.
 */
public final class ConfigurationHistory {
	static final int PART = 8000;
	private final RestripeDatabase database;

	public ConfigurationHistory(RestripeDatabase database) {
		this.database = database;
	}

	/** Keeps the site file's text as the site's next version. */
	public ConfigurationVersion record(String siteName, Path siteFile, VersionReason reason, String note, String who)
			throws StoreException, IOException {
		return record(siteName, Files.readString(siteFile, StandardCharsets.UTF_8), reason, note, who);
	}

	/** Keeps {@code siteText} (a site file's text) as the site's next version. */
	public ConfigurationVersion record(String siteName, String siteText, VersionReason reason, String note, String who)
			throws StoreException {
		String site = Checks.text(siteName, "the site", 200);
		if (siteText == null || siteText.isBlank()) {
			throw new IllegalArgumentException("the site configuration's text is missing");
		}
		if (reason == null) {
			throw new IllegalArgumentException("why the version is kept is missing (discovered, designed, applied, verified)");
		}
		String why = Checks.optionalText(note, "the note", 2000);
		String by = Checks.who(who);
		return Transactions.run(database, "keep a version of site " + site, c -> {
			int number = latest(c, site) + 1; // two at once: the unique (site, number) refuses the second
			int id = insertVersion(c, site, number, reason, why, by, siteText.length());
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO CONFIGURATION_TEXT (VERSION_ID, PART, PART_TEXT) VALUES (?, ?, ?)")) {
				for (int part = 0; part * PART < siteText.length(); part++) {
					p.setInt(1, id);
					p.setInt(2, part);
					p.setString(3, siteText.substring(part * PART, Math.min(siteText.length(), (part + 1) * PART)));
					p.addBatch();
				}
				p.executeBatch();
			}
			return version(c, site, number);
		});
	}

	/** The site's versions, oldest first. */
	public List<ConfigurationVersion> versions(String siteName) throws StoreException {
		return Transactions.read(database, "read the history of site " + siteName, c -> {
			List<ConfigurationVersion> versions = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE SITE_NAME = ? ORDER BY VERSION_NO")) {
				p.setString(1, siteName);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						versions.add(version(rs));
					}
				}
			}
			return versions;
		});
	}

	/** The text of version {@code number}, exactly as it was kept. */
	public String text(String siteName, int number) throws StoreException {
		return Transactions.read(database, "read version " + number + " of site " + siteName, c -> {
			int id = versionId(c, siteName, number);
			StringBuilder text = new StringBuilder();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT PART_TEXT FROM CONFIGURATION_TEXT WHERE VERSION_ID = ? ORDER BY PART")) {
				p.setInt(1, id);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						text.append(rs.getString(1));
					}
				}
			}
			return text.toString();
		});
	}

	/** The site as version {@code number} has it. */
	public Site site(String siteName, int number) throws StoreException {
		String text = text(siteName, number);
		try {
			Path file = Files.createTempFile("restripe-" + number + "-", ".restripe");
			try {
				Files.writeString(file, text, StandardCharsets.UTF_8);
				return SiteFiles.load(file);
			} finally {
				Files.deleteIfExists(file);
			}
		} catch (SiteFileException e) {
			throw new StoreException("Version " + number + " of site " + siteName + " is not a readable site: "
					+ e.getMessage(), e);
		} catch (IOException e) {
			throw new StoreException("Cannot read version " + number + " of site " + siteName + ": " + e.getMessage(), e);
		}
	}

	/**
	 * What changes from version {@code from} to version {@code to}, as the planner sees it: the planned steps,
	 * array by array; if the planner refuses the way (an array taken away, say), its reasons and the differences
	 * of the array configurations.
	 */
	public List<String> compare(String siteName, int from, int to) throws StoreException {
		Site a = site(siteName, from);
		Site b = site(siteName, to);
		List<String> lines = new ArrayList<>();
		try {
			Plan plan = new Planner().plan(a, b);
			plan.lanes().forEach((unit, steps) -> {
				lines.add(arrayName(b, unit) + ":");
				steps.forEach(step -> lines.add("  " + step));
			});
		} catch (PlanRefusedException e) {
			lines.add("the planner finds no way from version " + from + " to " + to + ":");
			e.reasons().forEach(r -> lines.add("  " + r));
			lines.add("the array configurations differ (- version " + from + ", + version " + to + "):");
			StorageConfiguration.of(a).differences(StorageConfiguration.of(b), 50).forEach(d -> lines.add("  " + d));
		}
		return lines;
	}

	private static String arrayName(Site site, String unitId) {
		for (org.restripe.model.Subsystem subsystem : site.getSubsystems()) {
			for (org.restripe.model.StorageUnit unit : subsystem.getStorageUnits()) {
				if (unitId.equals(unit.getId())) {
					return unit.getName();
				}
			}
		}
		return unitId;
	}

	private static final String SELECT = "SELECT SITE_NAME, VERSION_NO, REASON, NOTE, SAVED_BY, SAVED_AT, CHARS"
			+ " FROM CONFIGURATION_VERSION";

	private static int latest(Connection c, String site) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"SELECT COALESCE(MAX(VERSION_NO), 0) FROM CONFIGURATION_VERSION WHERE SITE_NAME = ?")) {
			p.setString(1, site);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static int insertVersion(Connection c, String site, int number, VersionReason reason, String note,
			String who, int chars) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO CONFIGURATION_VERSION (SITE_NAME, VERSION_NO, REASON,"
				+ " NOTE, SAVED_BY, SAVED_AT, CHARS) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
			p.setString(1, site);
			p.setInt(2, number);
			p.setString(3, reason.name());
			p.setString(4, note);
			p.setString(5, who);
			p.setTimestamp(6, Timestamp.from(Times.now()));
			p.setInt(7, chars);
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				return keys.getInt(1);
			}
		}
	}

	private static int versionId(Connection c, String site, int number) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"SELECT ID FROM CONFIGURATION_VERSION WHERE SITE_NAME = ? AND VERSION_NO = ?")) {
			p.setString(1, site);
			p.setInt(2, number);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalArgumentException("site " + site + " has no version " + number);
				}
				return rs.getInt(1);
			}
		}
	}

	private static ConfigurationVersion version(Connection c, String site, int number) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE SITE_NAME = ? AND VERSION_NO = ?")) {
			p.setString(1, site);
			p.setInt(2, number);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return version(rs);
			}
		}
	}

	private static ConfigurationVersion version(ResultSet rs) throws SQLException {
		return new ConfigurationVersion(rs.getString(1), rs.getInt(2), VersionReason.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7));
	}
}
