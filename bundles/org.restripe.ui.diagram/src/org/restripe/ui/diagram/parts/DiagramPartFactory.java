package org.restripe.ui.diagram.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.restripe.model.CkdDevice;
import org.restripe.model.DiagramElement;
import org.restripe.model.Lun;
import org.restripe.model.Port;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.ui.diagram.commands.LanLink;

/** Which part shows which model element. */
public class DiagramPartFactory implements EditPartFactory {

	@Override
	public EditPart createEditPart(EditPart context, Object model) {
		EditPart part = create(model);
		part.setModel(model);
		return part;
	}

	private static EditPart create(Object model) {
		if (model instanceof Site) {
			return new SitePart();
		}
		if (model instanceof Subsystem) {
			return new SubsystemPart();
		}
		if (model instanceof StorageUnit) {
			return new StorageUnitPart();
		}
		if (model instanceof DiagramElement) {
			return new NodePart();
		}
		if (model instanceof Tray || model instanceof Volume || model instanceof Lun || model instanceof CkdDevice) {
			return new ItemPart();
		}
		if (model instanceof LunSummary || model instanceof ArraySummary) {
			return new SummaryPart();
		}
		if (model instanceof Port || model instanceof SerialPort || model instanceof LanLink) {
			return new LinkPart();
		}
		throw new IllegalArgumentException("The diagram has no part for " + model);
	}
}
