package org.restripe.connect.run;

import java.util.ArrayList;
import java.util.List;

import org.restripe.drivers.api.ArrayDriver;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.KitScript;

/** One array's part of a kit: its signed script and rollback, and the driver that speaks its console. */
public record ArrayScript(String arrayName, ArrayDriver driver, KitScript script, KitScript rollback) {

	/** The arrays' scripts of a verified kit, in plan order; refused if an array has no driver. */
	public static List<ArrayScript> of(Kit kit, DriverRegistry drivers) throws KitException {
		Site desired = kit.desired();
		List<ArrayScript> scripts = new ArrayList<>();
		for (List<PlannedStep> lane : kit.plan().lanes().values()) {
			String name = lane.get(0).step().unitName();
			ArrayDriver driver = SiteArrays.named(desired, drivers, name).map(SiteArrays.SiteArray::driver)
					.orElseThrow(() -> new KitException("no driver speaks for array " + name + " of the kit"));
			scripts.add(new ArrayScript(name, driver, KitScript.parse("scripts/" + name + ".txt",
					kit.text("scripts/" + name + ".txt")), KitScript.parse("rollback/" + name + ".txt",
							kit.text("rollback/" + name + ".txt"))));
		}
		return scripts;
	}
}
