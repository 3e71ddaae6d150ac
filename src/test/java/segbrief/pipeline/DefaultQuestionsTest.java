package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.Finding;
import segbrief.spec.SpecLoader;

/** A spec that names dimensions but asks no questions still gets an executive visual and a recommendation. */
class DefaultQuestionsTest {
    @TempDir
    Path dir;

    @Test
    void a_spec_without_questions_is_asked_the_automatic_ones() {
        TestData.write(dir, "donations.csv", TestData.csv(TestData.donations(400, 3)));
        String spec = TestData.SPEC.substring(0, TestData.SPEC.indexOf("questions:"));
        Path file = TestData.write(dir, "brief.yaml", spec);
        Brief brief = new BriefPipeline(new Timings()).compute(SpecLoader.load(file),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();
        // the questions a brief without a spec asks: the category ranked (top 3), the device split by gender,
        // the age bracket split by gender
        assertThat(brief.findings()).extracting(Finding::question).containsExactly(
                "Which category gives most donations?", "Which device gives most donations?",
                "Which age bracket gives most donations?");
        assertThat(brief.recommendation()).matches("(Focus the next campaign on .* \\(.*|No segment stands out this period: .*)");
    }
}
