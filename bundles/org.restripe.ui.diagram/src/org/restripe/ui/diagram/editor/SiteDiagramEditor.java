package org.restripe.ui.diagram.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.dnd.TemplateTransferDragSourceListener;
import org.eclipse.gef.dnd.TemplateTransferDropTargetListener;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.palette.PaletteViewerProvider;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.commands.AutoLayout;
import org.restripe.ui.diagram.commands.NodeSizes;
import org.restripe.ui.diagram.figures.SetValidationUpdateManager;
import org.restripe.ui.diagram.palette.SitePalette;
import org.restripe.ui.diagram.parts.DiagramPartFactory;
import org.restripe.ui.diagram.parts.FigureSizes;
import org.restripe.ui.diagram.parts.Folding;
import org.restripe.ui.diagram.parts.StorageUnitPart;

/**
 * The topology editor of one site file: a GEF diagram with a flyout palette, one command stack, atomic save
 * through SiteFiles. Editing a desired configuration, it also holds the current one, highlights what differs
 * and reviews the change; the Review and Plan views follow it through {@link SiteDesign}.
 */
public class SiteDiagramEditor extends GraphicalEditorWithFlyoutPalette
		implements SiteDesign, ITabbedPropertySheetPageContributor {
	public static final String ID = "org.restripe.ui.diagram.editor";
	static final double[] ZOOM_LEVELS = { 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0 };
	private static final int REVIEW_DELAY_MS = 150;

	private Site site;
	private Site current;
	private Path file;
	private List<Finding> findings = List.of();
	private Set<String> changed = Set.of();
	private final List<Runnable> designListeners = new CopyOnWriteArrayList<>();
	private boolean reviewScheduled;
	private PaletteRoot palette;
	private boolean readOnly;
	private ReadOnlyBanner banner;
	private Folding folding;

	public SiteDiagramEditor() {
		setEditDomain(new DefaultEditDomain(this));
	}

	@Override
	public void init(IEditorSite editorSite, IEditorInput input) throws PartInitException {
		if (!(input instanceof SiteEditorInput siteInput)) {
			throw new PartInitException("The site editor opens site files (*.restripe), not " + input.getName());
		}
		try {
			file = siteInput.file();
			site = SiteFiles.load(file);
			current = siteInput.isDesired() ? SiteFiles.load(siteInput.currentFile()) : null;
		} catch (SiteFileException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		// the current configuration is what discovery established: only discovery, verification or an import
		// replace it (keeping the previous version in the history), never a hand in the editor
		readOnly = !siteInput.isDesired();
		if (readOnly) {
			getEditDomain().setCommandStack(new ReadOnlyCommandStack(this::refused));
			palette = SitePalette.readOnly(); // the constructor gave the domain the full palette already
			getEditDomain().setPaletteRoot(palette);
		}
		setPartName(input.getName());
		setTitleToolTip(file.toString());
		super.init(editorSite, input);
	}

	@Override
	protected PaletteRoot getPaletteRoot() {
		if (palette == null) {
			palette = SitePalette.create();
		}
		return palette;
	}

	/** A current configuration's diagram sits below a banner that says it is read-only and how to change it. */
	@Override
	public void createPartControl(Composite parent) {
		if (!readOnly) {
			super.createPartControl(parent);
			return;
		}
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
		banner = new ReadOnlyBanner(page, getEditorInput().getName(), this::designNewConfiguration);
		Composite diagram = new Composite(page, SWT.NONE);
		diagram.setLayout(new FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(diagram);
		super.createPartControl(diagram);
	}

	/** Opens the site's desired design (made from this configuration if there is none yet). */
	void designNewConfiguration() {
		try {
			SiteEditors.designNewConfiguration(getSite().getPage(), file);
		} catch (PartInitException | SiteFileException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot design a new configuration", e.getMessage());
		}
	}

	private void refused() {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
				getEditorInput().getName() + " is the current configuration and cannot be changed here: "
						+ ReadOnlyBanner.DESIGN_NEW + " to change it");
	}

	/** Whether this is a current configuration, shown but never changed. */
	public boolean isReadOnly() {
		return readOnly;
	}

	/** The read-only banner; null for a design. */
	public ReadOnlyBanner banner() {
		return banner;
	}

	/** Palette entries can be dragged onto the canvas (press, move, release), not only clicked then clicked. */
	@Override
	protected PaletteViewerProvider createPaletteViewerProvider() {
		return new PaletteViewerProvider(getEditDomain()) {
			@Override
			protected void configurePaletteViewer(PaletteViewer viewer) {
				super.configurePaletteViewer(viewer);
				viewer.addDragSourceListener(new TemplateTransferDragSourceListener(viewer));
			}
		};
	}

	@Override
	protected FlyoutPreferences getPalettePreferences() {
		return new OpenPalettePreferences();
	}

	/** GEF's viewer, its canvas validating through a set: a large site has thousands of connections. */
	@Override
	protected void createGraphicalViewer(Composite parent) {
		GraphicalViewer viewer = new ScrollingGraphicalViewer() {
			@Override
			protected LightweightSystem createLightweightSystem() {
				LightweightSystem lws = super.createLightweightSystem();
				lws.setUpdateManager(new SetValidationUpdateManager());
				return lws;
			}
		};
		viewer.createControl(parent);
		setGraphicalViewer(viewer);
		configureGraphicalViewer();
		hookGraphicalViewer();
		initializeGraphicalViewer();
	}

	@Override
	protected void configureGraphicalViewer() {
		super.configureGraphicalViewer();
		GraphicalViewer viewer = getGraphicalViewer();
		// the parts' Properties view rows offer no cell editors on a current configuration
		viewer.setProperty(org.restripe.ui.diagram.parts.Editing.READ_ONLY, isReadOnly());
		// a large site's volumes (and arrays) are drawn as summary lines, opened on demand while the editor is open
		folding = Folding.of(site);
		folding.addListener(() -> DesignMarks.apply(getGraphicalViewer(), site, findings, changed));
		viewer.setProperty(Folding.KEY, folding);
		ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
		viewer.setRootEditPart(root);
		viewer.setEditPartFactory(new DiagramPartFactory());
		ZoomManager zoom = root.getZoomManager();
		zoom.setZoomLevels(ZOOM_LEVELS);
		DiagramActions.register(this, getActionRegistry(), zoom);
		KeyHandler keys = new GraphicalViewerKeyHandler(viewer).setParent(commonKeys());
		viewer.setKeyHandler(keys);
		viewer.addDropTargetListener(new SiteElementDropListener(viewer));
		viewer.addDropTargetListener(new TemplateTransferDropTargetListener(viewer));
		viewer.setContextMenu(new DiagramContextMenu(viewer, getActionRegistry()));
		getSite().registerContextMenu(ID + ".contextMenu", viewer.getContextMenu(), viewer);
	}

	private KeyHandler commonKeys() {
		KeyHandler keys = new KeyHandler();
		keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), getActionRegistry().getAction(ActionFactory.DELETE.getId()));
		keys.put(KeyStroke.getPressed(SWT.F2, 0), getActionRegistry().getAction(GEFActionConstants.DIRECT_EDIT));
		// the workbench binds these too; when its binding does not reach the editor, the viewer still undoes
		char ctrlZ = (char) ('z' - 'a' + 1);
		char ctrlY = (char) ('y' - 'a' + 1);
		keys.put(KeyStroke.getPressed(ctrlZ, 'z', SWT.CTRL), getActionRegistry().getAction(ActionFactory.UNDO.getId()));
		keys.put(KeyStroke.getPressed(ctrlZ, 'z', SWT.CTRL | SWT.SHIFT), getActionRegistry().getAction(ActionFactory.REDO.getId()));
		keys.put(KeyStroke.getPressed(ctrlY, 'y', SWT.CTRL), getActionRegistry().getAction(ActionFactory.REDO.getId()));
		return keys;
	}

	@Override
	protected void initializeGraphicalViewer() {
		super.initializeGraphicalViewer();
		if (AutoLayout.needsLayout(site)) {
			// positions are diagram data, not configuration: laid out on open (measured in the canvas's font),
			// kept when the engineer saves
			AutoLayout.arrange(site, nodeSizes());
		}
		getGraphicalViewer().setContents(site);
		reviewNow();
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void createActions() {
		super.createActions();
		getSelectionActions().addAll(DiagramActions.createSelectionActions(this, getActionRegistry()));
	}

	@Override
	public void commandStackChanged(EventObject event) {
		super.commandStackChanged(event);
		updateActions(getSelectionActions()); // an undo can take away what Delete or Rename would act on
		firePropertyChange(PROP_DIRTY);
		scheduleReview();
	}

	/** Reviews shortly after a burst of changes (a drag sends one command, a paste several) has settled. */
	private void scheduleReview() {
		if (reviewScheduled || getGraphicalViewer() == null) {
			return;
		}
		reviewScheduled = true;
		getGraphicalViewer().getControl().getDisplay().timerExec(REVIEW_DELAY_MS, () -> {
			reviewScheduled = false;
			if (getGraphicalViewer().getControl() != null && !getGraphicalViewer().getControl().isDisposed()) {
				reviewNow();
			}
		});
	}

	/** Reviews the site (the change, for a desired design), marks the figures and tells the views. */
	public void reviewNow() {
		findings = current == null ? Review.standard().review(site) : Review.standard().review(current, site, null);
		changed = current == null ? Set.of() : ChangedElements.of(current, site);
		DesignMarks.apply(getGraphicalViewer(), site, findings, changed);
		designListeners.forEach(Runnable::run);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (readOnly) {
			refused();
			monitor.setCanceled(true);
			return;
		}
		try {
			SiteFiles.save(site, file);
			getCommandStack().markSaveLocation();
		} catch (SiteFileException e) {
			monitor.setCanceled(true);
			ErrorDialog.openError(getSite().getShell(), "Cannot save " + file.getFileName(), e.getMessage(),
					new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, ID, e.getMessage(), e));
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false; // a site's file name binds it to its desired design; copies are made by "Design new configuration"
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Object getAdapter(Class type) {
		if (type == SiteDesign.class) {
			return this;
		}
		if (type == ZoomManager.class) {
			return zoomManager();
		}
		if (type == IContentOutlinePage.class) {
			return new SiteOutlinePage(getGraphicalViewer());
		}
		if (type == IPropertySheetPage.class) {
			// tabs from plugin.xml; each tab's sheet routes changes through this editor's command stack
			return new TabbedPropertySheetPage(this);
		}
		return super.getAdapter(type);
	}

	/** The tabbed Properties view's contributions (tabs, sections) are registered under the editor's id. */
	@Override
	public String getContributorId() {
		return ID;
	}

	/** How big each node's figure wants to be in this diagram's font, for the automatic layout. */
	public NodeSizes nodeSizes() {
		return new FigureSizes(getGraphicalViewer().getControl().getFont(), folding);
	}

	public ZoomManager zoomManager() {
		return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
	}

	@Override
	public GraphicalViewer getGraphicalViewer() {
		return super.getGraphicalViewer();
	}

	public DefaultEditDomain editDomain() {
		return getEditDomain();
	}

	@Override
	public CommandStack getCommandStack() {
		return super.getCommandStack();
	}

	@Override
	public Site site() {
		return site;
	}

	@Override
	public Site current() {
		return current;
	}

	@Override
	public Path file() {
		return file;
	}

	@Override
	public List<Finding> findings() {
		return findings;
	}

	/** Ids of the elements that differ from the current configuration (empty for a current configuration). */
	public Set<String> changedIds() {
		return changed;
	}

	/** What the diagram shows of a large site: which volumes and arrays are folded to a summary line. */
	public Folding folding() {
		return folding;
	}

	/** Selects and shows the element's figure, first opening the summary that hides it (a LUN of a large volume). */
	@Override
	public boolean reveal(String elementId) {
		unfoldToShow(elementId);
		EditPart part = DesignMarks.partFor(getGraphicalViewer(), site, elementId);
		if (part == null) {
			return false;
		}
		getSite().getPage().activate(this);
		getGraphicalViewer().select(part);
		getGraphicalViewer().reveal(part);
		return true;
	}

	private void unfoldToShow(String elementId) {
		EObject element = elementId == null || site.eResource() == null ? null : site.eResource().getEObject(elementId);
		StorageUnit unit = element == null ? null : folding.unfoldToShow(element);
		if (unit != null && getGraphicalViewer().getEditPartRegistry().get(unit) instanceof StorageUnitPart part) {
			part.refreshItems();
			part.refreshCabling();
			DesignMarks.apply(getGraphicalViewer(), site, findings, changed);
			getGraphicalViewer().flush();
		}
	}

	@Override
	public void addDesignListener(Runnable listener) {
		designListeners.add(listener);
	}

	@Override
	public void removeDesignListener(Runnable listener) {
		designListeners.remove(listener);
	}

	/** The parts currently selected, for actions. */
	List<Object> selectedModels() {
		List<Object> models = new ArrayList<>();
		for (Object part : getGraphicalViewer().getSelectedEditParts()) {
			models.add(((EditPart) part).getModel());
		}
		return models;
	}

	/** The palette starts open and docked on the left, so the engineer sees the tools at once. */
	private static final class OpenPalettePreferences implements FlyoutPreferences {
		private int dock = org.eclipse.draw2d.PositionConstants.WEST;
		private int state = org.eclipse.gef.ui.palette.FlyoutPaletteComposite.STATE_PINNED_OPEN;
		private int width = 150;

		@Override
		public int getDockLocation() {
			return dock;
		}

		@Override
		public int getPaletteState() {
			return state;
		}

		@Override
		public int getPaletteWidth() {
			return width;
		}

		@Override
		public void setDockLocation(int location) {
			dock = location;
		}

		@Override
		public void setPaletteState(int paletteState) {
			state = paletteState;
		}

		@Override
		public void setPaletteWidth(int paletteWidth) {
			width = paletteWidth;
		}
	}
}
