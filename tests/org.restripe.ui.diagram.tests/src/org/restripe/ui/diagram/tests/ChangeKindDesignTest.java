package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.CacheMode;
import org.restripe.model.ChannelKind;
import org.restripe.model.ChangeKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.MainframeSite;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.kit.Kit;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.diagram.properties.TabSection;
import org.restripe.ui.tests.RealInput;
import org.restripe.ui.tests.ShellBot;

/**
 * Each change kind of the design designed as an engineer does it: the element clicked in the diagram, its row
 * in the Properties view clicked and typed into (or its choice stepped to with the arrow keys), a palette
 * tool clicked onto the diagram; then the Plan view and the kit Build Kit writes hold the matching step.
 * Refused values are told in the status line with the field's name and what is allowed, and change nothing.
 */
class ChangeKindDesignTest extends EditorTest {
	private static final long GB = 1_000_000_000L;

	@TempDir
	Path keys;
	private DiagramBot bot;
	private SiteDiagramEditor design;
	private PlanView planView;

	@AfterEach
	void restoreEditorArea() {
		if (bot != null) {
			bot.settle();
		}
	}

	private void designNewConfiguration(Site site, String folder) throws Exception {
		Path current = TestSites.save(site, folder, "demo.restripe");
		planView = (PlanView) page.showView(PlanView.ID);
		page.showView(IPageLayout.ID_PROP_SHEET);
		design = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		design.getSite().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		page.activate(design);
		bot = DiagramBot.of(design);
	}

	/** An IBM ESS 2105 in a subsystem of its own below the demo site's management host, its ports all cabled. */
	private static StorageUnit mainframeArray(Site site) {
		Subsystem mainframe = SiteBuilder.place(SiteBuilder.subsystem(site, "ss-mf", "Mainframe subsystem",
				site.getHosts().get(0)), 420, 480, 300, 200);
		StorageUnit ess = SiteBuilder.storageUnit(mainframe, DeviceCatalog.standard().get("ESS-2105"), "ess", "ess", 1,
				36_400_000_000L);
		SiteBuilder.place(ess, 440, 520, 190, 140);
		SiteBuilder.console(site.getManagementHost(), "/dev/ttyS9", ess);
		ess.getPorts().forEach(p -> p.setHost(site.getHosts().get(0))); // its fibre channel ports serve dbserver
		return ess;
	}

	private StorageUnit unit(String name) {
		return design.site().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	/** A real click on the element's figure (an array on its title line), its array scrolled into view first. */
	private void select(Object element) {
		StorageUnit unit = element instanceof StorageUnit u ? u : (StorageUnit) ((org.eclipse.emf.ecore.EObject) element).eContainer();
		bot.scrollToModel(Math.max(0, unit.getX() - 40), Math.max(0, unit.getY() - 40));
		Rectangle r = bot.screenBounds(bot.partOf(element));
		bot.click(element instanceof StorageUnit ? new Point(r.x + r.width / 2, r.y + 8)
				: new Point(r.x + Math.min(40, r.width / 2), r.y + r.height / 2));
		settle();
		assertEquals(List.of(bot.partOf(element)), design.getGraphicalViewer().getSelectedEditParts(),
				"the click selected " + element);
	}

	/** The screen point halfway along a connection's line. */
	private static Point midpointOf(org.eclipse.gef.GraphicalEditPart link) {
		org.eclipse.draw2d.Connection line = (org.eclipse.draw2d.Connection) link.getFigure();
		org.eclipse.draw2d.geometry.Point p = line.getPoints().getMidpoint().getCopy();
		line.translateToAbsolute(p);
		return link.getViewer().getControl().toDisplay(p.x, p.y);
	}

	/** The Configuration tab's sheet of the selected element, as the Properties view shows it. */
	private Tree configurationSheet() {
		PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		TabbedPropertySheetPage tabbed = (TabbedPropertySheetPage) sheet.getCurrentPage();
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.configuration");
		settle();
		return (Tree) ((TabSection) tabbed.getCurrentTab().getSections()[0]).sheet().getControl();
	}

	private static TreeItem row(Tree tree, String name) {
		for (TreeItem item : tree.getItems()) {
			if (name.equals(item.getText())) {
				return item;
			}
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				if (name.equals(child.getText())) {
					return child;
				}
			}
		}
		throw new AssertionError("no row " + name + " in the sheet");
	}

	/** Clicks the row's value, as the engineer does to edit it; the cell editor then has the keyboard focus. */
	private Control clickValueOf(String rowName) {
		Tree tree = configurationSheet();
		TreeItem item = row(tree, rowName);
		tree.showItem(item);
		settle();
		RealInput.clickAt(tree, item.getBounds(1), 1);
		settle();
		Control focus = Display.getCurrent().getFocusControl();
		assertNotNull(focus, "the click on " + rowName + " opened its cell editor");
		return focus;
	}

	/** Types into the row's cell as a person does (the old text replaced), without pressing Return yet. */
	private Text typeInto(String rowName, String text) {
		Control focus = clickValueOf(rowName);
		assertTrue(focus instanceof Text, rowName + " is typed into, not " + focus);
		RealInput.type(focus, text);
		settle();
		return (Text) focus;
	}

	private void typeAndEnter(String rowName, String text) {
		typeInto(rowName, text);
		bot.key("Return");
		settle();
	}

	/**
	 * Opens the data disks picker with the row's button (clicked) and, in the dialog, toggles the named disks
	 * (their boxes clicked) and presses OK, or Cancel when OK is disabled; returns the rows the dialog
	 * offered, and adds to {@code told} the dialog's texts and whether OK was enabled.
	 */
	private List<String> pickDisks(List<String> toggle, List<String> told) {
		Control button = clickValueOf("Data disks");
		assertTrue(button instanceof Button, "the data disks cell has its picker button, not " + button);
		List<String> offered = new ArrayList<>();
		try (ShellBot dialogs = new ShellBot()) {
			dialogs.whenOpen("Data disks", shell -> {
				Table table = find(shell, Table.class);
				// the dialog just opened takes the first click to come to the front (no window manager on Xvfb)
				RealInput.click(find(shell, org.eclipse.swt.widgets.Label.class));
				for (TableItem item : table.getItems()) {
					offered.add(item.getText());
					if (toggle.contains(item.getText().split(" ")[0])) {
						// a click on the row's check box, just left of its text, toggles it
						org.eclipse.swt.graphics.Rectangle text = item.getTextBounds(0);
						boolean before = item.getChecked();
						RealInput.clickAt(table, new org.eclipse.swt.graphics.Rectangle(text.x - 18, text.y, 12, text.height), 1);
						dialogs.dispatchUntil(() -> item.getChecked() != before, 30, "the click toggled " + item.getText());
					}
				}
				Button ok = find(shell, Button.class, "OK");
				ShellBot.shot(shell, "disk-picker-" + told.size() + ".png");
				told.add(ShellBot.texts(shell));
				told.add(Boolean.toString(ok.isEnabled()));
				RealInput.click(ok.isEnabled() ? ok : find(shell, Button.class, "Cancel"));
			});
			RealInput.click(button);
			dialogs.dispatchUntil(() -> dialogs.handled("Data disks") == 1 && Arrays.stream(Display.getCurrent().getShells())
					.noneMatch(s -> !s.isDisposed() && "Data disks".equals(s.getText())), 60, "the picker was answered and closed");
		}
		settle();
		return offered;
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		return find(parent, type, null);
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && (text == null || child instanceof Button b && text.equals(b.getText().replace("&", "")))) {
				return type.cast(child);
			}
			if (child instanceof Composite inner) {
				T found = find(inner, type, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Steps the row's choice with the arrow keys to {@code label} and takes it with Return. */
	private void choose(String rowName, String label) {
		Control focus = clickValueOf(rowName);
		Control c = focus;
		while (c != null && !(c instanceof CCombo)) {
			c = c.getParent();
		}
		assertNotNull(c, rowName + " is a choice, not " + focus);
		CCombo combo = (CCombo) c;
		int target = Arrays.asList(combo.getItems()).indexOf(label);
		assertTrue(target >= 0, rowName + " offers " + label + ": " + Arrays.toString(combo.getItems()));
		int at = combo.getSelectionIndex();
		for (; at < target; at++) {
			bot.key("Down");
		}
		for (; at > target; at--) {
			bot.key("Up");
		}
		bot.key("Return");
		settle();
	}

	private String valueOf(String rowName) {
		return ((IPropertySheetEntry) row(configurationSheet(), rowName).getData()).getValueAsString();
	}

	/** Every message of the workbench window's status line, where the Properties view reports a refused value. */
	private String statusLine() {
		List<String> texts = new ArrayList<>();
		collect(design.getSite().getShell(), texts);
		return String.join(" | ", texts);
	}

	private static void collect(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof CLabel label && label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
				texts.add(label.getText());
			}
			if (child instanceof Composite inner) {
				collect(inner, texts);
			}
		}
	}

	/** A typed value the row refuses: the status line names the field and what is allowed; nothing changes. */
	private void refused(String rowName, String typed, String message) {
		boolean couldUndo = design.getCommandStack().canUndo();
		Object before = design.getCommandStack().getUndoCommand();
		typeInto(rowName, typed);
		assertTrue(statusLine().contains(message), "the status line says " + message + ": " + statusLine());
		bot.key("Return");
		settle();
		assertTrue(statusLine().contains(message), "and still says it after Return: " + statusLine());
		assertEquals(couldUndo, design.getCommandStack().canUndo(), "no command ran for " + typed);
		assertEquals(before, design.getCommandStack().getUndoCommand(), "no command ran for " + typed);
		bot.key("Escape");
		settle();
	}

	/** The Plan view's step of that kind whose summary holds {@code words}; the view's table shows it. */
	private PlannedStep planned(ChangeKind kind, String words) {
		settle();
		Plan plan = planView.plan();
		assertNotNull(plan, "the design is planned: " + planView.refusals());
		PlannedStep step = plan.steps().stream().filter(s -> s.kind() == kind && s.summary().contains(words))
				.findFirst().orElseThrow(() -> new AssertionError("no " + kind + " step with '" + words + "': "
						+ plan.steps()));
		assertTrue(Arrays.stream(planView.viewer().getTable().getItems()).anyMatch(i -> step.summary().equals(i.getText(2))),
				"the Plan view's table shows " + step.summary());
		return step;
	}

	/** The kit Build Kit writes holds the step in its plan and in the array's script, with that command line. */
	private void kitHolds(PlannedStep step, String unitName, String command) throws Exception {
		Kit kit = KitRecorder.build(design, keys);
		assertTrue(kit.plan().steps().stream().anyMatch(s -> s.kind() == step.kind() && s.summary().equals(step.summary())),
				"the kit's plan holds " + step.summary());
		String script = kit.text("scripts/" + unitName + ".txt");
		assertTrue(script.contains("] " + step.summary() + "\n"), "the script of " + unitName + " runs " + step.summary()
				+ ":\n" + script);
		assertTrue(script.contains(command), "with " + command + ":\n" + script);
	}

	private String undoLabel() {
		return design.getCommandStack().getUndoCommand().getLabel();
	}

	@Test
	void aLunSizeIsTypedWithItsUnitAndAnInvalidSizeIsToldNotReverted() throws Exception {
		designNewConfiguration(DemoSite.create(), "kinds-lun-size");
		Lun lun0 = unit("se6120").getLuns().get(0);
		select(lun0);
		assertEquals("200 GB", valueOf("Size"), "the size shows its unit");
		String allowed = "type a size in MB or GB, e.g. 500 MB or 36.4 GB";
		refused("Size", "abc", "Size: \"abc\" is not a size; " + allowed);
		refused("Size", "-5", "Size: \"-5\" is negative; " + allowed);
		assertEquals(200 * GB, lun0.getSize(), "the refused sizes left the LUN as it was");
		typeAndEnter("Size", "150000 MB");
		assertEquals(150 * GB, lun0.getSize(), "150000 MB is 150 GB");
		assertEquals("Set size", undoLabel());
		assertEquals("150 GB", valueOf("Size"));
		PlannedStep step = planned(ChangeKind.LUN_SIZE_CHANGE, "create LUN lun0 (150.0 GB");
		kitHolds(step, "se6120", "volslice create lun0");
		design.getCommandStack().undo();
		assertEquals(200 * GB, lun0.getSize(), "undo restores the size");
	}

	@Test
	void cacheSettingsAreChosenOnTheArrayAndWhatTheArrayCannotChangeSaysWhy() throws Exception {
		Site site = DemoSite.create();
		StorageUnit ess = mainframeArray(site);
		designNewConfiguration(site, "kinds-cache");
		StorageUnit t3a = unit("t3a");
		assertEquals(CacheMode.AUTO, t3a.getCache().getCacheMode());
		select(t3a);
		choose("Cache mode", "writethrough");
		assertEquals(CacheMode.WRITETHROUGH, t3a.getCache().getCacheMode(), "the cache mode was chosen");
		assertEquals("Set cache mode", undoLabel());
		choose("Reconstruction rate", "high");
		assertEquals("Set reconstruction rate", undoLabel());
		PlannedStep step = planned(ChangeKind.CACHE_BLOCKING, "set cache auto -> writethrough");
		planned(ChangeKind.CACHE_BLOCKING, "set recon_rate med -> high");
		select(unit("ess"));
		assertEquals("64k (fixed: IBM TotalStorage ESS 2105 (mainframe CKD) offers 64k only)", valueOf("Block size"),
				"the ESS block size is shown as fixed, with the reason");
		Tree sheet = configurationSheet();
		assertNull(((IPropertySheetEntry) row(sheet, "Block size").getData()).getEditor(sheet), "and offers no editor");
		select(t3a);
		kitHolds(step, "t3a", "sys cache writethrough");
	}

	@Test
	void theHotStandbyAndTheRaidLevelAndTheDataDisksArePickedAmongTheArraysDisks() throws Exception {
		designNewConfiguration(DemoSite.create(), "kinds-volume");
		Volume v0 = unit("t3a").getVolumes().get(0);
		select(v0);
		assertEquals("u1d9", valueOf("Hot standby"));
		choose("Hot standby", "none");
		assertNull(v0.getStandby(), "the standby was taken off");
		assertEquals("Set hot standby", undoLabel());
		planned(ChangeKind.HOT_STANDBY, "add volume v0");
		design.getCommandStack().undo();
		assertEquals("u1d9", v0.getStandby().getName(), "undo gives the standby back");

		choose("RAID level", "raid1");
		assertEquals(RaidLevel.RAID1, v0.getRaidLevel());
		assertEquals("Set RAID level", undoLabel());
		assertEquals("u1d1-u1d8", valueOf("Data disks"));
		List<String> offered = pickDisks(List.of("u1d7", "u1d8"), new ArrayList<>());
		assertEquals(8, offered.size(), "the volume's eight disks, none free, the standby not offered: " + offered);
		assertEquals(6, v0.getDataDisks().size(), "u1d7 and u1d8 taken out");
		assertEquals("u1d1-u1d6", valueOf("Data disks"));
		assertEquals("Set data disks", undoLabel());
		Object before = design.getCommandStack().getUndoCommand();
		List<String> told = new ArrayList<>();
		offered = pickDisks(List.of("u1d2", "u1d3", "u1d4", "u1d5", "u1d6"), told);
		assertTrue(offered.contains("u1d7  (36.4 GB, free)") && offered.contains("u1d8  (36.4 GB, free)"),
				"the free disks are offered: " + offered);
		assertTrue(told.get(0).contains("Data disks: RAID 1 takes 2 to 9 disks, not 1 (free: u1d7, u1d8)"),
				"the picker says why one disk cannot be the volume: " + told);
		assertEquals("false", told.get(1), "and its OK waits for a pick it can build");
		assertEquals(before, design.getCommandStack().getUndoCommand(), "no command ran for one disk");
		assertEquals(6, v0.getDataDisks().size());
		PlannedStep step = planned(ChangeKind.RAID_LEVEL_CHANGE, "add volume v0 RAID 1");
		// RAID 1 on six 36.4 GB disks holds 109.2 GB: the LUN shrinks with it, or the review refuses the kit
		select(unit("t3a").getLuns().get(0));
		typeAndEnter("Size", "109.2 GB");
		kitHolds(step, "t3a", "vol add v0 data u1d1-6 raid 1");
	}

	@Test
	void aLunIsMappedToAnotherHostByName() throws Exception {
		designNewConfiguration(DemoSite.create(), "kinds-mapping");
		Lun lun0 = unit("se6120").getLuns().get(0);
		select(lun0);
		assertEquals("webserver2", valueOf("Mapped to hosts"));
		refused("Mapped to hosts", "webserver2, mainframe9",
				"Mapped to hosts: the site has no host mainframe9; hosts: dbserver, webserver1, webserver2");
		typeAndEnter("Mapped to hosts", "webserver2, webserver1");
		assertEquals("Set mapped to hosts", undoLabel());
		PlannedStep step = planned(ChangeKind.DEVICE_MOVE, "map LUN lun0 to host webserver1 as LUN 0");
		kitHolds(step, "se6120", "lun map add lun 0 slice lun0");
		design.getCommandStack().undo();
		assertEquals(1, unit("se6120").getMappings().stream().filter(m -> m.getLun() == lun0).count(),
				"undo takes the new mapping away");
	}

	@Test
	void aMainframeChannelIsDrawnAndItsKindAndACkdDeviceTypeAreChosenAmongWhatTheArrayOffers() throws Exception {
		// the sample mainframe site: a DS8000 (ds8a) whose FICON channels serve the z/OS host mvs1
		designNewConfiguration(MainframeSite.loadShipped(), "kinds-ckd");
		StorageUnit designedDs8 = unit("ds8a");
		Host designedMvs = design.site().getHosts().stream().filter(h -> "mvs1".equals(h.getName())).findFirst()
				.orElseThrow();
		int ports = designedDs8.getPorts().size();
		bot.zoom(0.5);
		bot.scrollToModel(0, 0);
		bot.choosePaletteEntry("Channel");
		Rectangle unitBounds = bot.screenBounds(bot.partOf(designedDs8));
		bot.click(new Point(unitBounds.x + unitBounds.width / 2, unitBounds.y + 5));
		bot.click(bot.center(bot.partOf(designedMvs)));
		bot.chooseSelectionTool();
		assertEquals(ports + 1, designedDs8.getPorts().size(), "the channel is a new port of ds8a");
		Port channel = designedDs8.getPorts().get(ports);
		assertEquals(ChannelKind.ESCON, channel.getKind(), "a channel to a mainframe starts as ESCON");
		bot.click(midpointOf(bot.partOf(channel)));
		settle();
		assertEquals(List.of(bot.partOf(channel)), design.getGraphicalViewer().getSelectedEditParts(),
				"a click on the channel's line selected it");
		choose("Channel kind", "ficon");
		assertEquals(ChannelKind.FICON, channel.getKind());
		assertEquals("Set channel kind", undoLabel());
		PlannedStep cabling = planned(ChangeKind.CHANNEL_ADDITION, "cable new ficon port " + channel.getName()
				+ " to host mvs1");

		bot.zoom(1.0);
		CkdDevice designed = designedDs8.getCkdDevices().stream().filter(d -> "0A00".equals(d.getDeviceNumber()))
				.findFirst().orElseThrow();
		select(designed);
		choose("Device type", "3390-9");
		assertEquals(CkdType.D3390_9, designed.getDeviceType());
		assertEquals("Set device type", undoLabel());
		PlannedStep expansion = planned(ChangeKind.CKD_TYPE_CHANGE, "expand CKD device 0A00 from 3390-3 to 3390-9");
		kitHolds(expansion, "ds8a", "chckdvol -cap 10017 -quiet 0A00");
		kitHolds(cabling, "ds8a", "setioport -topology ficon " + channel.getName());
	}

	@Test
	void aChannelDrawnToAHostIsANewPortAndAPaletteTrayIsNewCapacity() throws Exception {
		designNewConfiguration(DemoSite.create(), "kinds-channel");
		StorageUnit t3d = unit("t3d");
		Host web2 = design.site().getHosts().stream().filter(h -> "webserver2".equals(h.getName())).findFirst().orElseThrow();
		int ports = t3d.getPorts().size();
		bot.zoom(0.5); // the array and the host both on the canvas beside the views
		bot.scrollToModel(0, 0);
		bot.choosePaletteEntry("Channel");
		Rectangle unit = bot.screenBounds(bot.partOf(t3d));
		bot.click(new Point(unit.x + unit.width / 2, unit.y + 5)); // its title line, above the trays
		bot.click(bot.center(bot.partOf(web2)));
		bot.chooseSelectionTool();
		assertEquals(ports + 1, t3d.getPorts().size(), "the channel is a new port of t3d");
		assertEquals(web2, t3d.getPorts().get(ports).getHost());
		PlannedStep channel = planned(ChangeKind.CHANNEL_ADDITION, "to host webserver2");

		bot.choosePaletteEntry("Tray");
		unit = bot.screenBounds(bot.partOf(t3d));
		bot.click(new Point(unit.x + unit.width / 2, unit.y + unit.height - 10));
		bot.chooseSelectionTool();
		assertEquals(2, t3d.getTrays().size(), "a second tray of disks");
		PlannedStep tray = planned(ChangeKind.CAPACITY_ADDITION, "add tray u2 with 9 disks");
		kitHolds(channel, "t3d", "SITE VISIT: cable port");
		kitHolds(tray, "t3d", "SITE VISIT: add tray u2");
	}
}
