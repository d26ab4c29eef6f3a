package jp.mamori.db;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.sql.Connection;
import jp.mamori.db.audit.AppendOnlyTrigger;
import jp.mamori.db.audit.AuditChainTrigger;
import jp.mamori.db.audit.AuditWriter;
import jp.mamori.db.proc.ProcedureRunner;
import org.junit.jupiter.api.Test;

/**
 * The package map of shared-db (docs/architecture.md), checked on the compiled classes. A rule
 * that main breaks today is frozen: its known violations are listed in
 * src/test/resources/archunit_store and only a new one fails the build.
 */
class ArchitectureTest {

    private static final JavaClasses SHARED_DB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori.db");

    private static final JavaClasses SHARED_DB_WITH_TESTS = new ClassFileImporter()
            .importPackages("jp.mamori.db");

    @Test
    void domainContractAndTextDependOnlyOnEachOtherAndTheJdk() {
        FreezingArchRule.freeze(classes().that().resideInAnyPackage(
                                "jp.mamori.db.domain..", "jp.mamori.db.contract..", "jp.mamori.db.text..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(
                                "jp.mamori.db.domain..", "jp.mamori.db.contract..", "jp.mamori.db.text..",
                                "java..", "javax..")
                        .because("client and server share these types; they carry no server, database or"
                                + " logging machinery"))
                .check(SHARED_DB);
    }

    @Test
    void noJavaFxInSharedDb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.sun.javafx..", "org.controlsfx..")
                .because("shared-db runs on the server, which has no display; JavaFX belongs to the app")
                .check(SHARED_DB_WITH_TESTS);
    }

    @Test
    void theClientCarriesNoServerOnlyCode() {
        FreezingArchRule.freeze(noClasses().that().resideInAPackage("jp.mamori.db.client..")
                        .should().dependOnClassesThat(resideInAnyPackage(
                                        "jp.mamori.db.server..", "jp.mamori.db.proc..", "jp.mamori.db.auth..",
                                        "jp.mamori.db.demo..", "db.migration..", "org.flywaydb..")
                                .or(belongToAnyOf(AuditWriter.class, AuditChainTrigger.class,
                                        AppendOnlyTrigger.class)))
                        .because("a terminal runs the client package; the H2 server, Flyway, the"
                                + " migrations, the procedures, login checks and the audit writer stay on"
                                + " the server (issue 9)"))
                .check(SHARED_DB);
    }

    @Test
    void everyProcedureGoesThroughTheProcedureRunner() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("jp.mamori.db.proc")
                .and().areDeclaredInClassesThat().doNotBelongToAnyOf(ProcedureRunner.class)
                .and().arePublic().and().areStatic()
                .and(describe("take a java.sql.Connection",
                        (JavaMethod method) -> method.getRawParameterTypes().stream()
                                .anyMatch(type -> type.isEquivalentTo(Connection.class))))
                .should(callProcedureRunnerRun())
                .because("the runner identifies and authorises the caller and writes the audit row in"
                        + " the work's transaction (ADR 0003)")
                .check(SHARED_DB);
    }

    @Test
    void packagesAreFreeOfCycles() {
        FreezingArchRule.freeze(slices().matching("jp.mamori.db.(**)").should().beFreeOfCycles())
                .associateViolationLinesVia(new CyclePathMatcher())
                .check(SHARED_DB);
    }

    private static ArchCondition<JavaMethod> callProcedureRunnerRun() {
        return new ArchCondition<>("call ProcedureRunner.run") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(ProcedureRunner.class)
                                && call.getName().equals("run"));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName()
                        + (calls ? " calls" : " does not call") + " ProcedureRunner.run"));
            }
        };
    }
}
