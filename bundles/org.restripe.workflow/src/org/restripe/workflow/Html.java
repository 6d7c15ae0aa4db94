package org.restripe.workflow;

/** HTML text escaping for the printable pages: customer names and descriptions are the customers' own words. */
final class Html {
	private Html() {
	}

	static String escape(String text) {
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> b.append(ch);
			}
		}
		return b.toString();
	}
}
