package org.restripe.drivers.api;

import java.util.Optional;

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
}
