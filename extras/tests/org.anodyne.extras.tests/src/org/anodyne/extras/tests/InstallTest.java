package org.anodyne.extras.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a user would: unpack the main build's product archive, {@code anodyne install} the extras'
 * p2 repository, validate and solve the Na, K and Zn examples (the dense thickness per mAh/cm² each
 * prints is checked against the metal's molar volume and charge number) and the nanowire collector's,
 * uninstall, and see the same files refused with a clear "unknown metal" or "unknown collector type"
 * diagnostic (the latter naming the missing plug-in, which the file records) and no stack trace.
 */
class InstallTest {

	private static final List<String> METALS = List.of("na", "k", "zn");
	/** z, M [g/mol], ρ [g/cm³] of SCIENCE.md §5. */
	private static final Map<String, double[]> DATA = Map.of("na", new double[] { 1, 22.99, 0.968 }, "k",
			new double[] { 1, 39.10, 0.862 }, "zn", new double[] { 2, 65.38, 7.14 });
	private static final String NANOWIRE_EXAMPLE = "li-cu-nanowire-symmetric-inverted.anodyne";
	private static final String MISSING_NANOWIRE = "unknown collector type 'nanowire:MetalNanowireArray': it needs"
			+ " plug-in org.anodyne.collector.nanowire (not installed)";
	private static final String MISSING_SODIUM = "unknown metal 'na': it needs plug-in org.anodyne.metal.sodium (not installed)";
	private static final Pattern THICKNESS = Pattern.compile("(\\w+)-cc-symmetric-inverted .*?([0-9.]+) µm per mAh/cm²");

	@TempDir
	Path work;

	@Test
	void installValidateSolveUninstall() throws Exception {
		Path product = unpackProduct();
		Path designs = work.resolve("designs");
		Files.createDirectories(designs);
		for (String metal : METALS) {
			String name = metal + "-cc-symmetric-inverted.anodyne";
			Files.copy(extras().resolve("examples").resolve(name), designs.resolve(name));
		}
		Files.copy(extras().resolve("examples").resolve(NANOWIRE_EXAMPLE), designs.resolve(NANOWIRE_EXAMPLE));
		Path na = designs.resolve("na-cc-symmetric-inverted.anodyne");
		Path nanowire = designs.resolve(NANOWIRE_EXAMPLE);

		assertMissingSodiumPlugin(run(product, "validate", na.toString()));
		assertMissingCollectorPlugin(run(product, "validate", nanowire.toString()));

		Path repository = extras().resolve("sites/org.anodyne.extras.repository/target/repository");
		Result install = run(product, "install", repository.toString());
		assertEquals(0, install.exit, install.text());
		assertTrue(Files.list(product.resolve("plugins")).anyMatch(p -> p.getFileName().toString().startsWith("org.anodyne.metal.zinc_")),
				"p2 put the zinc bundle into the product");

		Result validate = run(product, "validate", designs.toString());
		assertEquals(0, validate.exit, validate.text());
		assertTrue(validate.text().contains("4 files, 0 errors, 1 warning"), validate.text());
		assertTrue(validate.out.contains("aqueous"), "the Zn electrolyte is water: " + validate.text());

		Result solve = run(product, "build", "--jobs", "2", designs.toString());
		assertEquals(0, solve.exit, solve.text());
		Matcher m = THICKNESS.matcher(solve.out);
		List<String> checked = new ArrayList<>();
		while (m.find()) {
			double[] d = DATA.get(m.group(1));
			double expected = MetalsTest.micrometresPerMilliampHour((int) d[0], d[1], d[2]);
			assertEquals(expected, Double.parseDouble(m.group(2)), 1e-3, m.group(0));
			checked.add(m.group(1));
		}
		assertEquals(METALS.stream().sorted().toList(), checked.stream().sorted().toList(), solve.text());
		assertEquals(8, count(solve.out, " ok "), "four deposition and four cycle-life studies: " + solve.text());
		assertTrue(solve.out.contains("li-cu-nanowire-symmetric-inverted  Plate 1 mAh/cm2 at 1 mA/cm2  ok"), solve.text());
		assertPluginCollectorLifeRan(designs.resolve("results").resolve(NANOWIRE_EXAMPLE.replace(".anodyne", "")));

		checkTheWorkbenchOffersTheMetals(product);

		Result uninstall = run(product, "install", "--uninstall", "org.anodyne.extras.feature.feature.group");
		assertEquals(0, uninstall.exit, uninstall.text());
		assertMissingSodiumPlugin(run(product, "validate", na.toString()));
		assertMissingSodiumPlugin(run(product, "solve", na.toString()));
		assertMissingCollectorPlugin(run(product, "validate", nanowire.toString()));
		Result solveWithout = run(product, "solve", nanowire.toString());
		assertTrue(solveWithout.exit == 1 || solveWithout.exit == 2, solveWithout.text());
		assertTrue(solveWithout.text().contains(MISSING_NANOWIRE), solveWithout.text());

		installThroughInstallNewSoftware(product, repository);
		Result again = run(product, "validate", na.toString());
		assertEquals(0, again.exit, "installed through p2's wizard, sodium is known again: " + again.text());
	}

	/**
	 * The sodium design without its plug-in: the design has errors (exit 1; solve's studies may add a
	 * failure of their own), and the message names the plug-in the file recorded when it was saved, no
	 * stack trace.
	 */
	private static void assertMissingSodiumPlugin(Result result) {
		assertTrue(result.exit == 1 || result.exit == 2, result.text());
		assertTrue(result.out.contains("na-cc-symmetric-inverted.anodyne:") && result.out.contains(MISSING_SODIUM),
				result.text());
		assertFalse(result.text().contains("Exception") || result.text().contains("\tat "), "no stack trace: " + result.text());
	}

	/**
	 * The nanowire design without its plug-in: the file cannot be read (exit 2), the message names the
	 * file, the element, the type and the plug-in to install, no stack trace.
	 */
	private static void assertMissingCollectorPlugin(Result result) {
		assertEquals(2, result.exit, result.text());
		assertTrue(result.out.contains(NANOWIRE_EXAMPLE + ":"), result.text());
		assertTrue(result.out.contains("/anode/collector: error: " + MISSING_NANOWIRE), result.text());
		assertFalse(result.text().contains("Exception") || result.text().contains("\tat "), "no stack trace: " + result.text());
	}

	/**
	 * The installed product's workbench, opened with the scripted-launch hook: the New Design wizard
	 * lists the three metals' presets and the nanowire collector type, and New Child offers it under an
	 * anode; the screenshot of the wizard, the nanowire array chosen, goes to target/installed-wizard.png.
	 */
	private void checkTheWorkbenchOffersTheMetals(Path product) throws Exception {
		Path ready = work.resolve("ready");
		Process workbench = launchWorkbench(product, ready, "workspace",
				"-Danodyne.readyWizard=true -Danodyne.readyWizardCollector=MetalNanowireArray");
		try {
			String presets = Files.readAllLines(ready).stream().filter(l -> l.startsWith("wizardPresets="))
					.findFirst().orElse("");
			for (String metal : List.of("Sodium, z = 1", "Potassium, z = 1", "Zinc, z = 2")) {
				assertTrue(presets.contains(metal), "the wizard offers " + metal + ": " + presets);
			}
			for (String key : List.of("wizardCollectors=", "newChildCollectors=")) {
				String offered = Files.readAllLines(ready).stream().filter(l -> l.startsWith(key)).findFirst().orElse("");
				List<String> labels = List.of(offered.substring(Math.min(offered.length(), key.length())).split("\\|"));
				for (String type : List.of("Metal Nanowire Array", "Carbon Cloth", "Foil")) {
					assertTrue(labels.stream().anyMatch(l -> l.endsWith(type)), key + " offers " + type + ": " + offered);
				}
			}
			screenshot("installed-wizard.png");
			Files.writeString(ready.resolveSibling("ready.quit"), "");
			assertTrue(workbench.waitFor(3, TimeUnit.MINUTES), "the workbench did not close");
		} finally {
			workbench.destroyForcibly();
		}
	}

	/**
	 * Help > Install New Software… of the installed product, after the uninstall: its command opens p2's
	 * wizard; then the scripted-launch hook installs the extras' repository through p2's UI (install
	 * operation, p2's install wizard, licences accepted, Finish, p2's trust dialog answered, Restart Now);
	 * the screenshot of the wizard is taken once it has painted. The profile then holds the extras
	 * feature, and the workbench the launch script started again offers the nanowire collector.
	 */
	private void installThroughInstallNewSoftware(Path product, Path repository) throws Exception {
		Path ready = work.resolve("ready-install");
		Path wizardUp = work.resolve("ready-install.wizard");
		Process workbench = launchWorkbench(product, ready, wizardUp, "workspace-install",
				"-Danodyne.readyInstallWizard=true -Danodyne.readyInstall=" + repository.toUri());
		try {
			String wizard = Files.readString(wizardUp);
			assertTrue(wizard.startsWith("installWizard=Install|"), wizard);
			screenshotOfPainted("installed-install-wizard.png", wizard);
			Files.writeString(work.resolve("ready-install.finish"), "");
			await(workbench, ready, "the workbench after Restart Now");
			String installed = Files.readString(work.resolve("ready-install.installed"));
			assertTrue(installed.contains("profileHas=") && installed.contains("org.anodyne.extras.feature.feature.group"),
					"the profile holds the extras before the restart: " + installed);
			assertTrue(installed.contains("Restart Now"), installed);
			String restarted = Files.readString(ready);
			assertTrue(restarted.contains("installWizard=Install|Available Software"),
					"Help > Install New Software… opens p2's wizard: " + restarted);
			String has = restarted.lines().filter(l -> l.startsWith("profileHas=")).findFirst().orElse("");
			assertTrue(has.contains("org.anodyne.extras.feature.feature.group"), restarted);
			String offered = restarted.lines().filter(l -> l.startsWith("newChildCollectors=")).findFirst().orElse("");
			assertTrue(offered.contains("Metal Nanowire Array"), "after the restart New Child offers it: " + restarted);
			Files.writeString(ready.resolveSibling("ready-install.quit"), "");
			assertTrue(workbench.waitFor(3, TimeUnit.MINUTES), "the workbench did not close");
		} finally {
			workbench.destroyForcibly();
		}
		Path log = work.resolve("workspace-install/.metadata/.log");
		String logged = Files.exists(log) ? Files.readString(log) : "";
		assertFalse(Pattern.compile("!ENTRY \\S+ 4 ").matcher(logged).find(), "an ERROR was logged: " + logged);
	}

	/**
	 * The screen into target/NAME once the wizard has painted: its area of the picture (wizardBounds=
	 * of the hook's file) is not one flat colour. A dialog that is up but not yet painted is blank, so
	 * the screen is taken again until it is (the hook painted it before saying it is up).
	 */
	private static void screenshotOfPainted(String name, String wizard) throws Exception {
		String bounds = wizard.lines().filter(l -> l.startsWith("wizardBounds=")).findFirst().orElseThrow();
		int[] b = Stream.of(bounds.substring("wizardBounds=".length()).split(",")).mapToInt(Integer::parseInt).toArray();
		double variance = 0;
		for (int attempt = 0; attempt < 20 && variance < 100; attempt++) {
			screenshot(name);
			BufferedImage image = ImageIO.read(Path.of("target", name).toFile());
			variance = variance(image, b[0], b[1], b[2], b[3]);
			if (variance < 100) {
				Thread.sleep(500);
			}
		}
		assertTrue(variance >= 100, "the wizard's part of target/" + name + " is blank: grey-level variance " + variance);
	}

	/** The variance of the grey level over a rectangle of the image (clipped to it). */
	static double variance(BufferedImage image, int x, int y, int width, int height) {
		double sum = 0;
		double squares = 0;
		int n = 0;
		for (int j = Math.max(0, y); j < Math.min(image.getHeight(), y + height); j++) {
			for (int i = Math.max(0, x); i < Math.min(image.getWidth(), x + width); i++) {
				int rgb = image.getRGB(i, j);
				double grey = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
				sum += grey;
				squares += grey * grey;
				n++;
			}
		}
		return n == 0 ? 0 : squares / n - (sum / n) * (sum / n);
	}

	/**
	 * A plug-in's collector type goes through the life model's coupling like a built-in one: the nanowire
	 * design's cycle-life study ran to a result with cycles, a first-cycle overpotential from the split of
	 * the plug-in's geometry, and the pair it used.
	 */
	private static void assertPluginCollectorLifeRan(Path results) throws IOException {
		String life;
		try (Stream<Path> files = Files.walk(results)) {
			life = files.filter(f -> f.getFileName().toString().equals("summary.json")).map(f -> {
				try {
					return Files.readString(f, StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new IllegalStateException(f.toString(), e);
				}
			}).filter(text -> text.contains("\"kind\": \"cycleLife\"")).findFirst().orElse("");
		}
		assertTrue(life.contains("\"status\": \"ok\""), "the nanowire life study's summary in " + results + ": " + life);
		Matcher cycles = Pattern.compile("\"cyclesToFailure\": (\\d+)").matcher(life);
		assertTrue(cycles.find() && Integer.parseInt(cycles.group(1)) > 0, life);
		Matcher eta = Pattern.compile("\"firstCycleOverpotentialMv\": ([0-9.eE+-]+)").matcher(life);
		assertTrue(eta.find() && Double.parseDouble(eta.group(1)) > 0.0, life);
		assertTrue(life.contains("Li/ether"), "the pair it ran with is named: " + life);
	}

	/** The whole (virtual) screen into target/NAME, for a person to look at. */
	private static void screenshot(String name) throws Exception {
		new ProcessBuilder("import", "-window", "root", Path.of("target", name).toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(1, TimeUnit.MINUTES);
	}

	/** Starts the product's workbench with the scripted-launch hook and waits for its ready file. */
	private Process launchWorkbench(Path product, Path ready, String workspace, String vmArgs) throws Exception {
		return launchWorkbench(product, ready, ready, workspace, vmArgs);
	}

	/** Starts the workbench with the hook writing {@code ready}, and waits for the file {@code awaited}. */
	private Process launchWorkbench(Path product, Path ready, Path awaited, String workspace, String vmArgs)
			throws Exception {
		assertTrue(System.getenv("DISPLAY") != null, "the workbench test needs a display (./build provides Xvfb)");
		Path output = work.resolve(workspace + ".out");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("anodyne").toString(), "-data",
				work.resolve(workspace).toString());
		builder.environment().put("ANODYNE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().put("ANODYNE_VM_ARGS", "-Danodyne.readyFile=" + ready + " " + vmArgs);
		Process workbench = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		await(workbench, awaited, "the workbench did not start: " + output);
		return workbench;
	}

	/** Waits for a file the hook writes; fails, naming the workbench's output, if it never comes. */
	private void await(Process workbench, Path file, String what) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (!Files.exists(file) && workbench.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		if (!Files.exists(file)) {
			workbench.destroyForcibly();
			String outputs = "";
			try (Stream<Path> files = Files.list(work)) {
				for (Path p : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".out"))::iterator) {
					outputs += "\n--- " + p.getFileName() + "\n" + Files.readString(p);
				}
			}
			assertTrue(false, what + ": no " + file.getFileName() + outputs);
		}
	}

	@Test
	void installNamesWhatIsWrongWithItsArguments() throws Exception {
		Path product = unpackProduct();
		Result missing = run(product, "install", work.resolve("no-such-repository").toString());
		assertEquals(2, missing.exit, missing.text());
		assertTrue(missing.err.contains("no such repository folder"), missing.text());
		Result none = run(product, "install");
		assertEquals(2, none.exit, none.text());
	}

	/**
	 * A product folder this user cannot write: {@code anodyne install} names the folder, exits 2 and
	 * changes nothing. As root every folder is writable, so the command runs as nobody (65534) on a copy
	 * of the product that user can read but not write.
	 */
	@Test
	void installRefusesAProductFolderItCannotWrite() throws Exception {
		Path shared = Files.createTempDirectory("anodyne-unwritable");
		try {
			Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
			Path product = unpackProduct(shared);
			Process chmod = new ProcessBuilder("chmod", "-R", "a+rX,go-w", shared.toString()).inheritIO().start();
			assertTrue(chmod.waitFor(1, TimeUnit.MINUTES) && chmod.exitValue() == 0, "chmod -R a+rX " + shared);
			boolean root = "root".equals(System.getProperty("user.name"));
			if (!root) {
				assertTrue(product.toFile().setWritable(false, false), "make " + product + " read-only");
			}
			Map<Path, String> before = snapshot(product);
			Path repository = extras().resolve("sites/org.anodyne.extras.repository/target/repository");
			List<String> asUser = root ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env",
					"HOME=" + shared) : List.of();
			Result refused = run(product, asUser, "install", repository.toString());
			assertEquals(2, refused.exit, refused.text());
			assertTrue(refused.err.contains("anodyne install: " + product + " is not writable; p2 installs into the"
					+ " product folder itself."), refused.text());
			assertEquals(before, snapshot(product), "nothing in the product changed");
		} finally {
			new ProcessBuilder("rm", "-rf", shared.toString()).start().waitFor(1, TimeUnit.MINUTES);
		}
	}

	/** Every file of a folder with its size and modification time. */
	private static Map<Path, String> snapshot(Path folder) throws IOException {
		Map<Path, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				files.put(folder.relativize(p), Files.size(p) + "@" + Files.getLastModifiedTime(p));
			}
		}
		return files;
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static Path extras() {
		return Path.of(System.getProperty("anodyne.extras"));
	}

	private Path unpackProduct() throws IOException, InterruptedException {
		return unpackProduct(Files.createTempDirectory(work, "product"));
	}

	private static Path unpackProduct(Path into) throws IOException, InterruptedException {
		Path archive = Path.of(System.getProperty("anodyne.product"));
		assertTrue(Files.isRegularFile(archive), "the main build's product archive " + archive);
		Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", into.toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(tar.waitFor(5, TimeUnit.MINUTES) && tar.exitValue() == 0, "tar xzf " + archive);
		return into.resolve("anodyne");
	}

	private static Result run(Path product, String... args) throws IOException, InterruptedException {
		return run(product, List.of(), args);
	}

	/** Runs the product's launch script, after {@code prefix} (e.g. a command that changes the user). */
	private static Result run(Path product, List<String> prefix, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(prefix);
		command.add(product.resolve("anodyne").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("ANODYNE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Path out = Files.createTempFile("anodyne", ".out");
		Path err = Files.createTempFile("anodyne", ".err");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	private record Result(int exit, String out, String err) {
		String text() {
			return "exit " + exit + "\n" + out + err;
		}
	}
}
