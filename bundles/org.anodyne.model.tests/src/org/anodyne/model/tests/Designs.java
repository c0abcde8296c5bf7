/*
 * Copyright (c) 2026 The Anodyne authors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.anodyne.model.tests;

import org.anodyne.model.Anode;
import org.anodyne.model.AnodyneFactory;
import org.anodyne.model.CarbonCloth;
import org.anodyne.model.Cell;
import org.anodyne.model.CellConfiguration;
import org.anodyne.model.CellDesign;
import org.anodyne.model.CellFormat;
import org.anodyne.model.CounterElectrode;
import org.anodyne.model.CounterMaterial;
import org.anodyne.model.Electrolyte;
import org.anodyne.model.MaterialLibrary;
import org.anodyne.model.MeasuredPoint;
import org.anodyne.model.MeasuredQuantity;
import org.anodyne.model.Orientation;
import org.anodyne.model.OutputQuantity;
import org.anodyne.model.Protocol;
import org.anodyne.model.Salt;
import org.anodyne.model.Separator;
import org.anodyne.model.SolventComponent;
import org.anodyne.model.SolverSettings;
import org.anodyne.model.StaggeredLattice;
import org.anodyne.model.Study;
import org.anodyne.model.StudyKind;
import org.anodyne.model.protocol.ProtocolText;

/** Valid designs the tests start from and then break, one constraint at a time. */
public final class Designs {

    private static final AnodyneFactory F = AnodyneFactory.eINSTANCE;

    private Designs() {
    }

    /**
     * A symmetric Li‖CC cell as in the paper (carbon cloth 350 µm, ε 0.75, 6 mAh cm⁻² Li, ether
     * electrolyte, Celgard 2500), a full cell against LFP, protocols and one study of each kind.
     */
    public static CellDesign valid() {
        CellDesign design = F.createCellDesign();
        design.setId("test-design");
        design.setName("Test design");
        MaterialLibrary library = F.createMaterialLibrary();
        design.setLibrary(library);

        Electrolyte ether = F.createElectrolyte();
        ether.setId("ether");
        ether.setName("Ether 1 M LiTFSI");
        Salt salt = F.createSalt();
        salt.setName("LiTFSI");
        salt.setCation("li");
        salt.setAnion("TFSI");
        ether.setSalt(salt);
        ether.setConcentration(1.0);
        for (String name : new String[] {"DOL", "DME"}) {
            SolventComponent solvent = F.createSolventComponent();
            solvent.setName(name);
            ether.getSolvents().add(solvent);
        }
        ether.setDiffusionCoefficient(2.93e-10);
        ether.setTransferenceNumber(0.45);
        ether.setConductivity(1.1);
        ether.setExchangeCurrentDensity(1.0);
        library.getElectrolytes().add(ether);

        Separator celgard = F.createSeparator();
        celgard.setId("celgard");
        celgard.setName("Celgard 2500");
        celgard.setThickness(25);
        celgard.setPorosity(0.55);
        library.getSeparators().add(celgard);

        CounterElectrode lfp = F.createCounterElectrode();
        lfp.setId("lfp");
        lfp.setName("LFP");
        lfp.setMaterial(CounterMaterial.LFP);
        lfp.setArealCapacity(1.5);
        lfp.setLowerVoltageLimit(2.5);
        lfp.setUpperVoltageLimit(3.8);
        library.getCounterElectrodes().add(lfp);

        Cell symmetric = cell("sym", "Li-CC inverted", CellConfiguration.SYMMETRIC, ether, celgard);
        symmetric.setCounterAnode(anode(Orientation.INVERTED, 6));
        design.getCells().add(symmetric);
        Cell full = cell("full", "Li-CC LFP", CellConfiguration.FULL, ether, celgard);
        full.setCounterElectrode(lfp);
        design.getCells().add(full);

        Protocol plate = protocol("plate", "Plate", "Plate at 0.25 mA/cm2 for 1 mAh/cm2");
        Protocol cycling = protocol("cycle", "Symmetric cycling",
                "Repeat 3 times:\n  Plate at 1 mA/cm2 for 1 mAh/cm2\n  Strip at 1 mA/cm2 for 1 mAh/cm2");
        Protocol fullCycling = protocol("full-cycle", "1C cycling",
                "Repeat 750 times:\n  Charge at 1C until 3.8 V\n  Discharge at 1C until 2.5 V");
        design.getProtocols().add(plate);
        design.getProtocols().add(cycling);
        design.getProtocols().add(fullCycling);

        design.getStudies().add(study("dep", "Deposition", StudyKind.DEPOSITION_2D, symmetric, plate));
        Study life = study("life", "Life", StudyKind.CYCLE_LIFE, full, fullCycling);
        MeasuredPoint retention = F.createMeasuredPoint();
        retention.setQuantity(MeasuredQuantity.RETENTION);
        retention.setCycle(300);
        retention.setValue(0.937);
        retention.setUnit("1");
        life.getMeasuredPoints().add(retention);
        life.getCalibratedParameters().add("seiChargePerArea");
        design.getStudies().add(life);
        return design;
    }

    static Cell cell(String id, String name, CellConfiguration configuration, Electrolyte electrolyte, Separator separator) {
        Cell cell = F.createCell();
        cell.setId(id);
        cell.setName(name);
        cell.setConfiguration(configuration);
        cell.setFormat(CellFormat.COIN_CR2025);
        cell.setElectrodeArea(1.13);
        cell.setAnode(anode(Orientation.INVERTED, 6));
        cell.setElectrolyte(electrolyte);
        cell.setSeparator(separator);
        cell.setElectrolyteVolume(40);
        return cell;
    }

    /** Li pre-deposited into a carbon cloth of 350 µm, ε 0.75, fibres of 9 µm. */
    public static Anode anode(Orientation orientation, double loading) {
        Anode anode = F.createAnode();
        anode.setMetal("li");
        anode.setPreDepositLoading(loading);
        anode.setPreDepositCurrentDensity(6);
        anode.setOrientation(orientation);
        CarbonCloth cloth = F.createCarbonCloth();
        cloth.setThickness(350);
        cloth.setPorosity(0.75);
        cloth.setFibreDiameter(9);
        cloth.setSubstrate("carbon");
        StaggeredLattice lattice = F.createStaggeredLattice();
        lattice.setXPitch(17);
        lattice.setRowPitch(15);
        cloth.setLayout(lattice);
        anode.setCollector(cloth);
        return anode;
    }

    static Protocol protocol(String id, String name, String text) {
        Protocol protocol = F.createProtocol();
        protocol.setId(id);
        protocol.setName(name);
        ProtocolText.ParseResult result = ProtocolText.apply(protocol, text);
        if (!result.ok()) {
            throw new IllegalStateException(result.errors().toString());
        }
        return protocol;
    }

    static Study study(String id, String name, StudyKind kind, Cell cell, Protocol protocol) {
        Study study = F.createStudy();
        study.setId(id);
        study.setName(name);
        study.setKind(kind);
        study.setCell(cell);
        study.setProtocol(protocol);
        SolverSettings solver = F.createSolverSettings();
        study.setSolver(solver);
        study.getOutputs().add(OutputQuantity.DEPOSIT);
        study.setLifeModel(F.createLifeModelParameters());
        return study;
    }
}
