package org.restripe.plan.kit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Passes what is written on to the stream underneath and computes its SHA-256 on a thread of its own: with the
 * client compiler alone (the CLI's) SHA-256 has no intrinsic, and hashing a design took half as long as
 * writing and deflating it. A few chunks of 64 KB go round between the two threads, so the writer waits when
 * the hashing falls behind rather than holding the part.
 */
final class HashOnTheSide extends FilterOutputStream {
	private static final int CHUNK = 1 << 16;
	private static final int CHUNKS = 8;

	private record Chunk(byte[] bytes, int length) {
	}

	private static final Chunk END = new Chunk(new byte[0], -1);

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
	private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
	private final MessageDigest digest;
	private final Thread hasher;
	private byte[] chunk;
	private int filled;
	private volatile RuntimeException failure;

	HashOnTheSide(OutputStream out) {
		super(out);
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		for (int i = 0; i < CHUNKS; i++) {
			free.add(new byte[CHUNK]);
		}
		chunk = free.remove();
		hasher = new Thread(this::hashChunks, "restripe kit part hash");
		hasher.setDaemon(true);
		hasher.start();
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		out.write(b, off, len);
		while (len > 0) {
			int n = Math.min(len, CHUNK - filled);
			System.arraycopy(b, off, chunk, filled, n);
			filled += n;
			off += n;
			len -= n;
			if (filled == CHUNK) {
				handOver();
			}
		}
	}

	/** Flushes the stream underneath; the SHA-256 of all that was written, lower-case hex. Call once. */
	String finish() throws IOException {
		flush();
		if (filled > 0) {
			handOver();
		}
		put(END);
		try {
			hasher.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while hashing a part of the kit");
		}
		if (failure != null) {
			throw failure;
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Stops the hashing of a part that will not be finished. */
	void abandon() {
		hasher.interrupt();
	}

	private void handOver() throws IOException {
		put(new Chunk(chunk, filled));
		filled = 0;
		try {
			chunk = free.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while hashing a part of the kit");
		}
	}

	private void put(Chunk c) throws IOException {
		try {
			full.put(c);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while hashing a part of the kit");
		}
	}

	private void hashChunks() {
		try {
			for (Chunk c = full.take(); c != END; c = full.take()) {
				try {
					if (failure == null) {
						digest.update(c.bytes(), 0, c.length());
					}
				} catch (RuntimeException e) {
					failure = e; // reported by finish; the chunks keep going round so the writer is not stuck
				}
				free.put(c.bytes());
			}
		} catch (InterruptedException e) {
			// abandoned: the part is not finished
		}
	}
}
