package org.restripe.ui.tests;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.restripe.connect.Secret;
import org.restripe.model.StorageUnit;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.views.SiteFile;

/**
 * The workbench's demo site (DATA/sites/demo-site.restripe) played by the simulator in this process: its arrays
 * behind the management host's terminal server on a loopback telnet port, at 30,000 simulated seconds a second.
 */
final class SimulatedDemoSite implements AutoCloseable {
	static final String ARRAY_PASSWORD = "sesame42";

	final SiteFile siteFile;
	final SimulatedSite simulator;
	private final Queue<String> log = new ConcurrentLinkedQueue<>();

	SimulatedDemoSite() throws IOException {
		this(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE));
	}

	/** The site of {@code file} (the demo site under another name, say) played by the simulator. */
	SimulatedDemoSite(Path file) throws IOException {
		siteFile = new SiteFile(file);
		simulator = new SimulatedSite(EcoreUtil.copy(siteFile.site()), new SiteOptions(null, null, 30_000,
				ModemTimings.fast(), ARRAY_PASSWORD, "dialme", 0, "public"), log::add);
	}

	String siteName() {
		return siteFile.siteName();
	}

	List<String> arrayNames() {
		return List.copyOf(simulator.arrays().keySet());
	}

	StorageUnit array(String name) {
		return simulator.array(name).unit();
	}

	/** Whether anyone reached an array's console through the terminal server. */
	boolean anyConsoleReached() {
		return log.stream().anyMatch(l -> l.contains(" connected to "));
	}

	String log() {
		return String.join("\n", log);
	}

	/** A secure storage of the test's own, opened without prompts, as the workbench's would hold passwords. */
	static ISecurePreferences storage(Path dir) throws MalformedURLException, IOException {
		Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()),
				IProviderHints.PROMPT_USER, Boolean.FALSE);
		return SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
	}

	/** The console passwords of these arrays remembered in the storage, as an earlier session would have. */
	void remember(ISecurePreferences storage, List<String> arrays) throws StorageException {
		for (String array : arrays) {
			storage.node(SecureStorageSecrets.nodePath(siteName(), new Secret(Secret.Kind.ARRAY_LOGIN, array)))
					.put(SecureStorageSecrets.KEY, ARRAY_PASSWORD, true);
		}
	}

	@Override
	public void close() {
		simulator.close();
	}
}
