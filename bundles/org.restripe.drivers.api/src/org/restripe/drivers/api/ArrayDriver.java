package org.restripe.drivers.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.restripe.model.StorageUnit;

/**
 * One array family's dialect. A driver recognises its arrays from their release banner, parses their read
 * commands into the model and renders planned changes as their command lines. New array families are new
 * bundles that provide this interface, never edits across the tree.
 */
public interface ArrayDriver {

	/** The family this driver speaks for, e.g. "Sun StorEdge T3". */
	String family();

	/** The release of the array that printed {@code verOutput}, if this driver speaks its dialect. */
	Optional<ArrayRelease> identify(String verOutput);

	/** Whether this driver speaks for arrays of that device catalog model (e.g. "T3+", "6120"). */
	boolean speaksFor(String catalogModel);

	/** The array's command lines, check and rollback for one step. */
	RenderedStep render(Step step);

	/** How this family's console logs in, prompts and refuses commands. */
	ConsoleDialect console();

	/** The read commands discovery runs, in order, e.g. {@code ver}, {@code vol list}. */
	List<String> discoveryCommands();

	/**
	 * Builds the storage unit the outputs describe.
	 *
	 * @param unitId the stable id to give the unit (its parts get ids derived from it)
	 * @param outputs each discovery command's output, keyed by the command line
	 */
	StorageUnit discover(String unitId, Map<String, String> outputs) throws DiscoveryException;
}
