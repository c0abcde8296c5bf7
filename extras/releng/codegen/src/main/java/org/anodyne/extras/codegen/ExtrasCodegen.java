/*
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.extras.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the committed {@code src-gen/} of every extras bundle that has a {@code model/*.genmodel}
 * (model and edit code in the one bundle), headless, without a workspace and without Anodyne's source
 * tree: Anodyne's own metamodel, which the extras' classes subclass, is read from the
 * {@code org.anodyne.model} jar of the published p2 repository ({@code platform:/plugin/org.anodyne.model/}
 * is mapped into that jar).
 * <p>
 * As Anodyne's own generator does, it generates into an empty staging copy and then replaces
 * {@code src-gen/} and {@code plugin.properties} (labels the item providers look up; the bundle's
 * {@code pluginName}/{@code providerName} are carried over), adds icons the bundle does not have yet and
 * never touches MANIFEST.MF or plugin.xml, so a re-run is byte-identical.
 */
public final class ExtrasCodegen {

    private static final String ANODYNE_MODEL = "org.anodyne.model";

    private ExtrasCodegen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtrasCodegen <extras bundles folder> <Anodyne p2 repository folder>");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        Path modelJar = anodyneModelJar(Path.of(args[1]).toAbsolutePath().normalize());
        List<Path> genModels;
        try (Stream<Path> dirs = Files.list(bundles)) {
            genModels = dirs.sorted().flatMap(ExtrasCodegen::genModelsOf).toList();
        }
        if (genModels.isEmpty()) {
            System.err.println("no model/*.genmodel in any bundle of " + bundles);
            System.exit(2);
        }
        for (Path genModel : genModels) {
            generate(genModel, modelJar);
        }
    }

    private static Stream<Path> genModelsOf(Path bundle) {
        Path model = bundle.resolve("model");
        if (!Files.isDirectory(model)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(model)) {
            return files.filter(f -> f.toString().endsWith(".genmodel")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path anodyneModelJar(Path repository) throws IOException {
        Path plugins = repository.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            throw new IOException("no p2 repository at " + repository + " (build Anodyne first: ./build verify -DskipTests)");
        }
        try (Stream<Path> jars = Files.list(plugins)) {
            return jars.filter(j -> j.getFileName().toString().startsWith(ANODYNE_MODEL + "_")).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException("no " + ANODYNE_MODEL + " jar in " + plugins));
        }
    }

    private static void generate(Path genModelFile, Path modelJar) throws IOException {
        Path bundle = genModelFile.getParent().getParent();
        String name = bundle.getFileName().toString();
        Path staging = Files.createTempDirectory("extras-codegen");
        try {
            Path staged = staging.resolve(name);
            copyMissing(bundle.resolve("model"), staged.resolve("model"));
            Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(manifest)) {
                Files.createDirectories(staged.resolve("META-INF"));
                Files.copy(manifest, staged.resolve("META-INF/MANIFEST.MF"));
            }
            Path properties = bundle.resolve("plugin.properties");
            if (Files.isRegularFile(properties)) {
                // Properties files are ISO-8859-1; EMF writes non-ASCII documentation into them that way.
                Files.write(staged.resolve("plugin.properties"),
                        Files.readAllLines(properties, StandardCharsets.ISO_8859_1).stream()
                                .filter(l -> l.startsWith("pluginName") || l.startsWith("providerName")).toList(),
                        StandardCharsets.ISO_8859_1);
            }
            run(name, staged, genModelFile.getFileName().toString(), modelJar);
            replaceTree(staged.resolve("src-gen"), bundle.resolve("src-gen"));
            Files.copy(staged.resolve("plugin.properties"), properties, StandardCopyOption.REPLACE_EXISTING);
            copyMissing(staged.resolve("icons"), bundle.resolve("icons"));
            System.out.println("Generated model and edit code of " + name);
        } finally {
            deleteTree(staging);
        }
    }

    private static void run(String bundle, Path staged, String genModelName, Path modelJar) {
        // platform:/resource/<bundle>/ is where the genmodel writes; platform:/plugin/org.anodyne.model/ is
        // where the extras' ecore finds CurrentCollector and the genmodel finds Anodyne's genmodel.
        EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(staged + "/"));
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/" + ANODYNE_MODEL + "/"),
                URI.createURI("archive:" + URI.createFileURI(modelJar.toString()) + "!/"));
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(bundle + "/model/" + genModelName, true), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        describePropertiesByDocumentation(genModel);
        IStatus validation = genModel.validate();
        if (validation.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException("genmodel " + genModelName + " is invalid: " + validation);
        }
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
        for (Object projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, monitor);
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation of " + projectType + " failed: " + result);
            }
        }
    }

    /** The features' documentation becomes their property description, as in Anodyne's own generator. */
    private static void describePropertiesByDocumentation(GenModel genModel) {
        for (GenPackage genPackage : genModel.getGenPackages()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                for (GenFeature genFeature : genClass.getGenFeatures()) {
                    String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
                    if (documentation != null && !documentation.isBlank()) {
                        genFeature.setPropertyDescription(documentation.strip());
                    }
                }
            }
        }
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("generator produced no " + from);
        }
        deleteTree(to);
        copyMissing(from, to);
    }

    private static void copyMissing(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.sorted().forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!Files.exists(target)) {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
