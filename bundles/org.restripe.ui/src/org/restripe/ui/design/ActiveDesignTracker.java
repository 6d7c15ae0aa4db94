package org.restripe.ui.design;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the editor the engineer works in: a view showing something about "the design" (findings, plan)
 * switches to whichever site editor was activated last, and is told when that design changes.
 */
public final class ActiveDesignTracker implements IPartListener2 {
	private final IWorkbenchPage page;
	private final Consumer<SiteDesign> onSwitch;
	private final Runnable onChange;
	private SiteDesign design;

	public ActiveDesignTracker(IWorkbenchPage page, Consumer<SiteDesign> onSwitch, Runnable onChange) {
		this.page = page;
		this.onSwitch = onSwitch;
		this.onChange = onChange;
		page.addPartListener(this);
		follow(page.getActiveEditor());
	}

	public SiteDesign design() {
		return design;
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		IWorkbenchPart part = ref.getPart(false);
		if (part instanceof IEditorPart editor) {
			follow(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		IWorkbenchPart part = ref.getPart(false);
		if (part != null && design != null && part.getAdapter(SiteDesign.class) == design) {
			switchTo(null);
			follow(page.getActiveEditor());
		}
	}

	private void follow(IEditorPart editor) {
		SiteDesign next = editor == null ? null : editor.getAdapter(SiteDesign.class);
		if (next != null && next != design) {
			switchTo(next);
		}
	}

	private void switchTo(SiteDesign next) {
		if (design != null) {
			design.removeDesignListener(onChange);
		}
		design = next;
		if (design != null) {
			design.addDesignListener(onChange);
		}
		onSwitch.accept(design);
	}

	public void dispose() {
		page.removePartListener(this);
		if (design != null) {
			design.removeDesignListener(onChange);
			design = null;
		}
	}
}
