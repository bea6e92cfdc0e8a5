package dev.blockdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of design.md: the domain knows nothing of windows, HTTP or SQL. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.blockdesk");

    @Test
    void theChainLayerIsPure() {
        noClasses()
                .that()
                .resideInAPackage("dev.blockdesk.chain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.net.http..",
                        "com.sun.net.httpserver..",
                        "java.net..",
                        "java.sql..",
                        "javax.sql..",
                        "org.sqlite..",
                        "dev.blockdesk.store..",
                        "dev.blockdesk.node..",
                        "dev.blockdesk.app..",
                        "dev.blockdesk.ui..")
                .because("the chain layer is pure domain: java.* and Jackson only")
                .check(CLASSES);
    }

    @Test
    void theStoreLayerKnowsOnlyTheChain() {
        noClasses()
                .that()
                .resideInAPackage("dev.blockdesk.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "dev.blockdesk.node..",
                        "dev.blockdesk.app..",
                        "dev.blockdesk.ui..",
                        "com.sun.net.httpserver..")
                .check(CLASSES);
    }

    @Test
    void theNodeLayerDoesNotReachUp() {
        noClasses()
                .that()
                .resideInAPackage("dev.blockdesk.node..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.blockdesk.app..", "dev.blockdesk.ui..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUiLayerUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.blockdesk.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void viewModelsKnowNothingOfTheSceneGraph() {
        noClasses()
                .that()
                .resideInAPackage("dev.blockdesk.ui..")
                .and()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "dev.blockdesk.node.http..")
                .because("view models hold state and logic; the controllers and views own the scene graph")
                .check(CLASSES);
    }

    @Test
    void viewModelsTalkToTheNodeThroughItsDesktopInterface() {
        noClasses()
                .that()
                .resideInAPackage("dev.blockdesk.ui..")
                .and()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.blockdesk.node.Node")
                .because("view models are tested against a fake of DesktopNode")
                .check(CLASSES);
    }
}
