package io.newsflow.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.newsflow.model.archfixture.LeaksIntoAnotherModule;
import org.junit.jupiter.api.Test;

/** model is the contract every module and outside consumer links against, so it must stand on its own. */
class ModelDependencyTest {

    private static final ArchRule NO_OTHER_NEWSFLOW_MODULE = noClasses()
            .that().resideInAPackage("io.newsflow.model..")
            .should().dependOnClassesThat(resideInAPackage("io.newsflow..")
                    .and(not(resideInAPackage("io.newsflow.model.."))))
            .because("model depends on no other newsflow module");

    private static final ArchRule ONLY_JDK_JACKSON_AND_KAFKA = classes()
            .that().resideInAPackage("io.newsflow.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("io.newsflow.model..", "java..", "com.fasterxml.jackson..", "org.apache.kafka.common..")
            .because("consumers of the contract get nothing beyond the JDK, Jackson and the Kafka client");

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsflow.model");

    @Test
    void shouldDependOnNoOtherNewsflowPackageGivenMainClasses() {
        assertThat(MODEL).as("classes imported").hasSizeGreaterThan(10);
        NO_OTHER_NEWSFLOW_MODULE.check(MODEL);
    }

    @Test
    void shouldDependOnlyOnJdkJacksonAndKafkaGivenMainClasses() {
        ONLY_JDK_JACKSON_AND_KAFKA.check(MODEL);
    }

    @Test
    void shouldReportViolationGivenModelClassThatUsesAnotherModule() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeaksIntoAnotherModule.class);

        assertThat(NO_OTHER_NEWSFLOW_MODULE.evaluate(leaky).hasViolation()).isTrue();
    }
}
