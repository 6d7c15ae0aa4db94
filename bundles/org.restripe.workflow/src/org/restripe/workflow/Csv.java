package org.restripe.workflow;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 quoting for the invoice export: a field with a comma, a quote, a CR or LF is quoted and its quotes
 * doubled; lines end with CRLF. (Commons CSV would do it too, but it is not on the target platform, and adding a
 * bundle for these few lines would reach into the target, the feature and the CLI's class path.) A field that
 * starts with =, +, - or @ is quoted and prefixed with a quote mark, so a spreadsheet never runs it as a formula.
 */
final class Csv {
	private Csv() {
	}

	static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(fields.get(i)));
		}
		out.write("\r\n");
	}

	static String field(String value) {
		String v = value == null ? "" : value;
		boolean formula = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+");
		if (formula) {
			v = "'" + v;
		}
		if (formula || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
			return '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}
}
