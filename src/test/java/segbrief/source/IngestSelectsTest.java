package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.spec.BriefSpec;
import segbrief.spec.SpecLoader;

/** What each source contributes to the table, and how each column is read, before anything is loaded. */
class IngestSelectsTest {
    @TempDir
    Path dir;

    @Test
    void joinedSourcesReadOnlyWhatTheBriefUses() throws Exception {
        Files.writeString(dir.resolve("orders.csv"), """
                order_id,customer,amount,note
                1,c1,"12,50",x
                2,c2,"7,25",y
                """);
        Files.writeString(dir.resolve("customers.csv"), """
                customer,city,age
                c1,Lyon,40
                c2,Paris,30
                """);
        Path specFile = Files.writeString(dir.resolve("brief.yaml"), """
                title: Orders
                name: orders
                sources:
                  - name: orders
                    file: orders.csv
                  - name: customers
                    file: customers.csv
                    join: {left: customer, right: customer}
                customer_id: customer
                measures:
                  - {column: amount, label: Revenue, kind: money, primary: true}
                dimensions: [city]
                questions:
                  - {dimension: city}
                """);
        BriefSpec spec = SpecLoader.load(specFile);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            FileProbe probe = new FileProbe(c, new CsvReader(dir.resolve("spill")));
            IngestSelects plan = IngestSelects.plan(spec, Set.of("amount"), Set.of("customer", "city"),
                    Set.of("customer", "amount", "city"), Set.of(), false, probe);
            // "note" and "age" are not used; "order_id" neither (two sources: no line-item orders)
            assertThat(plan.unread()).containsExactly("order_id", "note", "age");
            assertThat(plan.headers().get(0).keySet()).containsExactly("customer", "amount");
            assertThat(plan.headers().get(1).keySet()).containsExactly("customer", "city");
            // amounts written "12,50" are sniffed as text: read as text, cleaned with decimal commas
            assertThat(plan.cleaned()).isEqualTo(List.of(List.of("amount"), List.of()));
            assertThat(plan.commas()).isEqualTo(List.of(List.of("amount"), List.of()));
            assertThat(plan.overrides().get(0)).isEqualTo(Map.of("amount", "VARCHAR"));
            assertThat(plan.finalTypes()).containsEntry("amount", "DOUBLE").containsEntry("city", "VARCHAR");
            // joined sources: text trimmed as it is read, not after
            assertThat(plan.trimLater()).isFalse();
            assertThat(plan.selects().get(1)).isEqualTo("NULLIF(trim(\"customer\"), '') AS \"customer\", NULLIF(trim(\"city\"), '') AS \"city\"");
        }
    }
}
