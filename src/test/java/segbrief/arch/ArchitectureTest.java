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
    void the_metrics_return_plain_figures() {
        // no charts, no locale formatting, no engine library: numbers computed through the engine seam
        noClasses().that().resideInAPackage("segbrief.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.chart..", "java.sql..", "org.duckdb..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("segbrief.brief.Formats")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("segbrief.brief.ChartSpec")
                .orShould().dependOnClassesThat().resideInAPackage("segbrief.brief.ChartSpec..")
                .check(classes);
    }

    @Test
    void the_engine_seam_depends_on_no_engine_and_no_stage() {
        noClasses().that().resideInAPackage("segbrief.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "segbrief.source..",
                        "segbrief.metrics..", "segbrief.segment..", "segbrief.insight..", "segbrief.render..", "segbrief.chart..",
                        "segbrief.pipeline..", "segbrief.cli..")
                .check(classes);
    }

    /** Stages run source, metrics, segment, insight, render; none reaches forward to a later one. */
    @Test
    void stages_depend_only_on_earlier_stages() {
        noClasses().that().resideInAnyPackage("segbrief.source..", "segbrief.spec..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.metrics..", "segbrief.segment..", "segbrief.insight..",
                        "segbrief.render..", "segbrief.chart..", "segbrief.pipeline..", "segbrief.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("segbrief.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.segment..", "segbrief.insight..", "segbrief.render..",
                        "segbrief.pipeline..", "segbrief.cli..", "segbrief.archive..")
                .check(classes);
        noClasses().that().resideInAPackage("segbrief.segment..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.insight..", "segbrief.render..", "segbrief.pipeline..",
                        "segbrief.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("segbrief.insight..")
                .should().dependOnClassesThat().resideInAnyPackage("segbrief.render..", "segbrief.chart..", "segbrief.pipeline..",
                        "segbrief.cli..")
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
