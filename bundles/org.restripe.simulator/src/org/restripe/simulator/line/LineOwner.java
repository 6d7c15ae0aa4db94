package org.restripe.simulator.line;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who holds a line. A serial console, a terminal server's port or a modem serves one session at a time:
 * whoever takes the line first holds it until it lets go, and everyone else is told who holds it. Owners
 * are compared with {@code equals}; each is described in words ({@code who}) for refusals and listings.
 * Listeners hear every change of holder, in the thread that made it, outside the owner's lock.
 *
 * @param <T> what identifies an owner: a session name, a connection
 */
public final class LineOwner<T> {
	/** Hears a line being taken and let go, e.g. a modem dropping its call when its terminal goes away. */
	public interface Listener {
		default void taken(String who) {
		}

		default void released(String who) {
		}

		static Listener onTaken(Consumer<String> action) {
			return new Listener() {
				@Override
				public void taken(String who) {
					action.accept(who);
				}
			};
		}

		static Listener onReleased(Consumer<String> action) {
			return new Listener() {
				@Override
				public void released(String who) {
					action.accept(who);
				}
			};
		}
	}

	private final String lineName;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private T owner;
	private String who;

	/** {@code lineName} as a refusal names it, e.g. "t3a console" or "port 4". */
	public LineOwner(String lineName) {
		this.lineName = lineName;
	}

	public String lineName() {
		return lineName;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** Takes the line if it is free; true also when {@code owner} holds it already. */
	public boolean tryTake(T owner, String who) {
		synchronized (this) {
			if (this.owner != null) {
				return this.owner.equals(owner);
			}
			this.owner = Objects.requireNonNull(owner);
			this.who = who;
		}
		listeners.forEach(l -> l.taken(who));
		return true;
	}

	/**
	 * Takes the line, waiting up to {@code patience} for the holder to let go: a session whose far end has
	 * just gone takes a moment to notice. False if the line is still held then (or the wait is interrupted).
	 */
	public boolean take(T owner, String who, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		synchronized (this) {
			while (this.owner != null) {
				if (this.owner.equals(owner)) {
					return true;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0 || !waitNanos(left)) {
					return false;
				}
			}
			this.owner = Objects.requireNonNull(owner);
			this.who = who;
		}
		listeners.forEach(l -> l.taken(who));
		return true;
	}

	/** Lets go of the line if {@code owner} holds it; true if it did. */
	public boolean release(T owner) {
		String left;
		synchronized (this) {
			if (this.owner == null || !this.owner.equals(owner)) {
				return false;
			}
			left = who;
			this.owner = null;
			this.who = null;
			notifyAll();
		}
		listeners.forEach(l -> l.released(left));
		return true;
	}

	/** Frees the line whoever holds it (a terminal server's {@code disconnect}); the owner it had, or null. */
	public T takeAway() {
		T had;
		synchronized (this) {
			had = owner;
		}
		return had != null && release(had) ? had : null;
	}

	/** Waits up to {@code patience} until nobody holds the line; true if it is free. */
	public boolean awaitFree(Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		synchronized (this) {
			while (owner != null) {
				long left = deadline - System.nanoTime();
				if (left <= 0 || !waitNanos(left)) {
					return false;
				}
			}
			return true;
		}
	}

	public synchronized Optional<T> owner() {
		return Optional.ofNullable(owner);
	}

	/** Who holds the line, in words. */
	public synchronized Optional<String> holder() {
		return Optional.ofNullable(owner == null ? null : who);
	}

	public synchronized boolean isHeldBy(T candidate) {
		return owner != null && owner.equals(candidate);
	}

	/** The one line a refused session is told, e.g. "t3a console is in use by tcp 127.0.0.1:40112". */
	public synchronized String refusal() {
		return lineName + (owner == null ? " is free" : " is in use by " + who);
	}

	private boolean waitNanos(long nanos) {
		try {
			wait(Math.max(1, nanos / 1_000_000));
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
