package nl.plein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of STYLE.md, checked so that a shortcut fails the build. */
@AnalyzeClasses(packages = "nl.plein", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule apiNeverSeesDomainOrServices =
      noClasses().that().resideInAPackage("..api..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.plein..domain..", "nl.plein..service..", "nl.plein..security..");

  @ArchTest
  static final ArchRule servicesUseOtherFeaturesOnlyThroughTheirApi =
      noClasses().that().resideInAPackage("nl.plein.organisations..")
          .should().dependOnClassesThat().resideInAnyPackage("nl.plein.accounts.service..", "nl.plein.accounts.domain..",
              "nl.plein.people..", "nl.plein.demo..");

  @ArchTest
  static final ArchRule noTopLevelUtilOrDtoPackages =
      noClasses().should().resideInAnyPackage("nl.plein.util..", "nl.plein.dto..", "nl.plein.service..");
}
