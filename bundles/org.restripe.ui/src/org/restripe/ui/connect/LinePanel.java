package org.restripe.ui.connect;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.restripe.model.Site;
import org.restripe.ui.connect.LineChoice.Way;

/** The "way to the site" fields that Connect and Run Kit share: dial, telnet, or console ports. */
public final class LinePanel {
	private final Map<Way, Button> ways = new EnumMap<>(Way.class);
	private final Text modem;
	private final Text telnetHost;
	private final Text telnetPort;
	private final Text portsHost;
	private final Text consolePorts;
	private final Runnable changed;
	private Way way;

	public LinePanel(Composite parent, Site site, LineChoice initial, Runnable changed) {
		this.changed = changed;
		Group group = new Group(parent, SWT.NONE);
		group.setText("The line to the site");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		radio(group, Way.DIAL, "Dial through the center's modem");
		modem = field(group, "Modem:", initial.modem(), 3);
		hint(group, dialHint(site));
		radio(group, Way.TELNET, "Telnet to the management host's terminal server");
		telnetHost = field(group, "Host:", initial.telnetHost(), 1);
		telnetPort = field(group, "Port:", initial.telnetPort(), 1);
		radio(group, Way.PORTS, "Console ports of the management host (one TCP port a console)");
		portsHost = field(group, "Host:", initial.portsHost(), 1);
		consolePorts = field(group, "Ports:", initial.consolePorts(), 1);
		hint(group, "Ports: the base port (console N of the host's serial ports at BASE+N), or ARRAY=PORT,...");
		select(initial.way());
	}

	private static String dialHint(Site site) {
		if (site == null || site.getModem() == null) {
			return "The site file names no dialback modem.";
		}
		return "Calls the site's dialback modem " + site.getModem().getNumber() + "; it calls back "
				+ site.getModem().getCallbackNumber() + ". Modem: a serial device (/dev/ttyS0) or tcp:HOST:PORT.";
	}

	private void radio(Composite parent, Way value, String label) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label);
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 4).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				select(value);
			}
		});
		ways.put(value, button);
	}

	private Text field(Composite parent, String label, String value, int span) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().indent(18, 0).applyTo(l);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(140, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed.run());
		return text;
	}

	private static void hint(Composite parent, String text) {
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().span(4, 1).indent(18, 0).hint(480, SWT.DEFAULT).applyTo(hint);
	}

	/** Chooses a way, as clicking its radio button does. */
	public void select(Way chosen) {
		way = chosen;
		ways.forEach((w, b) -> b.setSelection(w == chosen));
		modem.setEnabled(chosen == Way.DIAL);
		telnetHost.setEnabled(chosen == Way.TELNET);
		telnetPort.setEnabled(chosen == Way.TELNET);
		portsHost.setEnabled(chosen == Way.PORTS);
		consolePorts.setEnabled(chosen == Way.PORTS);
		changed.run();
	}

	public LineChoice choice() {
		return new LineChoice(way, modem.getText(), telnetHost.getText(), telnetPort.getText(), portsHost.getText(),
				consolePorts.getText());
	}

	public Button wayButton(Way w) {
		return ways.get(w);
	}

	public Text modemField() {
		return modem;
	}

	public Text telnetHostField() {
		return telnetHost;
	}

	public Text telnetPortField() {
		return telnetPort;
	}

	public Text portsHostField() {
		return portsHost;
	}

	public Text consolePortsField() {
		return consolePorts;
	}
}
