package segbrief.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import segbrief.brief.ValueKind;

/** Role inference on tricky headers: each row is a header a real file has used, and the role a person would give it. */
class RoleInferenceTest {
    private static final long ROWS = 1000;

    static ColumnFacts text(String name, long distinct) {
        return new ColumnFacts(name, "VARCHAR", ROWS, ROWS, distinct, Double.NaN, Double.NaN, false);
    }

    static ColumnFacts num(String name, String type, long distinct, double min, double max, boolean integral) {
        return new ColumnFacts(name, type, ROWS, ROWS, distinct, min, max, integral);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "CustomerID                 | customer",
            "Customer ID                | customer",
            "  customer_id              | customer",
            "user_id                    | customer",
            "donor_id                   | customer",
            "order_id                   | ignored",
            "transaction_id             | ignored",
            "Total Spend                | money",
            "Sales                      | money",
            "amount                     | money",
            "prices                     | money",
            "Annual Income (k$)         | number",
            "AnnualIncome               | number",
            "Spending Score (1-100)     | number",
            "SpendingScore              | number",
            "Average Rating             | number",
            "Days Since Last Purchase   | number",
            "Items Purchased            | count",
            "Age                        | age",
            "age                        | age",
            "Gender                     | dimension",
            "Genre                      | dimension",
            "City                       | dimension",
            "Segmentation Group         | dimension",
            "n_dependants               | dimension",
            "first_name                 | ignored",
            "email                      | customer",  // shop exports name customers by e-mail only
    })
    void infers_the_role_of_a_header(String header, String role) {
        ColumnFacts c = switch (role) {
            case "customer", "ignored" -> header.contains("name") || header.contains("email")
                    ? text(header, ROWS / 2) : num(header, "BIGINT", ROWS, 1, ROWS, true);
            case "money" -> num(header, "DOUBLE", 800, 10.5, 2500.75, false);
            case "number" -> num(header, "BIGINT", 90, 1, 137, true);
            case "count" -> num(header, "BIGINT", 20, 1, 40, true);
            case "age" -> num(header, "BIGINT", 50, 18, 70, true);
            default -> header.contains("Group") || header.contains("dependants")
                    ? num(header, "BIGINT", 5, 0, 5, true) : text(header, 6);
        };
        List<ColumnFacts> cols = List.of(num("visit_no", "BIGINT", ROWS, 1, ROWS, true), c, num("value_eur", "DOUBLE", 900, 1, 99, false));
        BriefSpec s = RoleInference.infer(Path.of("x.csv"), cols);
        String name = c.name();
        String actual;
        if (s.customerId() != null && s.customerId().name().equals(name)) actual = "customer";
        else if (s.measures().stream().anyMatch(m -> m.column().name().equals(name))) {
            ValueKind k = s.measures().stream().filter(m -> m.column().name().equals(name)).findFirst().orElseThrow().kind();
            actual = k.name().toLowerCase();
        } else if (s.bins().stream().anyMatch(b -> b.column().name().equals(name) && b.quantiles() == 0)) actual = "age";
        else if (s.dimensions().stream().anyMatch(d -> d.column().name().equals(name))) actual = "dimension";
        else actual = "ignored";
        assertThat(actual).isEqualTo(role);
    }

    @Test
    void the_money_column_is_the_primary_measure_and_ids_are_never_charted() {
        List<ColumnFacts> cols = List.of(
                num("Customer ID", "BIGINT", 350, 101, 450, true), text("Gender", 2), num("Age", "BIGINT", 30, 20, 45, true),
                text("City", 6), text("Membership Type", 3), num("Total Spend", "DOUBLE", 340, 410.8, 1520.1, false),
                num("Items Purchased", "BIGINT", 20, 7, 21, true), num("Average Rating", "DOUBLE", 20, 3, 4.9, false),
                new ColumnFacts("Discount Applied", "BOOLEAN", 350, 350, 2, Double.NaN, Double.NaN, false),
                num("Days Since Last Purchase", "BIGINT", 50, 9, 63, true), text("Satisfaction Level", 3));
        BriefSpec s = RoleInference.infer(Path.of("ecommerce.csv"), cols);
        assertThat(s.primary().column().name()).isEqualTo("Total Spend");
        assertThat(s.primary().kind()).isEqualTo(ValueKind.MONEY);
        assertThat(s.customerId().name()).isEqualTo("Customer ID");
        assertThat(s.dimensions()).extracting(d -> d.column().name())
                .contains("Gender", "City", "Membership Type", "Discount Applied", "Satisfaction Level")
                .doesNotContain("Customer ID");
        assertThat(s.questions()).extracting(q -> q.dimension().name()).containsExactly("City", "Membership Type", "Age");
        assertThat(s.questions().get(1).split().name()).isEqualTo("Gender");
    }

    @Test
    void a_year_column_is_the_date_and_a_timestamp_wins_over_it() {
        BriefSpec years = RoleInference.infer(Path.of("s.csv"), List.of(num("Year", "BIGINT", 6, 2018, 2023, true),
                num("Sales", "DOUBLE", 900, 10, 9000, false)));
        assertThat(years.date().name()).isEqualTo("Year");
        BriefSpec dated = RoleInference.infer(Path.of("s.csv"), List.of(num("Year", "BIGINT", 6, 2018, 2023, true),
                new ColumnFacts("order_date", "DATE", ROWS, ROWS, 300, Double.NaN, Double.NaN, false),
                num("Sales", "DOUBLE", 900, 10, 9000, false)));
        assertThat(dated.date().name()).isEqualTo("order_date");
    }

    @Test
    void pretty_labels_read_like_words() {
        assertThat(RoleInference.pretty("AnnualIncome")).isEqualTo("Annual income");
        assertThat(RoleInference.pretty("Spending Score (1-100)")).isEqualTo("Spending score (1-100)");
        assertThat(RoleInference.pretty("Genre")).isEqualTo("Gender");
        assertThat(RoleInference.pretty("fam_status")).isEqualTo("Fam status");
    }
}
