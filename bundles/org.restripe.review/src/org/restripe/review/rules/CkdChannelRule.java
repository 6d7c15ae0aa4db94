package org.restripe.review.rules;

import java.util.Optional;

import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * CKD devices exist only on a mainframe-capable array that reaches a mainframe host through an ESCON or
 * FICON channel, and only in the device types that array emulates.
 */
public final class CkdChannelRule implements Rule {

	@Override
	public String id() {
		return "ckd-channel";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			checkChannels(unit, findings);
			if (unit.getCkdDevices().isEmpty()) {
				continue;
			}
			Optional<ArrayModel> model = context.model(unit);
			if (model.isPresent() && !model.get().mainframe()) {
				findings.error(this, unit, Labels.of(unit) + " carries CKD devices, but a " + model.get().name()
						+ " is not a mainframe array.", "Move the CKD devices of " + unit.getName()
						+ " to a mainframe-capable array, or remove them from " + unit.getName() + ".");
				continue;
			}
			if (!hasMainframeChannel(unit)) {
				findings.error(this, unit, Labels.of(unit) + " carries CKD devices but no ESCON or FICON channel to a"
						+ " mainframe host, so no mainframe can reach them.", "Add an ESCON or FICON channel to " + unit.getName()
						+ " and cable it to a mainframe host.");
			}
			model.ifPresent(m -> checkTypes(unit, m, findings));
		}
	}

	private void checkChannels(StorageUnit unit, Findings findings) {
		for (Port port : unit.getPorts()) {
			if (isMainframeKind(port.getKind()) && port.getHost() != null && !port.getHost().isMainframe()) {
				findings.warning(this, port, "Channel " + Labels.of(port) + " is " + port.getKind() + " but is cabled to "
						+ port.getHost().getName() + ", which is not a mainframe.", "Cable " + port.getName()
						+ " to a mainframe host, or set its kind to Fibre Channel.");
			}
		}
	}

	private void checkTypes(StorageUnit unit, ArrayModel model, Findings findings) {
		for (CkdDevice device : unit.getCkdDevices()) {
			if (!model.ckdTypes().contains(device.getDeviceType())) {
				findings.error(this, device, "CKD device " + Labels.of(device) + " is a " + device.getDeviceType()
						+ ", which a " + model.name() + " does not emulate.", "Set the device type of " + device.getName() + " to "
						+ Labels.oneOf(model.ckdTypes()) + ".");
			}
		}
	}

	private static boolean hasMainframeChannel(StorageUnit unit) {
		for (Port port : unit.getPorts()) {
			if (isMainframeKind(port.getKind()) && port.getHost() != null && port.getHost().isMainframe()) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMainframeKind(ChannelKind kind) {
		return kind == ChannelKind.ESCON || kind == ChannelKind.FICON;
	}
}
