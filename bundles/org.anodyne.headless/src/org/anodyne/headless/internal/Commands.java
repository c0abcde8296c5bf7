package org.anodyne.headless.internal;

import java.util.List;

import org.anodyne.model.metals.MetalRegistry;

/** The commands of the installed Anodyne. */
public final class Commands {

	private Commands() {
	}

	/** The command line with every command, using the platform's metal registry. */
	public static AnodyneCli cli(Console console) {
		MetalRegistry metals = MetalRegistry.getDefault();
		return new AnodyneCli(console, List.of(new ValidateCommand(metals), new SolveCommand(metals),
				new BuildCommand(metals), new SweepCommand(metals), new BenchCommand()));
	}
}
