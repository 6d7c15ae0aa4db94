package org.eclipse.jface.util;

/**
 * The JFace assertion helper that GEF 3.2 was compiled against. The 4.x platform dropped it; GEF reaches
 * this package through Require-Bundle of org.eclipse.jface, so this fragment of org.eclipse.gef supplies
 * the class from GEF's own class path.
 */
public final class Assert {

	/** Thrown when an {@code isNotNull} or {@code isTrue} assertion fails. */
	public static class AssertionFailedException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public AssertionFailedException(String detail) {
			super(detail);
		}
	}

	private Assert() {
	}

	public static boolean isLegal(boolean expression) {
		return isLegal(expression, "");
	}

	public static boolean isLegal(boolean expression, String message) {
		if (!expression) {
			throw new IllegalArgumentException(message);
		}
		return expression;
	}

	public static void isNotNull(Object object) {
		isNotNull(object, "");
	}

	public static void isNotNull(Object object, String message) {
		if (object == null) {
			throw new AssertionFailedException("null argument: " + message);
		}
	}

	public static boolean isTrue(boolean expression) {
		return isTrue(expression, "");
	}

	public static boolean isTrue(boolean expression, String message) {
		if (!expression) {
			throw new AssertionFailedException("assertion failed: " + message);
		}
		return expression;
	}
}
