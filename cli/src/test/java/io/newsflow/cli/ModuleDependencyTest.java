package io.newsflow.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as written in DESIGN.md: stages talk only through topics, so no stage imports another; runtime
 * and the embedded broker know no stage; only cli composes them. Checked here, where every module is on the path.
 */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.newsflow");
    }

    @Test
    void ingestShouldNotDependOnAnotherStageOrTheCli() {
        noClasses().that().resideInAPackage("io.newsflow.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.enrich..", "io.newsflow.sink..",
                        "io.newsflow.cli..", "io.newsflow.kafka..")
                .check(classes);
    }

    @Test
    void enrichShouldNotDependOnAnotherStageOrTheCli() {
        noClasses().that().resideInAPackage("io.newsflow.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.sink..",
                        "io.newsflow.cli..", "io.newsflow.kafka..")
                .check(classes);
    }

    @Test
    void sinkShouldNotDependOnAnotherStageOrTheCli() {
        noClasses().that().resideInAPackage("io.newsflow.sink..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
                        "io.newsflow.cli..", "io.newsflow.kafka..")
                .check(classes);
    }

    @Test
    void runtimeShouldKnowNoStage() {
        noClasses().that().resideInAPackage("io.newsflow.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
                        "io.newsflow.sink..", "io.newsflow.cli..", "io.newsflow.kafka..")
                .check(classes);
    }

    @Test
    void embeddedBrokerShouldKnowNothingOfNewsflow() {
        noClasses().that().resideInAPackage("io.newsflow.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.model..", "io.newsflow.runtime..",
                        "io.newsflow.ingest..", "io.newsflow.enrich..", "io.newsflow.sink..", "io.newsflow.cli..")
                .check(classes);
    }
}
