package org.restripe.ui.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.store.DatabaseLogin;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.secure.RestripeSecureStorage;

/**
 * Restripe > Database: which database the workbench opens at its next start (embedded, a Derby Network Server,
 * PostgreSQL), the user, the password (kept only in secure storage), Test Connection (a job), and the data
 * directory used when no -data is given (kept in the configuration scope; applies at the next start).
 */
public class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.restripe.ui.preferences.database";

	private final Supplier<ISecurePreferences> storage;
	private final Map<DatabaseKind, Button> kinds = new EnumMap<>(DatabaseKind.class);
	private Text url;
	private Text user;
	private Text password;
	private Button test;
	private Label testResult;
	private Text dataDirectory;

	/** On the workbench's secure storage. */
	public DatabasePreferencePage() {
		this(DatabasePreferencePage::workbenchStorage);
	}

	/** On the given secure storage (a test's own). */
	public DatabasePreferencePage(Supplier<ISecurePreferences> storage) {
		this.storage = storage;
		setTitle("Database");
		setDescription("The database opened at start. Passwords are kept only in secure storage.");
	}

	private static ISecurePreferences workbenchStorage() {
		try {
			return RestripeSecureStorage.workbench();
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void init(IWorkbench workbench) {
		// the settings are read when the page's fields are made
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		for (DatabaseKind kind : DatabaseKind.values()) {
			Button radio = new Button(body, SWT.RADIO);
			radio.setText(kind.label());
			GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
			radio.addListener(SWT.Selection, e -> changed());
			kinds.put(kind, radio);
		}
		url = text(body, "&URL:", "jdbc:derby://HOST:PORT/NAME or jdbc:postgresql://HOST:PORT/NAME", SWT.NONE, 2);
		user = text(body, "U&ser:", "the engine's default when blank", SWT.NONE, 2);
		password = text(body, "Pass&word:", "kept in secure storage; blank keeps the one stored", SWT.PASSWORD, 2);
		test = new Button(body, SWT.PUSH);
		test.setText("&Test Connection");
		test.addListener(SWT.Selection, e -> testConnection());
		testResult = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(testResult);
		dataDirectory = text(body, "&Data directory:", "~/.restripe when blank", SWT.NONE, 1);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		Label note = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		note.setText(note(RestripeUi.dataDirectory().path()));
		load();
		return body;
	}

	private static String note(Path open) {
		return "This workbench has the data directory " + open + " open. A change of database or data directory "
				+ "applies at the next start; the data directory is used when Restripe starts without -data.";
	}

	private Text text(Composite body, String label, String hint, int style, int span) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE | style);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed());
		return text;
	}

	private void load() {
		DatabaseSettings settings = DatabaseSettings.load();
		kinds.get(settings.kind()).setSelection(true);
		url.setText(settings.url());
		user.setText(settings.user());
		dataDirectory.setText(DatabaseSettings.configuredDataDirectory().map(Path::toString).orElse(""));
		changed();
	}

	private DatabaseKind kind() {
		return kinds.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(DatabaseKind.EMBEDDED);
	}

	private void changed() {
		boolean shared = kind() != DatabaseKind.EMBEDDED;
		url.setEnabled(shared);
		user.setEnabled(shared);
		password.setEnabled(shared);
		String problem = problem();
		test.setEnabled(shared && problem == null);
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private String problem() {
		String urlProblem = kind().urlProblem(url.getText());
		if (urlProblem != null) {
			return urlProblem;
		}
		String dir = dataDirectory.getText().strip();
		if (!dir.isEmpty() && !Path.of(dir).isAbsolute()) {
			return "Data directory: '" + dir + "' is not an absolute path";
		}
		if (!dir.isEmpty() && Files.exists(Path.of(dir)) && !Files.isDirectory(Path.of(dir))) {
			return "Data directory: " + dir + " is a file, not a directory";
		}
		return null;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Restripe data directory");
		String chosen = dialog.open();
		if (chosen != null) {
			dataDirectory.setText(chosen);
		}
	}

	private void testConnection() {
		String target = url.getText().strip();
		String as = user.getText().isBlank() ? null : user.getText().strip();
		char[] typed = password.getCharCount() > 0 ? password.getTextChars() : null;
		DatabaseLogin login = typed != null ? DatabaseLogin.of(as, typed) : new WorkbenchLogin(storage, target, as);
		testResult.setText("Testing the connection to " + target + "...");
		test.setEnabled(false);
		new TestConnectionJob(target, login, typed, testResult, said -> {
			testResult.setText(said);
			testResult.getParent().layout(true, true);
			changed();
		}).schedule();
	}

	@Override
	protected void performDefaults() {
		kinds.forEach((k, b) -> b.setSelection(k == DatabaseKind.EMBEDDED));
		url.setText("");
		user.setText("");
		password.setText("");
		dataDirectory.setText("");
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		DatabaseSettings settings = new DatabaseSettings(kind(), url.getText().strip(), user.getText().strip());
		try {
			settings.save();
			DatabaseSettings.setDataDirectory(dataDirectory.getText());
		} catch (BackingStoreException e) {
			setErrorMessage("The database settings could not be saved: " + e.getMessage());
			return false;
		}
		return keepPassword(settings);
	}

	/** A typed password goes to secure storage only; the field is emptied either way. */
	private boolean keepPassword(DatabaseSettings settings) {
		if (password.getCharCount() == 0 || settings.kind() == DatabaseKind.EMBEDDED) {
			return true;
		}
		char[] typed = password.getTextChars();
		try {
			ISecurePreferences secure = storage.get();
			if (secure == null) {
				throw new IOException("secure storage cannot be opened");
			}
			new DatabasePasswords(secure).put(settings.url(), settings.userOrNull(), typed);
			password.setText("");
			return true;
		} catch (IOException e) {
			setErrorMessage("Password: not kept (" + e.getMessage() + "); it is asked at the next start instead");
			return false;
		} finally {
			Arrays.fill(typed, '\0');
		}
	}

	public Button kindButton(DatabaseKind kind) {
		return kinds.get(kind);
	}

	public Text urlField() {
		return url;
	}

	public Text userField() {
		return user;
	}

	public Text passwordField() {
		return password;
	}

	public Button testButton() {
		return test;
	}

	public String testResult() {
		return testResult.getText();
	}

	public Text dataDirectoryField() {
		return dataDirectory;
	}
}
