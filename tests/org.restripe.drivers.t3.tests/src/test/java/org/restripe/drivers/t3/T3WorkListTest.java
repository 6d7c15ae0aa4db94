package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.RunningWork;
import org.restripe.drivers.api.WorkList;

/** proc list read into the running work and its percent, as the runner watches a vol init, recon or verify. */
class T3WorkListTest {
	private final WorkList list = new T3Driver().workList().orElseThrow();

	@Test
	void readsTheRunningVolInitOfTheCanonicalScreen() {
		assertEquals("proc list", list.command());
		assertEquals(List.of(new RunningWork("v1", "vol init", 10)), list.read(Fixtures.text("6120-proc-list.txt")));
	}

	@Test
	void readsEveryKindOfVolumeWorkAndNothingElse() {
		String screen = "VOLUME          CMD_REF   PERCENT     TIME COMMAND\r\n"
				+ "v0                20241       37%  1:02:03 vol recon\r\n"
				+ "v1                20242      100%  2:00:00 vol verify\r\n"
				+ "garbage 12 x% 0:00:00 vol init\r\n"
				+ "\r\n";
		assertEquals(List.of(new RunningWork("v0", "vol recon", 37), new RunningWork("v1", "vol verify", 100)),
				list.read(screen));
	}

	@Test
	void noWorkIsAnEmptyList() {
		assertEquals(List.of(), list.read("VOLUME          CMD_REF   PERCENT     TIME COMMAND\n"));
		assertEquals(List.of(), list.read("proc: command not found"));
	}
}
