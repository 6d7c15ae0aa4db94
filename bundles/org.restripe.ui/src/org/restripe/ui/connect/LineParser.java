package org.restripe.ui.connect;

import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;

/** Makes the link of a LineSpec string for one site (nothing is opened yet); refused with the reason. */
@FunctionalInterface
public interface LineParser {
	SiteLink parse(String spec) throws LineSpec.BadLineException;
}
