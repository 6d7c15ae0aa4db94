package org.restripe.workflow;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV for the invoice export, by Apache Commons CSV (quotes where needed, doubled quotes, CRLF).
 * What it does not do is ours: a field that starts with =, +, - or @ is quoted and prefixed with a quote
 * mark, so a spreadsheet never runs it as a formula (OWASP's advice on CSV injection).
 */
final class Csv {
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

	private final CSVPrinter printer;

	private Csv(CSVPrinter printer) {
		this.printer = printer;
	}

	/** A CSV writer on {@code out}; closing it is the caller's business (the writer stays open). */
	static Csv on(Writer out) throws IOException {
		return new Csv(new CSVPrinter(out, FORMAT));
	}

	void line(List<String> fields) throws IOException {
		for (String field : fields) {
			printer.print(defused(field));
		}
		printer.println();
	}

	void flush() throws IOException {
		printer.flush();
	}

	static String defused(String value) {
		String v = value == null ? "" : value;
		boolean formula = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+");
		return formula ? "'" + v : v;
	}
}
