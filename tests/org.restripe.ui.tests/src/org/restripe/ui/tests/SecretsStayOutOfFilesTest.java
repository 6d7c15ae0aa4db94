package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.restripe.connect.SessionRecording;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.run.RunKitJob;
import org.restripe.ui.secure.SitePasswordDialog;

/**
 * The passwords of a real run over the dialback line, typed into the password dialogs and remembered: neither
 * the arrays' console password nor the dialback password reaches a preference file, the workbench log
 * (.metadata/.log), the run's recording or journal, or the secure storage file, in clear.
 */
class SecretsStayOutOfFilesTest extends OperationsRunCase {
	private static final String DIALBACK_PASSWORD = "dialme";

	@Test
	void noPasswordOfADialbackRunIsInAnyFileInClear() throws Exception {
		RunKitJob job;
		List<String> asked = new ArrayList<>();
		Path storageFile = dir.resolve("secure_storage");
		try (SimulatedDemoSite site = new SimulatedDemoSite(); ShellBot bot = new ShellBot()) {
			ISecurePreferences storage = SimulatedDemoSite.storage(dir);
			for (int i = 0; i < site.arrayNames().size() + 1; i++) {
				bot.whenOpen(SitePasswordDialog.TITLE, s -> answer(s, asked));
			}
			String centerModem = "tcp:127.0.0.1:" + site.simulator.centerModemPort();
			job = confirmedRun(site, bot, storage, (s, dialog) -> {
				ShellBot.click(dialog.linePanel().wayButton(Way.DIAL));
				dialog.linePanel().modemField().setText(centerModem);
			});
			storage.flush();
			assertEquals(site.arrayNames().size() + 1, asked.size(), "every password was asked once: " + asked);
			assertTrue(asked.stream().anyMatch(a -> a.contains("dialback password")), asked.toString());
		}
		Path recording = job.order().recordingFile();
		assertTrue(Files.readString(recording, StandardCharsets.UTF_8).contains(SessionRecording.SECRET_TYPED),
				"the recording marks where a secret was typed");
		List<Path> files = new ArrayList<>();
		files.add(recording);
		files.add(SessionRecording.sidecarOf(recording));
		files.add(storageFile);
		files.addAll(tree(workbenchData().resolve(".metadata")));
		files.addAll(tree(workbenchData().resolve("runs")));
		files.addAll(tree(location(Platform.getConfigurationLocation().getURL())).stream()
				.filter(f -> f.getFileName().toString().endsWith(".prefs")).toList()); // configuration-scope preferences
		assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("org.restripe.ui.prefs")),
				"the workbench's preference file is among those read: " + files);
		assertTrue(Files.size(storageFile) > 0, "the passwords were remembered in the secure storage");
		for (Path file : files) {
			String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			assertFalse(text.contains(SimulatedDemoSite.ARRAY_PASSWORD), "the array password in clear in " + file);
			assertFalse(text.contains(DIALBACK_PASSWORD), "the dialback password in clear in " + file);
		}
	}

	/** Types the password the dialog asks for and remembers it. */
	private static void answer(Shell s, List<String> asked) {
		SitePasswordDialog dialog = (SitePasswordDialog) s.getData();
		String what = dialog.getMessage();
		asked.add(what);
		dialog.passwordField().setText(what.contains("dialback password") ? DIALBACK_PASSWORD
				: SimulatedDemoSite.ARRAY_PASSWORD);
		ShellBot.click(dialog.rememberBox());
		ShellBot.press(s, "OK");
	}

	private static Path location(URL url) {
		return Paths.get(url.getPath());
	}

	/** Every regular file under {@code root} (none when it does not exist). */
	private static List<Path> tree(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
