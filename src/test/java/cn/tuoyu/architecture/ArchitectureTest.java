package cn.tuoyu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The layout style.md asks for, kept by the build: feature first, boundary / control / entity inside. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.tuoyu");

    @Test
    void entitiesKnowNothingOfBoundariesOrControls() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .allowEmptyShould(true).check(APP);
    }

    @Test
    void controlsDoNotReachUpIntoBoundaries() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .allowEmptyShould(true).check(APP);
    }

    /** Every feature is on JPA and stays on it: no JDBC outside the database's own plumbing in platform. */
    @Test
    void featuresOnJpaWriteNoJdbc() {
        noClasses().that().resideInAnyPackage("cn.tuoyu.districts..", "cn.tuoyu.entitlements..",
                "cn.tuoyu.facilities..", "cn.tuoyu.families..", "cn.tuoyu.guidance..", "cn.tuoyu.identity..",
                "cn.tuoyu.notifications..", "cn.tuoyu.vouchers..")
                .and().doNotHaveFullyQualifiedName("cn.tuoyu.guidance.control.VisitAddressEncryption")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(APP);
    }

    @Test
    void resourcesDoNotTouchTheEntityManager() {
        noClasses().that().resideInAPackage("..boundary..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .allowEmptyShould(true).check(APP);
    }

    @Test
    void resourcesAreBoundariesThatHoldTheTransaction() {
        classes().that().resideInAPackage("..boundary..").and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().beAnnotatedWith(cn.tuoyu.platform.Boundary.class).allowEmptyShould(true).check(APP);
    }

    @Test
    void resourcesAreNamedAsResources() {
        classes().that().resideInAPackage("..boundary..").and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().haveSimpleNameEndingWith("Resource").allowEmptyShould(true).check(APP);
    }

    @Test
    void resourcesAnswerWithTheirOwnViews() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class).and().arePublic()
                .should(new ArchCondition<JavaMethod>("answer with boundary types, not control or entity types") {

                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String type = method.reflect().getGenericReturnType().getTypeName();
                        if (type.matches(".*cn\\.tuoyu\\.\\w+\\.(control|entity)\\..*")) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " answers with " + type));
                        }
                    }
                }).check(APP);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("cn.tuoyu.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void noImplManagerOrServiceNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Service").check(APP);
    }

    @Test
    void theJavaxNamespaceIsNotUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.ws.rs..", "javax.persistence..",
                "javax.inject..", "javax.enterprise..", "javax.validation..", "javax.json..")
                .check(APP);
    }
}
