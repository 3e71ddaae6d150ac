package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.spec.SpecLoader;

/** A date column the spec derives gets its dates once the derived columns exist; text ids that are integers become BIGINT. */
class DerivedDateTest {
    @TempDir
    Path dir;

    @Test
    void aDerivedDateColumnGivesEachRowItsDate() throws Exception {
        Files.writeString(dir.resolve("orders.csv"), """
                order,customer,year,month,amount
                1,7,2023,1,10
                2,8,2023,2,20
                3,7,2024,12,30
                """);
        Path spec = Files.writeString(dir.resolve("brief.yaml"), """
                title: Orders
                name: orders
                sources:
                  - file: orders.csv
                customer_id: customer
                date: day
                derive:
                  - column: day
                    expr: make_date(year, month, 1)
                measures:
                  - {column: amount, label: Revenue, kind: money, primary: true}
                """);
        try (DuckDbSource source = DuckDbSource.open(dir, "1GB")) {
            var data = source.ingest(SpecLoader.load(spec), Set.of("amount"), Set.of("customer"));
            assertThat(data.dateColumn()).isEqualTo(DuckDbSource.DATE);
            assertThat(data.columns()).containsEntry("customer", "BIGINT");
            try (Statement st = source.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT " + DuckDbSource.DATE + ", customer FROM facts_all ORDER BY \"order\"")) {
                r.next();
                assertThat(r.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2023, 1, 1));
                assertThat(r.getLong(2)).isEqualTo(7);
                r.next();
                assertThat(r.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2023, 2, 1));
                r.next();
                assertThat(r.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2024, 12, 1));
            }
        }
    }
}
