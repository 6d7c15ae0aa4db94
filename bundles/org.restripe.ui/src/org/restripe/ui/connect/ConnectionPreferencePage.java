package org.restripe.ui.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.restripe.connect.run.LineSpec;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.views.SiteFile;

/**
 * Restripe > Connection: each site's default line (as Connect and Run Kit offer it), how long an array may stay
 * silent, how long an idle line is kept, and the commit-confirm time. Every field is checked as it is typed.
 */
public class ConnectionPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.restripe.ui.preferences.connection";

	private Text reply;
	private Text inactivity;
	private Text commit;
	private Table lines;
	private Text line;
	private final Map<SiteFile, String> siteLines = new LinkedHashMap<>();
	private SiteFile editing;

	@Override
	public void init(IWorkbench workbench) {
		for (SiteFile site : SiteChoice.sites(RestripeUi.dataDirectory().sites())) {
			siteLines.put(site, ConnectionPreferences.line(site.siteName()).orElse(""));
		}
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		reply = number(page, "Reply timeout:", ConnectionPreferences.replyTimeout().toSeconds(),
				"seconds an array or the terminal server may stay silent");
		inactivity = number(page, "Inactivity timeout:", ConnectionPreferences.inactivity().toMinutes(),
				"minutes an idle line is kept before it is hung up");
		commit = number(page, "Commit-confirm timeout:", ConnectionPreferences.commitConfirm().toMinutes(),
				"minutes a change waits for the engineer's confirmation");
		createLines(page);
		validate();
		return page;
	}

	private Text number(Composite parent, String label, long value, String unit) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(Long.toString(value));
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(text);
		new Label(parent, SWT.NONE).setText(unit);
		text.addModifyListener(e -> validate());
		return text;
	}

	private void createLines(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Default line per site (telnet:HOST:PORT, ports:HOST:BASE, dial:DEVICE)");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(group);
		lines = new Table(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		lines.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 100).applyTo(lines);
		column("Site", 160);
		column("Line", 260);
		siteLines.forEach((site, spec) -> {
			TableItem item = new TableItem(lines, SWT.NONE);
			item.setText(new String[] { site.siteName(), spec });
			item.setData(site);
		});
		lines.addListener(SWT.Selection, e -> edit((SiteFile) e.item.getData()));
		new Label(group, SWT.NONE).setText("Line:");
		line = new Text(group, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		line.setEnabled(false);
		line.addModifyListener(e -> lineTyped());
	}

	private void column(String name, int width) {
		TableColumn column = new TableColumn(lines, SWT.NONE);
		column.setText(name);
		column.setWidth(width);
	}

	/** Edits the line of one site (the Table's selection). */
	public void edit(SiteFile site) {
		editing = site;
		line.setEnabled(site != null);
		line.setText(site == null ? "" : siteLines.get(site));
		for (TableItem item : lines.getItems()) {
			if (item.getData() == site) {
				lines.setSelection(item);
			}
		}
	}

	private void lineTyped() {
		if (editing == null) {
			return;
		}
		siteLines.put(editing, line.getText().strip());
		for (TableItem item : lines.getItems()) {
			if (item.getData() == editing) {
				item.setText(1, line.getText().strip());
			}
		}
		validate();
	}

	private void validate() {
		String problem = numberProblem("Reply timeout", reply, 1, 3600, "seconds");
		problem = problem != null ? problem : numberProblem("Inactivity timeout", inactivity, 1, 1440, "minutes");
		problem = problem != null ? problem : numberProblem("Commit-confirm timeout", commit, 1, 1440, "minutes");
		problem = problem != null ? problem : lineProblem();
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private static String numberProblem(String field, Text text, int least, int most, String unit) {
		try {
			int n = Integer.parseInt(text.getText().strip());
			if (n >= least && n <= most) {
				return null;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		return field + ": '" + text.getText().strip() + "' is not a whole number of " + unit + " (" + least + "-"
				+ most + ")";
	}

	private String lineProblem() {
		for (Map.Entry<SiteFile, String> e : siteLines.entrySet()) {
			if (e.getValue().isEmpty() || e.getKey().site() == null) {
				continue;
			}
			try {
				LineSpec.parse(e.getValue(), e.getKey().site(), ConnectionPreferences.replyTimeout(),
						ConnectionPreferences.inactivity(), (modem, site, timeout, idle) -> null); // only the form is checked
			} catch (LineSpec.BadLineException ex) {
				return "Line of " + e.getKey().siteName() + ": " + ex.getMessage();
			}
		}
		return null;
	}

	@Override
	protected void performDefaults() {
		reply.setText(Integer.toString(ConnectionPreferences.DEFAULT_REPLY_SECONDS));
		inactivity.setText(Integer.toString(ConnectionPreferences.DEFAULT_INACTIVITY_MINUTES));
		commit.setText(Integer.toString(ConnectionPreferences.DEFAULT_COMMIT_MINUTES));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		ConnectionPreferences.setNumber(ConnectionPreferences.REPLY_TIMEOUT, Integer.parseInt(reply.getText().strip()));
		ConnectionPreferences.setNumber(ConnectionPreferences.INACTIVITY, Integer.parseInt(inactivity.getText().strip()));
		ConnectionPreferences.setNumber(ConnectionPreferences.COMMIT_CONFIRM, Integer.parseInt(commit.getText().strip()));
		siteLines.forEach((site, spec) -> ConnectionPreferences.setLine(site.siteName(), spec));
		return true;
	}

	public Text replyField() {
		return reply;
	}

	public Text inactivityField() {
		return inactivity;
	}

	public Text commitField() {
		return commit;
	}

	public Text lineField() {
		return line;
	}

	public List<SiteFile> sites() {
		return List.copyOf(siteLines.keySet());
	}
}
