package org.restripe.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Small helpers shared by the benchmark mains: timing, heap measurement, printing. */
public final class Bench {

	private Bench() {
	}

	/** A piece of work that may throw. */
	@FunctionalInterface
	public interface Work<T> {
		T run() throws Exception;
	}

	/** Result of a timed run. */
	public record Timed<T>(T value, double millis) {
	}

	public static <T> Timed<T> time(Work<T> work) throws Exception {
		long start = System.nanoTime();
		T value = work.run();
		return new Timed<>(value, (System.nanoTime() - start) / 1e6);
	}

	/** Used heap after the collector has settled; call with everything to be measured still reachable. */
	public static long usedHeap() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(100);
			Runtime runtime = Runtime.getRuntime();
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

	public static void print(String figure, double value, String unit, String goal) {
		System.out.printf(Locale.ROOT, "%-44s %12.1f %-6s %s%n", figure, value, unit, goal == null ? "" : "(goal " + goal + ")");
	}

	public static void header(String title) {
		System.out.println("== " + title + " | JVM " + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " cpus, max heap "
				+ Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, GC "
				+ ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
	}
}
