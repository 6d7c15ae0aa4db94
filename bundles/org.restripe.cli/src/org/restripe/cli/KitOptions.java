package org.restripe.cli;

import java.nio.file.Path;

import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The kit a command works on, read and checked against the centers the data directory trusts. */
final class KitOptions {
	@Parameters(index = "0", paramLabel = "K.kit", description = "the kit (signed by a trusted center)")
	Path kitFile;

	@Mixin
	DataOptions data;

	/** The kit, refused unless a trusted center signed it and every part is as signed. */
	Kit read() throws KitException {
		return Kit.read(kitFile, TrustedKeys.open(data.dataDirectory()));
	}

	Path dataDirectory() {
		return data.dataDirectory();
	}
}
