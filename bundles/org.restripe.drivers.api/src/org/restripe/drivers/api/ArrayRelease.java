package org.restripe.drivers.api;

/**
 * What an array says it is: its model family (e.g. T3B, 6120), its firmware release and the line it was
 * read from, kept verbatim for the session record.
 */
public record ArrayRelease(String model, String firmware, String line) {
}
