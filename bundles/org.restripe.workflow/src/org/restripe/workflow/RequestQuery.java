package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which requests to list: optionally one state, one customer, one site; one page of {@code pageSize}, newest
 * first (page 1 is the newest). The page is cut by the database (OFFSET/FETCH over the date index), so a long
 * list costs one page, not the whole table.
 */
public record RequestQuery(RequestState state, String customerId, String siteName, int page, int pageSize) {
	public static final int PAGE_SIZE = 50;

	public RequestQuery {
		if (page < 1) {
			throw new IllegalArgumentException("the page is counted from 1: " + page);
		}
		if (pageSize < 1 || pageSize > 1000) {
			throw new IllegalArgumentException("a page holds 1 to 1000 requests: " + pageSize);
		}
		customerId = blankToNull(customerId);
		siteName = blankToNull(siteName);
	}

	/** Every request, first page. */
	public static RequestQuery all() {
		return new RequestQuery(null, null, null, 1, PAGE_SIZE);
	}

	public RequestQuery inState(RequestState s) {
		return new RequestQuery(s, customerId, siteName, page, pageSize);
	}

	public RequestQuery ofCustomer(String c) {
		return new RequestQuery(state, c, siteName, page, pageSize);
	}

	public RequestQuery atSite(String s) {
		return new RequestQuery(state, customerId, s, page, pageSize);
	}

	public RequestQuery onPage(int n) {
		return new RequestQuery(state, customerId, siteName, n, pageSize);
	}

	List<Request> page(Connection c) throws SQLException {
		List<Object> values = new ArrayList<>();
		StringBuilder where = new StringBuilder();
		condition(where, values, "STATE", state == null ? null : state.name());
		condition(where, values, "CUSTOMER_ID", customerId);
		condition(where, values, "SITE_NAME", siteName);
		String sql = "SELECT " + RequestDesk.COLUMNS + " FROM REQUEST --DERBY-PROPERTIES index=" + index() + "\n" + where
				+ " ORDER BY OPENED_AT DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
		List<Request> requests = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(sql)) {
			int i = 1;
			for (Object value : values) {
				p.setObject(i++, value);
			}
			p.setInt(i++, (page - 1) * pageSize);
			p.setInt(i, pageSize);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					requests.add(RequestDesk.request(rs));
				}
			}
		}
		return requests;
	}

	/**
	 * The index that hands the page over in order. Derby's optimizer does not count the FETCH limit and would
	 * rather sort the whole table, so it is told (a comment to any other engine, which plans this well by itself).
	 */
	private String index() {
		if (customerId != null) {
			return "REQUEST_BY_CUSTOMER";
		}
		if (siteName != null) {
			return "REQUEST_BY_SITE";
		}
		return state != null ? "REQUEST_BY_STATE" : "REQUEST_BY_DATE";
	}

	private static void condition(StringBuilder where, List<Object> values, String column, Object value) {
		if (value != null) {
			where.append(where.length() == 0 ? " WHERE " : " AND ").append(column).append(" = ?");
			values.add(value);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
