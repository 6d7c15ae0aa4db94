package org.restripe.simulator.array;

/**
 * The simulated DS CLI's messages in one place. Their form, {@code CMUC<5 digits>I <command>: <text>.} for
 * information and {@code CMUN<5 digits>E ...} for errors, and the empty list's {@code No CKD Volume found.}
 * follow public captures as REFERENCE.md retells them; the message numbers and the other wordings are
 * reconstructed, unverified, and await IBM's DS CLI message reference.
 */
final class DsCliMessages {
	static final String DSCLI_VERSION = "7.8.50.497";

	static String nothingFound(String command, String what) {
		return "CMUC00234I " + command + ": No " + what + " found.";
	}

	static String created(String id) {
		return "CMUC00021I mkckdvol: CKD Volume " + id + " successfully created.";
	}

	static String modified(String id) {
		return "CMUC00022I chckdvol: CKD Volume " + id + " successfully modified.";
	}

	static String deleted(String id) {
		return "CMUC00024I rmckdvol: CKD Volume " + id + " successfully deleted.";
	}

	static String portConfigured(String port) {
		return "CMUC00011I setioport: I/O Port " + port + " successfully configured.";
	}

	static String expandQuestion(String id) {
		return "CMUC00332W chckdvol: Are you sure that you want to expand CKD volume " + id + "? [y/n]:";
	}

	static String deleteQuestion(String id) {
		return "CMUC00023W rmckdvol: Are you sure you want to delete CKD volume " + id + "? [y/n]:";
	}

	static String exists(String id) {
		return "CMUN02500E mkckdvol: " + id + ": The volume already exists.";
	}

	static String noVolume(String command, String id) {
		return "CMUN02501E " + command + ": " + id + ": The specified volume does not exist.";
	}

	static String noPool(String pool) {
		return "CMUN02282E mkckdvol: " + pool + ": The specified extent pool does not exist.";
	}

	static String shrink(String id) {
		return "CMUN02434E chckdvol: " + id + ": The new capacity must be greater than the current capacity.";
	}

	static String capacity(String command, String cap) {
		return "CMUN02436E " + command + ": " + cap + ": The capacity is not valid for the data type.";
	}

	static String noPort(String port) {
		return "CMUN00023E setioport: " + port + ": The specified I/O port does not exist.";
	}

	static String usage(String command, String what) {
		return "CMMCI9012E " + command + ": " + what;
	}

	static String unknown(String command) {
		return "CMMCI9013E Command: " + command + " was not found.";
	}

	static String loginRefused() {
		return "CMUN00018E Unable to authenticate user: the user name or password is not valid.";
	}

	private DsCliMessages() {
	}
}
