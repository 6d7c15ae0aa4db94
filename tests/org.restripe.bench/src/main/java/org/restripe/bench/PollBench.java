package org.restripe.bench;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpCredentials;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TargetPoll;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.LoadProfile;
import org.restripe.simulator.snmp.SiteSnmpAgent;

/**
 * Polls 1,000 simulated targets on loopback: the simulator's three arrays answering on 1,000 UDP ports,
 * each port a target of its own to the poller (its own address, request ids, timeouts). Each poll is a GET of
 * sysUpTime and a GETBULK walk of the port table; the figure is requests answered per second over whole
 * rounds of all targets. The targets are a LeanResponder in a process of its own (LeanTargets), or with
 * -Dtargets=agent the snmp4j-agent SiteSnmpAgent in this JVM. Args: [targets] [rounds] [maxInFlight] [rowsPerRequest].
 */
public final class PollBench {

	public static void main(String[] args) throws Exception {
		int targets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 64;
		int rowsPerRequest = args.length > 3 ? Integer.parseInt(args[3]) : 4;
		Bench.header("PollBench: " + targets + " targets, " + rounds + " rounds, " + inFlight + " requests in flight");
		int portCount = Integer.getInteger("ports", targets);
		List<Integer> ports = freePorts(portCount);
		boolean inJvmAgent = "agent".equals(System.getProperty("targets", "lean"));
		System.out.println(inJvmAgent ? "targets: SiteSnmpAgent (snmp4j-agent) in this JVM"
				: "targets: LeanResponder in a process of its own (-Dtargets=agent for the in-JVM SiteSnmpAgent)");
		try (Targets site = inJvmAgent ? Targets.agent(ports) : Targets.lean(ports);
				SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults().withMaxInFlight(inFlight).withRowsPerRequest(rowsPerRequest))) {
			List<PollTarget> all = java.util.stream.IntStream.range(0, targets)
					.mapToObj(i -> PollTarget.of("127.0.0.1/" + ports.get(i % ports.size()), SnmpCredentials.community("public"))
							.named("target " + i).withTimeout(Duration.ofMillis(Long.getLong("timeout", 2000)), 2))
					.toList();
			round(poller, all); // warm up: JIT, the agent's threads
			round(poller, all);
			List<Double> rates = new ArrayList<>();
			List<Double> pollRates = new ArrayList<>();
			long allRequests = 0;
			long[] cpuBefore = ThreadCpu.split();
			long targetsCpuBefore = site.cpuNanos();
			for (int r = 0; r < rounds; r++) {
				long before = poller.requestsSent();
				Bench.Timed<Integer> t = Bench.time(() -> round(poller, all));
				long requests = poller.requestsSent() - before;
				allRequests += requests;
				rates.add(requests / (t.millis() / 1000));
				pollRates.add((targets - t.value()) / (t.millis() / 1000));
				if (t.value() > 0) {
					System.out.println("round " + r + ": " + t.value() + " targets not read");
				}
			}
			long[] cpuAfter = ThreadCpu.split();
			long targetsCpu = site.cpuNanos() - targetsCpuBefore;
			Spread.print("requests/s, " + targets + " targets (spread of rounds)", Spread.of(rates), "%.0f", "req/s",
					">= 10,000");
			Spread.print("polls/s (targets read whole)", Spread.of(pollRates), "%.0f", "polls/s", null);
			double pollerMicros = (cpuAfter[0] - cpuBefore[0]) / 1e3 / allRequests;
			double agentMicros = (inJvmAgent ? cpuAfter[1] - cpuBefore[1] : targetsCpu) / 1e3 / allRequests;
			Bench.print("poller CPU per request", pollerMicros, "us", null);
			Bench.print((inJvmAgent ? "agent" : "responder process") + " CPU per request", agentMicros, "us", null);
			Bench.print("poller alone on one core (1 s / its CPU)", 1e6 / pollerMicros, "req/s", ">= 10,000");
			System.out.printf("requests a poll: %.2f (GET sysUpTime + GETBULKs of %d rows)%n",
					allRequests / (double) (rounds * (long) targets), rowsPerRequest);
		}
	}

	/** Polls every target once; returns how many were not read completely. */
	private static int round(SnmpPoller poller, List<PollTarget> all) throws InterruptedException {
		List<TargetPoll> polls = poller.pollAll(all, Set.of(SnmpTable.PORTS), new NullProgressMonitor());
		return (int) polls.stream().filter(p -> !p.isReached() || !p.table(SnmpTable.PORTS).isComplete()).count();
	}

	/** The simulated targets: the in-JVM agent or a LeanResponder process, and the CPU they have used. */
	interface Targets extends AutoCloseable {
		long cpuNanos();

		@Override
		void close() throws Exception;

		static Targets agent(List<Integer> ports) throws Exception {
			List<StorageArray> arrays = new ArrayList<>();
			SimulatedClock clock = new SimulatedClock(1);
			for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
				arrays.add(new StorageArray(unit, clock));
			}
			SiteSnmpAgent agent = SiteSnmpAgent.start(ports, "public", arrays, LoadProfile.bySize(ArrayLoad.typical()));
			return new Targets() {
				@Override
				public long cpuNanos() {
					return ThreadCpu.split()[1];
				}

				@Override
				public void close() {
					agent.close();
				}
			};
		}

		/** Starts LeanTargets with this JVM's class path and waits for its "ready" line. */
		static Targets lean(List<Integer> ports) throws Exception {
			List<String> command = new ArrayList<>(List.of(
					java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), LeanTargets.class.getName(), "public"));
			ports.forEach(p -> command.add(String.valueOf(p)));
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			java.io.BufferedReader out = new java.io.BufferedReader(
					new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
			String line = out.readLine();
			if (line == null || !line.startsWith("ready")) {
				process.destroy();
				throw new IllegalStateException("the LeanTargets process did not start: " + line);
			}
			System.out.println("LeanTargets pid " + process.pid() + ": " + line);
			return new Targets() {
				@Override
				public long cpuNanos() {
					return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
				}

				@Override
				public void close() throws Exception {
					process.getOutputStream().close();
					if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
						process.destroy();
					}
					String last;
					while ((last = out.readLine()) != null) {
						System.out.println("LeanTargets: " + last);
					}
				}
			};
		}
	}

	private static List<Integer> freePorts(int n) throws Exception {
		List<DatagramSocket> held = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		try {
			for (int i = 0; i < n; i++) {
				DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress());
				held.add(s);
				ports.add(s.getLocalPort());
			}
		} finally {
			held.forEach(DatagramSocket::close);
		}
		return ports;
	}

	/** CPU time of the poller's threads and of the agent's (its transport threads are bound to 127.0.0.1). */
	static final class ThreadCpu {
		static long[] split() {
			java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
			long poller = 0;
			long agent = 0;
			for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
				if (info == null) {
					continue;
				}
				long cpu = Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
				String name = info.getThreadName();
				if (name.contains("127.0.0.1") || name.startsWith("snmp-refresh") || name.startsWith("AgentWorker")) {
					agent += cpu;
				} else {
					poller += cpu;
				}
			}
			return new long[] { poller, agent };
		}
	}
}
