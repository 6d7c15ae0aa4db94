package org.restripe.monitor;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** net-snmp's snmpd on 127.0.0.1 and a free port, configured by the test, stopped after it. */
final class NetSnmpAgent implements AutoCloseable {
	final int port;
	private final Process process;

	private NetSnmpAgent(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	static NetSnmpAgent start(Path dir, String sysName, String sysDescr) throws IOException {
		int port;
		try (DatagramSocket probe = new DatagramSocket(0)) {
			port = probe.getLocalPort();
		}
		Path conf = dir.resolve("snmpd.conf");
		Files.write(conf, List.of("agentAddress udp:127.0.0.1:" + port, "rocommunity public 127.0.0.1",
				"sysName " + sysName, "sysDescr " + sysDescr, "sysLocation test bench"));
		ProcessBuilder builder = new ProcessBuilder("snmpd", "-f", "-Lo", "-C", "-c", conf.toString(), "-p",
				dir.resolve("snmpd.pid").toString());
		builder.environment().put("SNMP_PERSISTENT_DIR", dir.toString());
		builder.environment().put("MIBS", ""); // Debian ships no MIB files; numeric OIDs only, and no noise
		builder.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.log").toFile());
		return new NetSnmpAgent(port, builder.start());
	}

	String address() {
		return "127.0.0.1/" + port;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
