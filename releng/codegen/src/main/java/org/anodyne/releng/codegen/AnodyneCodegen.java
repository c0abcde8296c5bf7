/*
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.releng.codegen;

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
 * Regenerates the committed {@code src-gen/} folders of {@code org.anodyne.model} and
 * {@code org.anodyne.model.edit} from {@code org.anodyne.model/model/anodyne.genmodel}, headless and
 * without an Eclipse workspace.
 * <p>
 * The generator writes into an empty staging copy of both bundles (so it never merges with, or
 * touches, hand-written files such as MANIFEST.MF and plugin.xml) and the tool then replaces each
 * bundle's {@code src-gen/} with the staged one. Generating from scratch every time is what makes a
 * re-run byte-identical. The edit bundle's {@code plugin.properties} (label strings the generated item
 * providers look up) is copied too; icons only where the bundle has none yet, so drawn icons survive.
 */
public final class AnodyneCodegen {

    private static final String MODEL = "org.anodyne.model";
    private static final String EDIT = "org.anodyne.model.edit";

    private AnodyneCodegen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AnodyneCodegen <path to the bundles folder>");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        Path genModelFile = bundles.resolve(MODEL).resolve("model/anodyne.genmodel");
        if (!Files.isRegularFile(genModelFile)) {
            System.err.println("no genmodel at " + genModelFile);
            System.exit(2);
        }
        Path staging = Files.createTempDirectory("anodyne-codegen");
        try {
            generate(bundles, genModelFile, staging);
            replaceTree(staging.resolve(MODEL).resolve("src-gen"), bundles.resolve(MODEL).resolve("src-gen"));
            replaceTree(staging.resolve(EDIT).resolve("src-gen"), bundles.resolve(EDIT).resolve("src-gen"));
            Files.copy(staging.resolve(EDIT).resolve("plugin.properties"), bundles.resolve(EDIT).resolve("plugin.properties"),
                    StandardCopyOption.REPLACE_EXISTING);
            copyMissing(staging.resolve(EDIT).resolve("icons"), bundles.resolve(EDIT).resolve("icons"));
            System.out.println("Generated model and edit code into " + bundles);
        } finally {
            deleteTree(staging);
        }
    }

    private static void generate(Path bundles, Path genModelFile, Path staging) throws IOException {
        Files.createDirectories(staging.resolve(MODEL).resolve("model"));
        Files.createDirectories(staging.resolve(EDIT));
        for (String file : List.of("anodyne.ecore", "anodyne.genmodel")) {
            Files.copy(bundles.resolve(MODEL).resolve("model").resolve(file), staging.resolve(MODEL).resolve("model").resolve(file));
        }
        // The generator reads bundle name and vendor from the existing manifest and properties; give it
        // only those, so the generated plugin.properties carries our names and nothing stale.
        for (String bundle : List.of(MODEL, EDIT)) {
            Path manifest = bundles.resolve(bundle).resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(manifest)) {
                Files.createDirectories(staging.resolve(bundle).resolve("META-INF"));
                Files.copy(manifest, staging.resolve(bundle).resolve("META-INF/MANIFEST.MF"));
            }
            Path properties = bundles.resolve(bundle).resolve("plugin.properties");
            if (Files.isRegularFile(properties)) {
                // EMF writes plugin.properties in ISO-8859-1 (the properties format's charset), e.g. a µ from
                // a documentation annotation as one byte, which a UTF-8 read rejects ("Input length = 1").
                List<String> names = Files.readAllLines(properties, StandardCharsets.ISO_8859_1).stream()
                        .filter(l -> l.startsWith("pluginName") || l.startsWith("providerName")).toList();
                Files.write(staging.resolve(bundle).resolve("plugin.properties"), names);
            }
        }
        // platform:/resource/<bundle>/ is how the genmodel names its output folders; map it to staging.
        EcorePlugin.getPlatformResourceMap().put(MODEL, URI.createFileURI(staging.resolve(MODEL) + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT, URI.createFileURI(staging.resolve(EDIT) + "/"));

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI uri = URI.createPlatformResourceURI(MODEL + "/model/anodyne.genmodel", true);
        Resource resource = resourceSet.getResource(uri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        describePropertiesByDocumentation(genModel);
        IStatus validation = genModel.validate();
        if (validation.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + validation);
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

    /**
     * Makes each feature's documentation annotation its property description, so the generated item
     * providers give the Properties view (status line and tool tip) the metamodel's text instead of
     * "The X of the Y". Set here rather than in the genmodel so the text lives in one place.
     */
    private static void describePropertiesByDocumentation(GenModel genModel) {
        for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
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
