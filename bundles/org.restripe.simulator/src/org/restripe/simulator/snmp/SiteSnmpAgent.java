package org.restripe.simulator.snmp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

import org.restripe.simulator.array.StorageArray;
import org.snmp4j.TransportMapping;
import org.snmp4j.agent.BaseAgent;
import org.snmp4j.agent.CommandProcessor;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.mo.DefaultMOTable;
import org.snmp4j.agent.mo.snmp.RowStatus;
import org.snmp4j.agent.mo.snmp.SNMPv2MIB;
import org.snmp4j.agent.mo.snmp.SnmpCommunityMIB;
import org.snmp4j.agent.mo.snmp.SnmpNotificationMIB;
import org.snmp4j.agent.mo.snmp.SnmpTargetMIB;
import org.snmp4j.agent.mo.snmp.StorageType;
import org.snmp4j.agent.mo.snmp.VacmMIB;
import org.snmp4j.agent.security.MutableVACM;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The site's SNMP agent on 127.0.0.1: MIB-II system (from BaseAgent), HOST-RESOURCES hrStorageTable and
 * the arrays' volume, disk and port tables, refreshed from the arrays several times a second; sysUpTime
 * runs on the arrays' simulated clock, like the counters. v2c with a
 * read community, v3 user {@code restripe} with authPriv (HMAC-SHA-256, AES-128). Read-only, like the T3's.
 */
public final class SiteSnmpAgent extends BaseAgent implements AutoCloseable {
	public static final String V3_USER = "restripe";
	public static final String V3_AUTH = "restripe-auth";
	public static final String V3_PRIV = "restripe-priv";
	private static final long REFRESH_MS = 200;

	private final List<Integer> ports;
	private final String community;
	private final ArrayTables tables;
	private final Timer refresher = new Timer("snmp-refresh", true);

	private SiteSnmpAgent(File dir, List<Integer> ports, String community, List<StorageArray> arrays, LoadProfile load) {
		super(new File(dir, "boot-counter"), new File(dir, "agent.cfg"),
				new CommandProcessor(new OctetString(MPv3.createLocalEngineID())));
		this.ports = List.copyOf(ports);
		this.community = community;
		this.tables = new ArrayTables(arrays, load);
	}

	/** sysUpTime is the simulated instant the tables show, so counter deltas over sysUpTime are true rates. */
	@Override
	protected void registerSnmpMIBs() {
		snmpv2MIB = new SNMPv2MIB(new OctetString("Restripe simulated client site"), new OID("1.3.6.1.4.1.42.2.28.2"),
				new Integer32(72), tables::upTime) {
		};
		super.registerSnmpMIBs();
	}

	/** Starts an agent for {@code arrays} on 127.0.0.1:{@code port}, their load following the volumes' sizes. */
	public static SiteSnmpAgent start(int port, String community, List<StorageArray> arrays, ArrayLoad load)
			throws IOException {
		return start(port, community, arrays, LoadProfile.bySize(load));
	}

	/** Starts an agent for {@code arrays} on 127.0.0.1:{@code port} with the hosts' load from {@code load}. */
	public static SiteSnmpAgent start(int port, String community, List<StorageArray> arrays, LoadProfile load)
			throws IOException {
		return start(List.of(port), community, arrays, load);
	}

	/**
	 * One agent answering on each of {@code ports} (127.0.0.1): to a poller, as many agents as ports, e.g. the
	 * thousand targets of a polling benchmark, served by one MIB.
	 */
	public static SiteSnmpAgent start(List<Integer> ports, String community, List<StorageArray> arrays, LoadProfile load)
			throws IOException {
		SecurityProtocols.getInstance().addAuthenticationProtocol(new AuthHMAC192SHA256());
		SecurityProtocols.getInstance().addPrivacyProtocol(new PrivAES128());
		File dir = Files.createTempDirectory("restripe-snmp").toFile();
		SiteSnmpAgent agent = new SiteSnmpAgent(dir, ports, community, arrays, load);
		agent.init();
		agent.getSnmpv2MIB().getDescr().setValue("Restripe simulated client site");
		agent.getSnmpv2MIB().setName(new OctetString("storemgr"));
		agent.finishInit();
		agent.run();
		agent.refresher.schedule(new TimerTask() {
			@Override
			public void run() {
				agent.tables.refresh();
			}
		}, 0, REFRESH_MS);
		return agent;
	}

	@Override
	protected void registerManagedObjects() {
		try {
			for (DefaultMOTable<?, ?, ?> table : tables.all()) {
				server.register(table, null);
			}
		} catch (DuplicateRegistrationException e) {
			throw new IllegalStateException("SNMP table registered twice", e);
		}
	}

	@Override
	protected void unregisterManagedObjects() {
		for (DefaultMOTable<?, ?, ?> table : tables.all()) {
			server.unregister(table, null);
		}
	}

	@Override
	protected void addUsmUser(USM usm) {
		usm.addUser(new UsmUser(new OctetString(V3_USER), AuthHMAC192SHA256.ID, new OctetString(V3_AUTH), PrivAES128.ID,
				new OctetString(V3_PRIV)));
	}

	@Override
	protected void addNotificationTargets(SnmpTargetMIB targetMIB, SnmpNotificationMIB notificationMIB) {
		// the arrays' agent is polled by the center's monitor; it sends no traps
	}

	@Override
	protected void addViews(VacmMIB vacm) {
		OctetString readers = new OctetString("readers");
		vacm.addGroup(SecurityModel.SECURITY_MODEL_SNMPv2c, new OctetString("community"), readers, StorageType.nonVolatile);
		vacm.addGroup(SecurityModel.SECURITY_MODEL_USM, new OctetString(V3_USER), readers, StorageType.nonVolatile);
		vacm.addAccess(readers, new OctetString(), SecurityModel.SECURITY_MODEL_SNMPv2c, SecurityLevel.NOAUTH_NOPRIV,
				MutableVACM.VACM_MATCH_EXACT, new OctetString("all"), new OctetString(), new OctetString(),
				StorageType.nonVolatile);
		vacm.addAccess(readers, new OctetString(), SecurityModel.SECURITY_MODEL_USM, SecurityLevel.AUTH_PRIV,
				MutableVACM.VACM_MATCH_EXACT, new OctetString("all"), new OctetString(), new OctetString(),
				StorageType.nonVolatile);
		vacm.addViewTreeFamily(new OctetString("all"), new OID("1.3"), new OctetString(), VacmMIB.vacmViewIncluded,
				StorageType.nonVolatile);
	}

	@Override
	protected void addCommunities(SnmpCommunityMIB communityMIB) {
		Variable[] row = { new OctetString(community), new OctetString("community"), getAgent().getContextEngineID(),
				new OctetString(), new OctetString(), new Integer32(StorageType.nonVolatile), new Integer32(RowStatus.active) };
		communityMIB.getSnmpCommunityEntry()
				.addRow(communityMIB.getSnmpCommunityEntry().createRow(new OctetString("read").toSubIndex(true), row));
	}

	@Override
	protected void initTransportMappings() throws IOException {
		transportMappings = new TransportMapping<?>[ports.size()];
		for (int i = 0; i < ports.size(); i++) {
			DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/" + ports.get(i)));
			// requests are answered on the listen thread (the command processor has no worker pool), so one
			// receive buffer will do instead of a fresh 64 KB array a datagram
			transport.setAsyncMsgProcessingSupported(false);
			transportMappings[i] = transport;
		}
	}

	/** The (first) UDP port the agent answers on. */
	public int port() {
		return ports.get(0);
	}

	@Override
	public void close() {
		refresher.cancel();
		stop();
	}
}
