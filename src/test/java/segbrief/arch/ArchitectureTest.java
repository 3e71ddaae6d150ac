package segbrief.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each heavy library stays behind its one package; the model depends on nothing; only the CLI prints. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("segbrief");
        // Java 25 class files must really be read, or every rule below would hold vacuously.
        org.assertj.core.api.Assertions.assertThat(classes.contain("segbrief.source.DuckDbSource")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.get("segbrief.source.DuckDbSource").getDirectDependenciesFromSelf())
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("java.sql"));
    }

    private static void only(String library, String... allowed) {
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(library + " is used only behind its seam")
                .check(classes);
    }

    @Test
    void duckdb_and_jdbc_stay_in_source() {
        // the metrics speak to the engine through segbrief.engine: named queries in, Rows out
        only("org.duckdb..", "segbrief.source..");
        only("java.sql..", "segbrief.source..");
    }

    @Test
    void smile_stays_in_segment_and_the_tests_of_insight() {
        // insight uses Smile's distributions (t, beta, erf) for the p-values of its claims, as the architecture says
        only("smile..", "segbrief.segment..", "segbrief.insight..");
    }

    @Test
    void jfreechart_stays_in_chart() {
        only("org.jfree..", "segbrief.chart..");
    }

    @Test
    void jasperreports_stays_in_render_pdf() {
        only("net.sf.jasperreports..", "segbrief.render.pdf..");
    }

    @Test
    void freemarker_and_mail_stay_in_render_html() {
        only("freemarker..", "segbrief.render.html..");
        only("jakarta.mail..", "segbrief.render.html..");
    }

    @Test
    void jackson_stays_in_render_data() {
        // archive reads and writes the outbox, the one JSON file that is a record rather than a rendering
        only("com.fasterxml.jackson..", "segbrief.render.data..", "segbrief.archive..");
    }

    @Test
    void yaml_stays_in_spec_and_picocli_in_cli() {
        only("org.yaml..", "segbrief.spec..");
        only("picocli..", "segbrief.cli..");
    }

    @Test
    void the_brief_model_depends_on_nothing_of_the_pipeline() {
        noClasses().that().resideInAPackage("segbrief.brief..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.spec..", "segbrief.source..", "segbrief.metrics..",
                        "segbrief.segment..", "segbrief.insight..", "segbrief.chart..", "segbrief.render..", "segbrief.cli..",
                        "segbrief.pipeline..", "segbrief.archive..")
                .check(classes);
    }

    @Test
    void renderers_never_reach_back_into_the_pipeline() {
        noClasses().that().resideInAnyPackage("segbrief.render..", "segbrief.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.spec..", "segbrief.source..", "segbrief.metrics..",
                        "segbrief.segment..", "segbrief.insight..", "segbrief.pipeline..", "segbrief.cli..")
                .check(classes);
    }

    @Test
    void only_the_cli_writes_to_the_console() {
        noClasses().that().resideOutsideOfPackage("segbrief.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
