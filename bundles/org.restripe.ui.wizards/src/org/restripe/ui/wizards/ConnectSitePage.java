package org.restripe.ui.wizards;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.restripe.model.Site;
import org.restripe.ui.views.SiteFile;

/** The Connect wizard's first page: which site, with its dialback modem and management host shown. */
public final class ConnectSitePage extends WizardPage {
	private final List<SiteFile> sites;
	private final SiteFile preselected;
	private final Consumer<SiteFile> chosen;
	private Table table;

	ConnectSitePage(List<SiteFile> sites, SiteFile preselected, Consumer<SiteFile> chosen) {
		super("site");
		this.sites = sites;
		this.preselected = preselected;
		this.chosen = chosen;
		setTitle("The site");
		setDescription("Choose the site to connect to: its arrays are read back and compared with its site file.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		table = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 160).applyTo(table);
		column("Site", 150);
		column("Dialback modem", 150);
		column("Management host", 200);
		for (SiteFile file : sites) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(file);
			item.setText(row(file));
		}
		Label note = new Label(body, SWT.WRAP);
		note.setText("The sites are the configuration files in the data directory's sites folder.");
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(note);
		table.addListener(SWT.Selection, e -> validate());
		table.addListener(SWT.DefaultSelection, e -> {
			if (isPageComplete()) {
				getContainer().showPage(getNextPage()); // double-click: on to the link
			}
		});
		int index = preselected != null ? sites.indexOf(preselected) : sites.size() == 1 ? 0 : -1;
		if (index >= 0) {
			table.select(index);
		}
		setControl(body);
		validate();
	}

	private void column(String name, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(name);
		column.setWidth(width);
	}

	private static String[] row(SiteFile file) {
		Site site = file.site();
		if (site == null) {
			return new String[] { file.siteName(), "(unreadable)", "" };
		}
		String modem = site.getModem() == null ? "none" : String.valueOf(site.getModem().getNumber());
		String host = site.getManagementHost() == null ? "none"
				: site.getManagementHost().getName() + (site.getManagementHost().getAddress() == null ? ""
						: " (" + site.getManagementHost().getAddress() + ")");
		return new String[] { file.siteName(), modem, host };
	}

	private void validate() {
		SiteFile site = site();
		String problem = null;
		if (sites.isEmpty()) {
			problem = "Site: the data directory's sites folder holds no site file";
		} else if (site == null) {
			problem = "Site: choose the site to connect to";
		} else if (site.site() == null) {
			problem = "Site: the site file " + site.path() + " cannot be read: " + site.loadError();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
		if (problem == null) {
			chosen.accept(site);
		}
	}

	/** The site chosen, or null. */
	public SiteFile site() {
		if (table == null || table.getSelectionIndex() < 0) {
			return null;
		}
		return (SiteFile) table.getItem(table.getSelectionIndex()).getData();
	}

	/** Chooses the site as clicking its row does. */
	public void choose(String siteName) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (((SiteFile) table.getItem(i).getData()).siteName().equals(siteName)) {
				table.select(i);
				validate();
				return;
			}
		}
		throw new IllegalArgumentException("no site " + siteName + " is offered");
	}

	public Table siteTable() {
		return table;
	}
}
