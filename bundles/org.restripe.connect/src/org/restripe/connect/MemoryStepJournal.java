package org.restripe.connect;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A journal that lives as long as the run: resumes within one run (a redialled line), not across runs. */
public class MemoryStepJournal implements StepJournal {
	private final Set<String> started = ConcurrentHashMap.newKeySet();
	private final Set<String> done = ConcurrentHashMap.newKeySet();

	protected static String key(String arrayName, int stepNumber) {
		return arrayName + " " + stepNumber;
	}

	@Override
	public boolean isDone(String arrayName, int stepNumber) {
		return done.contains(key(arrayName, stepNumber));
	}

	@Override
	public boolean isStarted(String arrayName, int stepNumber) {
		return started.contains(key(arrayName, stepNumber));
	}

	@Override
	public void started(String arrayName, int stepNumber) throws java.io.IOException {
		started.add(key(arrayName, stepNumber));
	}

	@Override
	public void done(String arrayName, int stepNumber) throws java.io.IOException {
		done.add(key(arrayName, stepNumber));
	}

	@Override
	public void undone(String arrayName, int stepNumber) throws java.io.IOException {
		done.remove(key(arrayName, stepNumber));
		started.remove(key(arrayName, stepNumber));
	}

	/** Loads entries read back from a durable journal. */
	protected void restore(Map<String, String> entries) {
		entries.forEach((k, state) -> {
			started.add(k);
			if (state.equals("done")) {
				done.add(k);
			}
		});
	}
}
