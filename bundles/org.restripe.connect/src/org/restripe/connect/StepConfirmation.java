package org.restripe.connect;

import org.restripe.plan.kit.KitScript.KitStep;

/**
 * Asks a person to do or confirm what a step says (a site visit, a verified backup) before the script
 * goes on. The workbench shows a dialog; a headless run answers from the engineer's earlier decisions.
 */
@FunctionalInterface
public interface StepConfirmation {

	/** True once the person confirms the step's instruction was carried out; false stops the script. */
	boolean confirmed(String arrayName, KitStep step);
}
