package org.restripe.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A top-level window of another process on the test's X display, found by its title and driven by xdotool. */
final class X11Window {
	private static final long WAIT_SECONDS = 240;

	private final String id;

	private X11Window(String id) {
		this.id = id;
	}

	/** Waits for a window whose title is {@code title} (GTK may end it with a space). */
	static X11Window await(String title) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (System.nanoTime() < deadline) {
			String found = xdotool(false, "search", "--onlyvisible", "--name", "^" + title + " ?$").strip();
			if (!found.isEmpty()) {
				return new X11Window(found.lines().findFirst().orElseThrow());
			}
			Thread.sleep(100);
		}
		fail("no window titled \"" + title + "\" after " + WAIT_SECONDS + " s");
		return null;
	}

	/**
	 * Gives the window the keyboard focus and presses Return, as the engineer would to accept its default button,
	 * until {@code closed} says it took: a key pressed while GTK is still mapping the dialog is lost.
	 */
	void pressReturnUntil(java.util.function.BooleanSupplier closed) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
		while (!closed.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Return on the window \"" + id + "\" did not close it within " + WAIT_SECONDS + " s");
			}
			xdotool(false, "windowfocus", "--sync", id);
			xdotool(false, "key", "Return");
			for (int i = 0; i < 30 && !closed.getAsBoolean(); i++) {
				Thread.sleep(100);
			}
		}
	}

	private static String xdotool(boolean mustSucceed, String... args) throws IOException, InterruptedException {
		Process xdotool = new ProcessBuilder(concat("xdotool", args)).redirectErrorStream(true).start();
		String out = new String(xdotool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!xdotool.waitFor(30, TimeUnit.SECONDS)) {
			xdotool.destroyForcibly();
			fail("xdotool " + String.join(" ", args) + " hung");
		}
		if (mustSucceed) {
			assertEquals(0, xdotool.exitValue(), "xdotool " + String.join(" ", args) + ": " + out);
		}
		return out;
	}

	private static List<String> concat(String first, String... rest) {
		java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(first));
		all.addAll(List.of(rest));
		return all;
	}
}
