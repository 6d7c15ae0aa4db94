package org.restripe.ui.diagram.parts;

import org.restripe.model.Volume;

/**
 * What a storage unit lists in place of a volume's many LUNs: one line with their count and total size, which a
 * double-click opens (the LUNs follow it) or closes again. A view object, not part of the site; equal for the
 * same volume, so the viewer finds its part again after the unit's list is refreshed.
 */
public record LunSummary(Volume volume) {
}
