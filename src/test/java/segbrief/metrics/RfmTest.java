package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import segbrief.UserError;
import segbrief.brief.RfmSummary;

class RfmTest {
    /**
     * Ten customers: last purchase, number of orders, total spent. Each has {@code orders} rows, the last on
     * {@code last} and the others 30, 60, ... days before it, the total split evenly.
     */
    static final String CUSTOMERS = """
            ('c01', DATE '2024-01-10', 1, 50), ('c02', DATE '2024-03-01', 4, 400), ('c03', DATE '2024-02-15', 2, 120),
            ('c04', DATE '2023-12-01', 6, 900), ('c05', DATE '2024-03-05', 1, 30), ('c06', DATE '2024-01-20', 3, 75),
            ('c07', DATE '2023-11-11', 2, 610), ('c08', DATE '2024-02-28', 5, 260), ('c09', DATE '2023-10-01', 1, 15),
            ('c10', DATE '2024-03-04', 3, 330)""";

    private Connection c;

    @BeforeEach
    void createSales() throws SQLException {
        c = DriverManager.getConnection("jdbc:duckdb:");
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE spec(id VARCHAR, last DATE, orders INT, total DOUBLE)");
            st.execute("INSERT INTO spec VALUES " + CUSTOMERS);
            st.execute("""
                    CREATE TABLE "sales data" AS SELECT id AS "Customer ID", CAST(last - INTERVAL (30 * i) DAY AS DATE)
                    AS "Order Date", total / orders AS "Amount", id || '-' || i AS "Order", CASE WHEN i % 2 = 0
                    THEN 'web' ELSE 'store' END AS "Channel" FROM spec, range(orders) AS t(i)""");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    // Hand-computed, reference date 2024-03-06 (latest 2024-03-05 + 1 day), 2 customers per quintile:
    // recency days c05 1, c10 2 | c02 5, c08 7 | c03 20, c06 46 | c01 56, c04 96 | c07 116, c09 157 → R 5..1
    // orders: ranks with ties sharing the lowest, score 1 + floor(5 × (rank − 1) / 10):
    // c01, c05, c09 1 order (rank 1 → F1) | c03, c07 2 (rank 4 → F2) | c06, c10 3 (rank 6 → F3) | c02 4 (rank 8 → F4)
    // | c08 5 (rank 9 → F5), c04 6 (rank 10 → F5): equal customers share a score, whatever their ids
    // spent c09 15, c05 30 | c01 50, c06 75 | c03 120, c08 260 | c10 330, c02 400 | c07 610, c04 900 → M 1..5
    @Test
    void scores_are_the_hand_computed_quintiles() {
        RfmResult r = Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount").orElseThrow();

        assertThat(r.ids()).containsExactly("c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10");
        assertThat(r.recency()).containsExactly(2, 4, 3, 2, 5, 3, 1, 4, 1, 5);
        assertThat(r.frequency()).containsExactly(1, 4, 2, 5, 1, 3, 2, 5, 1, 3);
        assertThat(r.monetary()).containsExactly(2, 4, 3, 5, 1, 2, 5, 3, 1, 4);
        assertThat(r.segments()).containsExactly(Rfm.HIBERNATING, Rfm.LOYAL, Rfm.ABOUT_TO_SLEEP, Rfm.CANT_LOSE,
                Rfm.NEW, Rfm.NEED_ATTENTION, Rfm.HIBERNATING, Rfm.LOYAL, Rfm.LOST, Rfm.POTENTIAL);
        assertThat(r.scoresByCustomer().get("c10")).containsExactly(5, 3, 4);
        assertThat(r.segmentByCustomer()).containsEntry("c04", "Can't lose them");
        assertThat(r.scores().rfmSegments()).isEqualTo(r.segments());
        assertThat(r.scores().clusterId(0)).isZero();
    }

    @Test
    void summary_counts_customers_and_revenue_per_segment_in_the_brief_order() {
        RfmSummary s = Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount").orElseThrow().summary();

        assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(s.customers()).isEqualTo(10);
        assertThat(s.segments()).extracting(RfmSummary.Segment::name).containsExactly(Rfm.LOYAL, Rfm.POTENTIAL,
                Rfm.NEW, Rfm.NEED_ATTENTION, Rfm.ABOUT_TO_SLEEP, Rfm.CANT_LOSE, Rfm.HIBERNATING, Rfm.LOST);
        RfmSummary.Segment loyal = s.segments().get(0);
        assertThat(loyal.customers()).isEqualTo(2);
        assertThat(loyal.share()).isEqualTo(0.2);
        assertThat(loyal.revenue()).isCloseTo(660, within(1e-9));
        assertThat(loyal.revenueShare()).isCloseTo(660 / 2790.0, within(1e-12));
        assertThat(loyal.meanRecencyDays()).isEqualTo(6.0);
        assertThat(loyal.meanFrequency()).isEqualTo(4.5);
        assertThat(s.chart()).as("the insight stage chooses the chart").isNull();
    }

    @Test
    void frequency_counts_distinct_orders_when_an_order_column_is_given() throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("INSERT INTO \"sales data\" SELECT \"Customer ID\", \"Order Date\", 0, \"Order\", \"Channel\""
                    + " FROM \"sales data\" WHERE \"Customer ID\" = 'c01'");
        }
        assertThat(Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", "Order").orElseThrow()
                .frequency()).containsExactly(1, 4, 2, 5, 1, 3, 2, 5, 1, 3);
        assertThat(Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount").orElseThrow()
                .frequency()).startsWith(2, 4, 2);  // c01 now has two rows: ranked above c05 and c09
    }

    @Test
    void is_empty_unless_customer_date_and_amount_are_all_given() {
        assertThat(Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", null, "Order Date", "Amount")).isEmpty();
        assertThat(Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", null, "Amount")).isEmpty();
        assertThat(Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", " ")).isEmpty();
    }

    @Test
    void names_a_missing_column_and_lists_the_known_ones() {
        assertThatThrownBy(() -> Rfm.compute(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Date", "Amount"))
                .isInstanceOf(UserError.class)
                .hasMessage("column \"Date\" does not exist")
                .extracting(e -> ((UserError) e).hint()).asString().contains("Order Date");
    }

    @Test
    void every_r_f_cell_has_exactly_one_published_segment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) assertThat(Rfm.SEGMENTS).contains(Rfm.segmentOf(r, f));
        }
        assertThat(Rfm.segmentOf(5, 5)).isEqualTo(Rfm.CHAMPIONS);
        assertThat(Rfm.segmentOf(1, 1)).isEqualTo(Rfm.LOST);
        assertThat(Rfm.segmentOf(1, 5)).isEqualTo(Rfm.CANT_LOSE);
        assertThat(Rfm.segmentOf(4, 1)).isEqualTo(Rfm.PROMISING);
        assertThat(List.of(Rfm.segmentOf(3, 4), Rfm.segmentOf(4, 5))).containsOnly(Rfm.LOYAL);
    }
}
