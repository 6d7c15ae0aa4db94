package org.restripe.monitor.poll;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * net-snmp's snmpd on 127.0.0.1 and a free port, configured by the test, stopped after it: community
 * {@code public} and v3 user {@link #V3_USER} (authPriv, SHA-256 and AES-128, made by createUser).
 */
final class NetSnmpAgent implements AutoCloseable {
	static final String V3_USER = "poller";
	static final String V3_AUTH = "auth-phrase-1";
	static final String V3_PRIV = "priv-phrase-1";
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
				"createUser " + V3_USER + " SHA-256 " + V3_AUTH + " AES " + V3_PRIV, "rouser " + V3_USER + " priv",
				"sysName " + sysName, "sysDescr " + sysDescr, "sysLocation test bench"));
		Path persistent = Files.createDirectories(dir.resolve("persistent")); // snmpd rewrites its snmpd.conf there
		ProcessBuilder builder = new ProcessBuilder("snmpd", "-f", "-Lo", "-C", "-I", "-smux", "-c", conf.toString(), "-p",
				dir.resolve("snmpd.pid").toString());
		builder.environment().put("SNMP_PERSISTENT_DIR", persistent.toString());
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
