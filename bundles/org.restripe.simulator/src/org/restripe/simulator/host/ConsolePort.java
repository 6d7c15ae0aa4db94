package org.restripe.simulator.host;

/**
 * One serial port of the management host wired to an array's console, reachable at a loopback TCP port
 * (the simulator's own console line, or ser2net's accepter in front of the console's pty).
 *
 * @param number the terminal server's port number, 1-based as the engineer types it
 * @param device the host's device name, e.g. /dev/ttyS0
 */
public record ConsolePort(int number, String device, String arrayName, int tcpPort) {
}
