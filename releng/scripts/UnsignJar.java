import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Removes the signature of jars in a materialized product (run by the repository module's build with
 * {@code java UnsignJar.java PLUGINS-DIR PREFIX...}): every {@code PREFIX_*.jar} in PLUGINS-DIR loses its
 * signature files and its manifest's per-entry digests; everything else is copied byte for byte.
 *
 * <p>Why (#18, start-up time): the launcher loads the OSGi framework from its jar with a plain class
 * loader, so the JDK checks the framework's signature on every class, and the JVM never puts classes of a
 * signed jar into the class-data-sharing archive — about 500 framework classes were parsed and verified
 * again on every start. Inside OSGi, Equinox does not check bundle signatures, so only the jars the
 * launcher itself reads matter. The p2 repository keeps the signed originals.
 *
 * <p>The output is reproducible: every entry, the manifest included, keeps the original's time stamp and
 * order, so two builds give the same bytes (a {@code JarOutputStream} given the manifest would stamp it with
 * the clock).
 */
public final class UnsignJar {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]*\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]*");

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java UnsignJar.java PLUGINS-DIR PREFIX...");
			System.exit(2);
		}
		Path plugins = Path.of(args[0]);
		for (int i = 1; i < args.length; i++) {
			boolean found = false;
			try (var jars = Files.newDirectoryStream(plugins, args[i] + "_*.jar")) {
				for (Path jar : jars) {
					found = true;
					if (unsign(jar)) {
						System.out.println("UnsignJar: removed the signature of " + jar.getFileName());
					}
				}
			}
			if (!found) {
				System.err.println("UnsignJar: no " + args[i] + "_*.jar in " + plugins);
				System.exit(1);
			}
		}
	}

	/** Rewrites a signed jar beside itself and moves it over the original; false when it was not signed. */
	private static boolean unsign(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			if (in.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
				return false;
			}
			Manifest manifest = new Manifest(in.getManifest());
			manifest.getEntries().clear();
			try (OutputStream file = Files.newOutputStream(unsigned); JarOutputStream out = new JarOutputStream(file)) {
				for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
					JarEntry entry = entries.nextElement();
					String name = entry.getName();
					if (SIGNATURE.matcher(name).matches()) {
						continue;
					}
					JarEntry copy = new JarEntry(name);
					// Local date-time, not an instant: the same DOS time stamp whatever the build machine's zone.
					copy.setTimeLocal(entry.getTimeLocal());
					out.putNextEntry(copy);
					if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
						manifest.write(out);
					} else {
						try (InputStream content = in.getInputStream(entry)) {
							content.transferTo(out);
						}
					}
					out.closeEntry();
				}
			}
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}
}
