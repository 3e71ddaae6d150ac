package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorsTest {
    @TempDir
    Path tmp;

    @Test
    void lists_the_five_scenarios_in_a_fixed_order() {
        assertThat(Generators.scenarios()).containsExactly("crowdfunding", "ecommerce", "sales", "mall", "grocery",
                "transactions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crowdfunding", "ecommerce", "sales", "mall", "grocery", "transactions"})
    void the_same_rows_and_seed_give_the_same_bytes(String scenario) throws IOException {
        List<Path> first = Generators.write(scenario, 3_000, 7, tmp.resolve("a"));
        List<Path> second = Generators.write(scenario, 3_000, 7, tmp.resolve("b"));

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"crowdfunding", "ecommerce", "sales", "mall", "grocery", "transactions"})
    void a_different_seed_gives_different_bytes(String scenario) throws IOException {
        Path a = Generators.write(scenario, 3_000, 7, tmp.resolve("a")).getFirst();
        Path b = Generators.write(scenario, 3_000, 8, tmp.resolve("b")).getFirst();

        assertThat(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(a));
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("crowdfunding", "donations.csv",
                        "donation_id,donor_id,date,category,device,gender,age,amount"),
                Arguments.of("ecommerce", "ecommerce_customers.csv", "Customer ID,Gender,Age,City,Membership Type,"
                        + "Total Spend,Items Purchased,Average Rating,Discount Applied,Days Since Last Purchase,"
                        + "Satisfaction Level"),
                Arguments.of("sales", "customer_sales.csv", "Customer ID,Age,Gender,Marital Status,Education Level,"
                        + "location,Occupation,Income Level,Rating,Purchase History,Sales,Language,"
                        + "Segmentation Group,AGE GROUP,INCOME GROUP"),
                Arguments.of("mall", "customers.csv",
                        "CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)"),
                Arguments.of("grocery", "customers.csv",
                        "user_id,first_name,surname,gender,state,age,date_joined,n_dependants,fam_status,income"),
                Arguments.of("grocery", "orders.csv", "order_id,user_id,order_number,orders_day_of_week,"
                        + "order_hour_of_day,days_since_prior_order,date"),
                Arguments.of("grocery", "order_products.csv", "order_id,product_id,add_to_cart_order,reordered"),
                Arguments.of("grocery", "products.csv", "product_id,product_name,aisle_id,department_id,prices"),
                Arguments.of("grocery", "departments.csv", "department_id,department"),
                Arguments.of("transactions", "transactions.csv", "transaction_id,customer_id,date,category,device,"
                        + "gender,age,city,education,marital_status,income,language,amount,items,rating"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("headers")
    void each_file_has_exactly_the_public_header(String scenario, String file, String header) throws IOException {
        Generators.write(scenario, 500, 1, tmp);

        assertThat(firstLine(tmp.resolve(file))).isEqualTo(header);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 7, 200, 4_321})
    void the_main_file_has_exactly_the_requested_rows(long rows) throws IOException {
        for (String scenario : Generators.scenarios()) {
            Path main = Generators.write(scenario, rows, 5, tmp.resolve(scenario + rows)).getFirst();
            assertThat(dataLines(main)).as(scenario).isEqualTo(rows);
        }
    }

    @Test
    void grocery_tables_join_without_orphans() throws IOException {
        Generators.write("grocery", 20_000, 11, tmp);
        String lines = Duck.csv(tmp.resolve("order_products.csv"));
        String orders = Duck.csv(tmp.resolve("orders.csv"));
        String customers = Duck.csv(tmp.resolve("customers.csv"));
        String products = Duck.csv(tmp.resolve("products.csv"));
        String departments = Duck.csv(tmp.resolve("departments.csv"));

        assertThat(Duck.number("SELECT count(*) FROM " + lines + " l JOIN " + orders + " o USING (order_id) JOIN "
                + customers + " c USING (user_id) JOIN " + products + " p USING (product_id) JOIN " + departments
                + " d USING (department_id)")).isEqualTo(20_000);
        assertThat(Duck.number("SELECT count(*) FROM " + orders + " WHERE order_id NOT IN (SELECT order_id FROM "
                + lines + ")")).as("orders without lines").isZero();
        assertThat(Duck.number("SELECT count(*) FROM " + customers + " WHERE user_id NOT IN (SELECT user_id FROM "
                + orders + ")")).as("customers without orders").isZero();
        assertThat(Duck.number("SELECT count(*) FROM (SELECT order_id, product_id FROM " + lines
                + " GROUP BY ALL HAVING count(*) > 1)")).as("a product twice in one order").isZero();
    }

    @Test
    void grocery_order_weekday_matches_the_order_date() throws IOException {
        Generators.write("grocery", 5_000, 3, tmp);

        assertThat(Duck.number("SELECT count(*) FROM " + Duck.csv(tmp.resolve("orders.csv"))
                + " WHERE orders_day_of_week <> dayofweek(date)")).isZero();
    }

    @Test
    void rejects_an_unknown_scenario_and_names_the_known_ones() {
        assertThatThrownBy(() -> Generators.write("retail", 10, 1, tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scenario \"retail\" (expected one of "
                        + "[crowdfunding, ecommerce, sales, mall, grocery, transactions])");
    }

    @Test
    void rejects_zero_rows() {
        assertThatThrownBy(() -> Generators.write("mall", 0, 1, tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must be at least 1, got 0");
    }

    @Test
    void default_rows_and_seeds_are_the_documented_ones() {
        assertThat(Generators.scenarios().stream().map(Generators::defaultRows).toList())
                .containsExactly(20_000L, 350L, 53_503L, 200L, 100_000L, 1_000_000L);
        assertThat(Generators.scenarios().stream().map(Generators::defaultSeed).toList())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 20_240_501L);
    }

    static String firstLine(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.readLine();
        }
    }

    /** Lines after the header; every generated cell is free of line breaks, so lines are rows. */
    static long dataLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }
}
