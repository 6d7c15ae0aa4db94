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
	private final Pipe toCallee = new Pipe();
	private final Pipe toCaller = new Pipe();
	private State state = State.RINGING;

	Call(Phone caller, String callerNumber, Phone callee) {
		this.caller = caller;
		this.callerNumber = callerNumber;
		this.callee = callee;
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
		synchronized (this) {
			if (state == State.ENDED) {
				return;
			}
			state = State.ENDED;
		}
		toCallee.close();
		toCaller.close();
		(by == caller ? callee : caller).hungUp(this);
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
