package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written spec's question, split or cluster feature on a column of one value is left out, with a note saying so. */
class ConstantColumnsTest {
    @TempDir
    Path dir;

    @Test
    void a_constant_column_is_never_asked_split_by_or_clustered_on() {
        StringBuilder csv = new StringBuilder("order,customer,amount,region,channel,age,score\n");
        for (int i = 0; i < 90; i++) {
            csv.append(i + 1).append(",C").append(i % 45).append(',').append(10 + (i * 37) % 90).append(',')
                    .append(new String[] {"North", "South", "East"}[i % 3]).append(",web,").append(20 + (i % 45)).append(",5\n");
        }
        Qa.write(dir, "orders.csv", csv.toString());
        Path spec = Qa.write(dir, "brief.yaml", """
                title: Orders
                sources:
                  - file: orders.csv
                customer_id: customer
                measures:
                  - {column: amount, kind: money, primary: true}
                dimensions: [region, channel]
                questions:
                  - {dimension: channel}
                  - {dimension: region, split: channel}
                clusters:
                  features: [age, score]
                  k: 2
                """);
        Qa.Brief b = Qa.run("run", spec.toString(), "--out", dir.resolve("out").toString()).ok();
        List<String> asked = new ArrayList<>();
        b.metrics().get("findings").forEach(f -> asked.add(f.toString()));
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst()).contains("region").doesNotContain("channel");
        assertThat(DirtyDataTest.notes(b)).anySatisfy(n -> assertThat(n).startsWith("Question on \"channel\" left out (")
                .contains("(brief.yaml line 9)").endsWith("the column holds one value, so it tells no segment apart"));
        assertThat(DirtyDataTest.notes(b)).anySatisfy(n -> assertThat(n).startsWith("Split by \"channel\" left out (").contains("(brief.yaml line 10)"));
        assertThat(DirtyDataTest.notes(b)).anySatisfy(n -> assertThat(n).startsWith("Cluster feature \"score\" left out"));
        List<String> features = new ArrayList<>();
        b.metrics().get("clusters").get("features").forEach(f -> features.add(f.asText()));
        assertThat(features).containsExactly("age");
        assertThat(b.pdfText("executive.pdf")).doesNotContainIgnoringCase("channel");
    }
}
