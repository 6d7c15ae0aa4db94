package org.restripe.simulator.modem;

import java.io.InputStream;
import java.io.OutputStream;

/** One telephone call between two phones: ringing, then connected, then ended. */
public final class Call {
	enum State {
		RINGING, CONNECTED, ENDED
	}

	private final Phone caller;
	private final Phone callee;
	private final String callerNumber;
	private final boolean reachesCallee;
	private final Pipe toCallee = new Pipe();
	private final Pipe toCaller = new Pipe();
	private State state = State.RINGING;

	/** {@code reachesCallee} false: the callee's phone rings with nobody there to notice, e.g. unplugged. */
	Call(Phone caller, String callerNumber, Phone callee, boolean reachesCallee) {
		this.caller = caller;
		this.callerNumber = callerNumber;
		this.callee = callee;
		this.reachesCallee = reachesCallee;
	}

	/** The number the call came from, as caller id shows it. */
	public String callerNumber() {
		return callerNumber;
	}

	public synchronized boolean isConnected() {
		return state == State.CONNECTED;
	}

	public synchronized boolean isEnded() {
		return state == State.ENDED;
	}

	/** The callee picks up: both ends are connected. */
	public void answer() {
		synchronized (this) {
			if (state != State.RINGING) {
				return;
			}
			state = State.CONNECTED;
		}
		caller.answered(this);
	}

	/** Either end hangs up; the other end is told, as its modem loses carrier. */
	public void hangUp(Phone by) {
		if (!end()) {
			return;
		}
		Phone other = by == caller ? callee : caller;
		if (other != callee || reachesCallee) {
			other.hungUp(this);
		}
	}

	/** The network drops the call: both ends lose carrier. */
	void drop() {
		if (!end()) {
			return;
		}
		caller.hungUp(this);
		if (reachesCallee) {
			callee.hungUp(this);
		}
	}

	private boolean end() {
		synchronized (this) {
			if (state == State.ENDED) {
				return false;
			}
			state = State.ENDED;
		}
		toCallee.close();
		toCaller.close();
		return true;
	}

	Pipe inbound(Phone phone) {
		return phone == caller ? toCaller : toCallee;
	}

	public InputStream input(Phone phone) {
		return inbound(phone).input();
	}

	public OutputStream output(Phone phone) {
		return (phone == caller ? toCallee : toCaller).output();
	}
}
