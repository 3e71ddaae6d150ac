package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import segbrief.UserError;

class CustomerFeaturesTest {
    private Connection c;

    @BeforeEach
    void createSales() throws SQLException {
        c = DriverManager.getConnection("jdbc:duckdb:");
        try (var st = c.createStatement()) {
            st.execute("CREATE TABLE spec(id VARCHAR, last DATE, orders INT, total DOUBLE)");
            st.execute("INSERT INTO spec VALUES " + RfmTest.CUSTOMERS);
            st.execute("""
                    CREATE TABLE "sales data" AS SELECT id AS "Customer ID", CAST(last - INTERVAL (30 * i) DAY AS DATE)
                    AS "Order Date", total / orders AS "Amount", id || '-' || (i // 2) AS "Order", CASE WHEN i % 2 = 0
                    THEN 'web' ELSE 'store' END AS "Channel", 20 + i AS "Age" FROM spec, range(orders) AS t(i)""");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void derives_spend_orders_order_value_and_recency_from_transactions() {
        CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", List.of(),
                List.of("Channel"));

        assertThat(t.features()).containsExactly("total_spend", "orders", "average_order_value", "recency_days");
        assertThat(t.ids()).hasSize(10).startsWith("c01", "c02");
        double[][] v = t.values();
        assertThat(v[3]).containsExactly(900, 6, 150, 95);  // c04: six orders, last 2023-12-01, latest 2024-03-05
        assertThat(v[4]).containsExactly(30, 1, 30, 0);
        assertThat(t.primaryMeasure()[3]).isEqualTo(900);
        // c04 has 3 web and 3 store rows: the tie goes to the first name; c03 has 1 web 1 store; c08 3 web, 2 store
        assertThat(t.dimensions().get("Channel")).containsExactly("web", "store", "store", "store", "web", "web",
                "store", "web", "web", "web");
    }

    @Test
    void counts_distinct_orders_when_an_order_column_is_given() {
        CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", "Order",
                List.of(), List.of());

        assertThat(t.values()[3][1]).isEqualTo(3);  // c04: six rows, orders -0 -0 -1 -1 -2 -2
        assertThat(t.values()[3][2]).isEqualTo(300);
    }

    @Test
    void averages_named_features_per_customer() {
        CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", null, null, List.of("Age", "Amount"),
                List.of());

        assertThat(t.features()).containsExactly("Age", "Amount");
        assertThat(t.values()[3][0]).isCloseTo(22.5, within(1e-12));  // c04: ages 20..25
        assertThat(t.hasPrimaryMeasure()).isFalse();
    }

    @Test
    void every_row_is_a_customer_without_a_customer_column() {
        CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", null, null, "Amount", List.of("Age"),
                List.of("Channel"));

        assertThat(t.size()).isEqualTo(28);
        assertThat(t.ids()).startsWith("1", "2", "3");
        assertThat(t.hasPrimaryMeasure()).isTrue();
    }

    @Test
    void rows_of_a_view_are_customers_too() throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CREATE VIEW v AS SELECT * FROM \"sales data\" WHERE \"Amount\" > 100");
        }
        CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "v", null, null, null, List.of("Amount"), List.of());

        assertThat(t.size()).isEqualTo(11);
        assertThat(t.ids()).startsWith("1", "2");
    }

    @Test
    void refuses_to_guess_features_without_customer_date_and_amount() {
        assertThatThrownBy(() -> CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", null, "Amount", List.of(),
                List.of())).isInstanceOf(UserError.class).hasMessage("there are no features to cluster customers on");
    }

    @Test
    void a_lift_sample_reads_the_same_values_for_the_customers_it_keeps() {
        CustomerTable all = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", null, List.of(),
                List.of("Channel"), 1.0);
        CustomerTable half = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", null, List.of(),
                List.of("Channel"), 0.5);
        CustomerTable again = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "sales data", "Customer ID", "Order Date", "Amount", null, List.of(),
                List.of("Channel"), 0.5);
        List<String> full = all.dimensions().get("Channel");
        List<String> sampled = half.dimensions().get("Channel");
        assertThat(half.ids()).isEqualTo(all.ids());
        assertThat(sampled).isEqualTo(again.dimensions().get("Channel"));
        assertThat(sampled).contains(CustomerFeatures.NOT_SAMPLED);
        assertThat(sampled).anyMatch(v -> !v.equals(CustomerFeatures.NOT_SAMPLED));
        for (int i = 0; i < full.size(); i++) {
            if (!sampled.get(i).equals(CustomerFeatures.NOT_SAMPLED)) assertThat(sampled.get(i)).isEqualTo(full.get(i));
        }
        assertThat(full).doesNotContain(CustomerFeatures.NOT_SAMPLED);
    }
}
