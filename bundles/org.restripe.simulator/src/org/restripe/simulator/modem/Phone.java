package org.restripe.simulator.modem;

/** Something on the telephone network that can be called: a modem's line interface. */
public interface Phone {
	/** A call comes in; the phone rings until it answers or the caller gives up. */
	void incoming(Call call);

	/** The far end answered a call this phone placed. */
	void answered(Call call);

	/** The far end hung up (or the network dropped the call). */
	void hungUp(Call call);
}
