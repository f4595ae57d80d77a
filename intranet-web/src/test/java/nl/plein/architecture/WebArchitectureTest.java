package nl.plein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.Serializable;

/**
 * Rules for the pages: sessions are distributable (a cluster moves them between nodes), so what
 * lives in a session or view must be serializable; backing beans reach services through their API.
 */
@AnalyzeClasses(packages = "nl.plein", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {
  @ArchTest
  static final ArchRule sessionAndViewStateIsSerializable =
      classes()
          .that().areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
          .or().areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
          .or().areAnnotatedWith(jakarta.enterprise.context.ConversationScoped.class)
          .should().implement(Serializable.class);

  @ArchTest
  static final ArchRule pagesUseOnlyServiceApis =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.plein..domain..", "nl.plein..service..", "nl.plein..security..");
}
