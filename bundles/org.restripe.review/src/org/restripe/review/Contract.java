package org.restripe.review;

import java.util.Objects;

import org.restripe.model.ServiceLevel;

/**
 * What the customer's contract entitles, as far as the review needs it.
 *
 * @param reconfigurationsUsed reconfigurations already carried out in the current contract year
 */
public record Contract(ServiceLevel level, int reconfigurationsUsed) {

	public Contract {
		Objects.requireNonNull(level, "level");
		if (reconfigurationsUsed < 0) {
			throw new IllegalArgumentException("reconfigurationsUsed must not be negative");
		}
	}
}
