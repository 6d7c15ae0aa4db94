package org.restripe.ui.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;
import org.restripe.ui.views.SiteFile;

/** "Run Kit..." and "Rehearse Kit..." first ask which kit, at which site; nothing is read from the site yet. */
public final class KitChoiceDialog extends CheckedDialog {
	public static final String TITLE = "Run kit";
	public static final String REHEARSE_TITLE = "Rehearse kit";

	private final List<SiteFile> sites;
	private final Path initialKit;
	private final SiteFile initialSite;
	private final boolean rehearsal;
	private Text kit;
	private Combo site;
	private Path chosenKit;
	private SiteFile chosenSite;

	public KitChoiceDialog(Shell parent, List<SiteFile> sites, Path initialKit, SiteFile initialSite) {
		this(parent, sites, initialKit, initialSite, false);
	}

	private KitChoiceDialog(Shell parent, List<SiteFile> sites, Path initialKit, SiteFile initialSite,
			boolean rehearsal) {
		super(parent, rehearsal ? REHEARSE_TITLE : TITLE, "Check Kit", 3, false);
		this.rehearsal = rehearsal;
		this.sites = sites;
		this.initialKit = initialKit;
		this.initialSite = initialSite;
	}

	/** The same choice for a rehearsal on the site's simulated twin. */
	public static KitChoiceDialog forRehearsal(Shell parent, List<SiteFile> sites, Path initialKit,
			SiteFile initialSite) {
		return new KitChoiceDialog(parent, sites, initialKit, initialSite, true);
	}

	@Override
	protected void createBody(Composite fields) {
		if (rehearsal) {
			setTitle("Rehearse a kit on a simulated twin of its site");
			setMessage("Choose the kit and the site it changes; the twin starts as the site file has it. Its "
					+ "signature and freshness are checked first; nothing is sent to the real site.");
		} else {
			setTitle("Run a kit at a site");
			setMessage("Choose the kit and the site it changes. Its signature and freshness are checked before "
					+ "anything is sent to the site.");
		}
		new Label(fields, SWT.NONE).setText("Kit file:");
		kit = new Text(fields, SWT.BORDER | SWT.SINGLE);
		kit.setText(initialKit == null ? "" : initialKit.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(kit);
		kit.addModifyListener(e -> validate());
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(fields, SWT.NONE).setText("Site:");
		site = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		sites.forEach(s -> site.add(s.siteName()));
		int index = initialSite == null ? -1 : sites.indexOf(initialSite);
		site.select(index >= 0 ? index : sites.size() == 1 ? 0 : -1);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(site);
		site.addListener(SWT.Selection, e -> validate());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(rehearsal ? "Kit to rehearse" : "Kit to run");
		dialog.setFilterExtensions(new String[] { "*.kit", "*" });
		String current = kit.getText().strip();
		if (!current.isEmpty() && Path.of(current).getParent() != null) {
			dialog.setFilterPath(Path.of(current).getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			kit.setText(chosen);
		}
	}

	@Override
	protected String problem() {
		String text = kit.getText().strip();
		if (text.isEmpty()) {
			return rehearsal ? "Kit file: choose the kit to rehearse" : "Kit file: choose the kit to run";
		}
		Path path;
		try {
			path = Path.of(text);
		} catch (java.nio.file.InvalidPathException e) {
			return "Kit file: '" + text + "' is not a file name";
		}
		if (!Files.isRegularFile(path)) {
			return "Kit file: " + text + " does not exist";
		}
		if (site.getSelectionIndex() < 0) {
			return sites.isEmpty() ? "Site: the data directory holds no site file" : "Site: choose the site the kit changes";
		}
		return null;
	}

	@Override
	protected void okPressed() {
		chosenKit = Path.of(kit.getText().strip());
		chosenSite = sites.get(site.getSelectionIndex());
		super.okPressed();
	}

	public Text kitField() {
		return kit;
	}

	public Combo siteField() {
		return site;
	}

	public Path kit() {
		return chosenKit;
	}

	public SiteFile site() {
		return chosenSite;
	}
}
