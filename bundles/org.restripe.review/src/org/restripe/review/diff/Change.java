package org.restripe.review.diff;

import org.restripe.model.ChangeKind;

/**
 * One difference between the current and the desired site.
 *
 * @param elementId id of the element that changes (in the desired site, or the current one if removed)
 */
public record Change(ChangeKind kind, String elementId, String description) {
}
