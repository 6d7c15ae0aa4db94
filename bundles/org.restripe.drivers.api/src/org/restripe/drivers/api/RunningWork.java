package org.restripe.drivers.api;

/**
 * Work an array goes on with after its command returned (a volume initialisation, reconstruction or
 * verification), as the array's list of running work shows it.
 *
 * @param target what the work runs on, as the array names it (a volume, e.g. {@code v1})
 * @param command the command that started it, e.g. {@code vol init}
 * @param percent how much of it is done, 0 to 100
 */
public record RunningWork(String target, String command, int percent) {
}
