package org.restripe.ui.diagram.parts;

import org.restripe.model.StorageUnit;

/**
 * What a folded storage unit lists in place of its trays, volumes and LUNs, on a site too large to draw them all:
 * one line with their counts, which a double-click opens. A view object, not part of the site.
 */
public record ArraySummary(StorageUnit unit) {
}
