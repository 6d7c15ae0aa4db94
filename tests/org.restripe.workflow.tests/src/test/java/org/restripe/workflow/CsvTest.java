package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What the financial center's spreadsheet reads back from the invoice export. */
class CsvTest {

	@Test
	void aFieldThatASpreadsheetWouldRunAsAFormulaIsDefusedWhileNumbersStayNumbers() {
		assertEquals("'=HYPERLINK(\"http://x\")", Csv.defused("=HYPERLINK(\"http://x\")"));
		assertEquals("'@SUM(A1)", Csv.defused("@SUM(A1)"));
		assertEquals("'+cmd|' /C calc'!A0", Csv.defused("+cmd|' /C calc'!A0"));
		assertEquals("-1250.00", Csv.defused("-1250.00"));
		assertEquals("", Csv.defused(null));
	}

	@Test
	void everyFieldReadsBackAsWrittenWithCommasQuotesAndLineBreaks() throws Exception {
		List<String> fields = List.of("7", "Acme \"Freight\", <Ltd.>", "Channel addition, t3a\nweekend work",
				"=1+2", "1250.00");
		StringWriter out = new StringWriter();
		Csv csv = Csv.on(out);
		csv.line(fields);
		csv.flush();
		assertTrue(out.toString().endsWith("\r\n"), "RFC 4180 lines end with CRLF");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
		assertEquals(1, records.size());
		assertEquals(List.of("7", "Acme \"Freight\", <Ltd.>", "Channel addition, t3a\nweekend work", "'=1+2", "1250.00"),
				records.get(0).toList());
	}
}
