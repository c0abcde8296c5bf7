package org.anodyne.extras.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

		Result before = run(product, "validate", na.toString());
		assertEquals(1, before.exit, before.text());
		assertTrue(before.out.contains("unknown metal 'na'"), before.text());
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

		checkTheWorkbenchOffersTheMetals(product);
		checkInstallNewSoftwareOpens(product);

		Result uninstall = run(product, "install", "--uninstall", "org.anodyne.extras.feature.feature.group");
		assertEquals(0, uninstall.exit, uninstall.text());
		Result after = run(product, "validate", na.toString());
		assertEquals(1, after.exit, after.text());
		assertTrue(after.out.contains("unknown metal 'na'") && after.out.contains("org.anodyne.metals"), after.text());
		assertFalse(after.text().contains("Exception") || after.text().contains("\tat "), "no stack trace: " + after.text());
		assertMissingCollectorPlugin(run(product, "validate", nanowire.toString()));
		Result solveWithout = run(product, "solve", nanowire.toString());
		assertTrue(solveWithout.exit == 1 || solveWithout.exit == 2, solveWithout.text());
		assertTrue(solveWithout.text().contains(MISSING_NANOWIRE), solveWithout.text());
	}

	/**
	 * The nanowire design without its plug-in: the file cannot be read (exit 2), the message names the
	 * type and the plug-in to install, no stack trace.
	 */
	private static void assertMissingCollectorPlugin(Result result) {
		assertEquals(2, result.exit, result.text());
		assertTrue(result.out.contains(MISSING_NANOWIRE), result.text());
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
	 * Help > Install New Software… of the installed product, run through its command: p2's install
	 * wizard comes up on its first page and nothing is logged as an error meanwhile.
	 */
	private void checkInstallNewSoftwareOpens(Path product) throws Exception {
		Path ready = work.resolve("ready-install");
		Process workbench = launchWorkbench(product, ready, "workspace-install", "-Danodyne.readyInstallWizard=true");
		try {
			String wizard = Files.readAllLines(ready).stream().filter(l -> l.startsWith("installWizard=")).findFirst()
					.orElse("");
			assertEquals("installWizard=Install|Available Software", wizard, Files.readString(ready));
			screenshot("installed-install-wizard.png");
			Files.writeString(ready.resolveSibling("ready-install.quit"), "");
			assertTrue(workbench.waitFor(3, TimeUnit.MINUTES), "the workbench did not close");
		} finally {
			workbench.destroyForcibly();
		}
		Path log = work.resolve("workspace-install/.metadata/.log");
		String logged = Files.exists(log) ? Files.readString(log) : "";
		assertFalse(Pattern.compile("!ENTRY \\S+ 4 ").matcher(logged).find(), "an ERROR was logged: " + logged);
	}

	/** The whole (virtual) screen into target/NAME, for a person to look at. */
	private static void screenshot(String name) throws Exception {
		new ProcessBuilder("import", "-window", "root", Path.of("target", name).toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(1, TimeUnit.MINUTES);
	}

	/** Starts the product's workbench with the scripted-launch hook and waits for its ready file. */
	private Process launchWorkbench(Path product, Path ready, String workspace, String vmArgs) throws Exception {
		assertTrue(System.getenv("DISPLAY") != null, "the workbench test needs a display (./build provides Xvfb)");
		Path output = work.resolve(workspace + ".out");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("anodyne").toString(), "-data",
				work.resolve(workspace).toString());
		builder.environment().put("ANODYNE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().put("ANODYNE_VM_ARGS", "-Danodyne.readyFile=" + ready + " " + vmArgs);
		Process workbench = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (!Files.exists(ready) && workbench.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		if (!Files.exists(ready)) {
			workbench.destroyForcibly();
		}
		assertTrue(Files.exists(ready), "the workbench did not start: " + Files.readString(output));
		return workbench;
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

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static Path extras() {
		return Path.of(System.getProperty("anodyne.extras"));
	}

	private Path unpackProduct() throws IOException, InterruptedException {
		Path archive = Path.of(System.getProperty("anodyne.product"));
		assertTrue(Files.isRegularFile(archive), "the main build's product archive " + archive);
		Path into = Files.createTempDirectory(work, "product");
		Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", into.toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(tar.waitFor(5, TimeUnit.MINUTES) && tar.exitValue() == 0, "tar xzf " + archive);
		return into.resolve("anodyne");
	}

	private static Result run(Path product, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
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
