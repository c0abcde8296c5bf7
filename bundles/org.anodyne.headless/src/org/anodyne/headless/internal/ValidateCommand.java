/*
 * Copyright (c) 2026 Anodyne contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.headless.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.anodyne.study.ResourceLimits;
import org.anodyne.headless.internal.DesignCheck.Finding;
import org.anodyne.headless.internal.DesignCheck.Report;
import org.anodyne.model.metals.MetalRegistry;
import org.anodyne.model.validation.Severity;
import org.anodyne.results.Json;

/** {@code anodyne validate}: checks design files and reports every finding with file and line. */
final class ValidateCommand implements Command {

	private final MetalRegistry metals;

	ValidateCommand(MetalRegistry metals) {
		this.metals = metals;
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check designs; one line per finding, JSON or JUnit XML for CI";
	}

	@Override
	public String help() {
		return """
				Usage: anodyne validate [--format text|json] [--junit FILE] FILE|DIR...

				Checks every .anodyne file named, and every .anodyne file under each DIR (hidden
				folders and results/ folders are skipped). Prints one line per finding:

				    path:line: element-path: severity: message

				(the line left out when unknown) and a summary on standard error.

				Options:
				  --format text|json  text (default) or one JSON document on standard output:
				                      {"files": [{"path", "status": valid|invalid|unreadable,
				                      "diagnostics": [{"line", "element", "severity", "code",
				                      "message"}]}], "errors", "warnings", "exitCode"}
				  --junit FILE        also write a JUnit XML report, one test case per file
				%s
				  -h, --help          this text

				Exit status: 0 no errors (warnings allowed); 1 a design has errors; 2 a usage error,
				or a file that cannot be read or is not a well-formed design.
				""".formatted(LimitOptions.HELP);
	}

	@Override
	public int run(List<String> args, Console console) throws UsageException {
		Arguments a = Arguments.parse(args, Set.of(), LimitOptions.with("--format", "--junit"));
		ResourceLimits limits = LimitOptions.of(a);
		String format = a.value("--format").orElse("text");
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("--format must be 'text' or 'json', not '" + format + "'");
		}
		Path junit = a.value("--junit").map(Path::of).orElse(null);
		if (junit != null) {
			JunitReport.checkWritable(junit);
		}
		DesignFiles.Found found = DesignFiles.collect(a.operands());
		List<Path> files = found.files();
		for (String problem : metals.problems()) {
			console.err().println("anodyne validate: warning: ignored a broken metal contribution: "
					+ Console.printable(problem));
		}

		List<Report> reports = new ArrayList<>();
		List<Double> seconds = new ArrayList<>();
		int exit = found.report(name(), console);
		for (Path file : files) {
			long start = System.nanoTime();
			Report report = DesignCheck.check(file, metals, limits);
			seconds.add((System.nanoTime() - start) / 1e9);
			reports.add(report);
			exit = ExitCode.worst(exit, report.exitCode());
			if (format.equals("text")) {
				for (Finding f : report.findings()) {
					console.out().println(f.format(file.toString()));
				}
			}
		}
		long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
		long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
		if (format.equals("json")) {
			console.out().print(Json.write(json(reports, errors, warnings, exit)));
		}
		console.err().println(String.format("anodyne validate: %d file%s, %d error%s, %d warning%s", files.size(),
				files.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s"));
		if (junit != null) {
			try {
				junit(reports, seconds).write(junit);
			} catch (IOException e) {
				console.err().println("anodyne validate: cannot write the JUnit report "
						+ Console.printable(junit + ": " + e.getMessage()));
				exit = ExitCode.USAGE;
			}
		}
		return exit;
	}

	private static Map<String, Object> json(List<Report> reports, long errors, long warnings, int exit) {
		List<Object> files = new ArrayList<>();
		for (Report r : reports) {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("path", r.file().toString());
			file.put("status", !r.readable() ? "unreadable" : r.count(Severity.ERROR) > 0 ? "invalid" : "valid");
			List<Object> diagnostics = new ArrayList<>();
			for (Finding f : r.findings()) {
				Map<String, Object> d = new LinkedHashMap<>();
				d.put("line", f.line());
				d.put("element", f.elementPath());
				d.put("severity", f.severity().word());
				d.put("code", f.code());
				d.put("message", f.message());
				diagnostics.add(d);
			}
			file.put("diagnostics", diagnostics);
			files.add(file);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("files", files);
		root.put("errors", errors);
		root.put("warnings", warnings);
		root.put("exitCode", exit);
		return root;
	}

	private static JunitReport junit(List<Report> reports, List<Double> seconds) {
		JunitReport report = new JunitReport("anodyne validate");
		for (int i = 0; i < reports.size(); i++) {
			Report r = reports.get(i);
			String path = r.file().toString();
			String lines = r.findings().stream().map(f -> f.format(path)).collect(Collectors.joining("\n"));
			List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
			String failure = errors.isEmpty()
					? null
					: (r.readable() ? "" : "unreadable: ") + errors.get(0).format(path)
							+ (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
			report.add(new JunitReport.Case("anodyne.validate", path, seconds.get(i), failure, lines,
					errors.isEmpty() && !lines.isEmpty() ? lines : null));
		}
		return report;
	}
}
