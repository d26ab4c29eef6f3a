package jp.mamori.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.db.client.MamoriSession;
import org.junit.jupiter.api.Test;

/** The client's layering rules, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori.app");

    @Test
    void viewModelsHaveNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.application..")
                .because("view models are unit-tested without a window")
                .check(APP);
    }

    @Test
    void theClientHasNoDatabaseAccessOfItsOwn() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.h2..", "org.jdbi..")
                .because("every access goes through the server procedures of MamoriSession")
                .check(APP);
    }

    @Test
    void onlyTheActionGatewayRecordsActionsOrEndsTheSession() {
        noClasses().that().doNotBelongToAnyOf(ScreenActions.class)
                .should().callMethod(MamoriSession.class, "recordAction",
                        String.class, String.class, String.class)
                .orShould().callMethod(MamoriSession.class, "close")
                .because("each screen action must yield exactly one audit row (ADR 0007)")
                .check(APP);
    }

    @Test
    void onlyTheActionGatewayHoldsTheSession() {
        fields().that().haveRawType(MamoriSession.class)
                .should().beDeclaredIn(ScreenActions.class)
                .because("screens reach procedures only inside ScreenActions.call (ADR 0007)")
                .check(APP);
    }
}
