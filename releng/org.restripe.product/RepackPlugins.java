import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the materialized product's plugin jars for a faster start (run by the product's build, after
 * materialize-products, with {@code java RepackPlugins.java PLUGINS_DIR}):
 * <ul>
 * <li>class files are stored, not deflated: a start reads about 10,000 of them, and even those the class data
 * archive holds are read from the jar and checked against it, so inflating them was a tenth of the main thread;
 * other entries (icons, ICU's data, properties) stay deflated;</li>
 * <li>the framework jar loses its signature files: the launcher loads it through a URLClassLoader, which verifies
 * every entry of a signed jar, and class data sharing skips signed jars. Bundles are loaded by the framework,
 * which does not check signatures, so their jars keep theirs.</li>
 * </ul>
 * Every entry keeps its name, order, time and bytes. Running it again changes nothing.
 */
public final class RepackPlugins {
	private static final String FRAMEWORK = "org.eclipse.osgi_";

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: java RepackPlugins.java PLUGINS_DIR");
			System.exit(2);
		}
		int jars = 0;
		try (DirectoryStream<Path> plugins = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : plugins) {
				repack(jar, jar.getFileName().toString().startsWith(FRAMEWORK));
				jars++;
			}
		}
		System.out.println("RepackPlugins: " + jars + " jars with their classes stored");
	}

	private static void repack(Path jar, boolean unsign) throws IOException {
		Path temp = jar.resolveSibling(jar.getFileName() + ".repack");
		FileTime modified = Files.getLastModifiedTime(jar);
		try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (unsign && isSignatureFile(entry.getName())) {
					continue;
				}
				copy(in, entry, out);
			}
		}
		Files.setLastModifiedTime(temp, modified);
		Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
		byte[] bytes;
		try (InputStream read = in.getInputStream(entry)) {
			bytes = read.readAllBytes();
		}
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setTime(entry.getTime());
		if (entry.getExtra() != null) {
			copy.setExtra(entry.getExtra());
		}
		if (entry.getName().endsWith(".class") || entry.isDirectory()) {
			CRC32 crc = new CRC32();
			crc.update(bytes);
			copy.setMethod(ZipEntry.STORED);
			copy.setSize(bytes.length);
			copy.setCompressedSize(bytes.length);
			copy.setCrc(crc.getValue());
		} else {
			copy.setMethod(ZipEntry.DEFLATED);
		}
		out.putNextEntry(copy);
		out.write(bytes);
		out.closeEntry();
	}

	/** The signature block and its files (META-INF/X.SF, X.RSA, X.DSA, X.EC), not the manifest. */
	private static boolean isSignatureFile(String name) {
		if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC");
	}
}
