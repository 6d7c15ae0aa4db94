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
	 * Read commands discovery runs after {@link #discoveryCommands()}, chosen by what those showed: e.g. the
	 * slices and LUN map of an array only when its settings show slicing on, since an array without the
	 * feature refuses the command. The outputs are keyed by command line; none by default.
	 */
	default List<String> followUpDiscoveryCommands(Map<String, String> outputs) {
		return List.of();
	}

	/**
	 * The size the array gives a LUN (slice) planned at {@code plannedBytes}, as its read commands report it:
	 * arrays allocate in blocks, so verification compares a discovered LUN with this, not with the plan's
	 * figure. The planned size itself by default.
	 */
	default long lunSizeOnArray(long plannedBytes) {
		return plannedBytes;
	}

	/** How the array lists its running background work, if it can; none by default. */
	default java.util.Optional<WorkList> workList() {
		return java.util.Optional.empty();
	}

	/**
	 * Builds the storage unit the outputs describe.
	 *
	 * @param unitId the stable id to give the unit (its parts get ids derived from it)
	 * @param outputs each discovery command's output, keyed by the command line
	 */
	StorageUnit discover(String unitId, Map<String, String> outputs) throws DiscoveryException;
}
