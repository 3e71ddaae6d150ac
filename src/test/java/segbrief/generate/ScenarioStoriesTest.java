package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundled data tells each seed analysis's story (checked with DuckDB on the committed files). */
class ScenarioStoriesTest {
    static final Path DATA = BundledDataTest.DATA;

    @Test
    void crowdfunding_games_sports_and_technology_raise_most_ios_gives_two_thirds_and_18_24_leads() {
        String t = Duck.csv(DATA.resolve("crowdfunding/donations.csv"));

        assertThat(Duck.column("SELECT category FROM " + t + " GROUP BY 1 ORDER BY sum(amount) DESC LIMIT 3"))
                .containsExactly("Games", "Sports", "Technology");
        assertThat(Duck.column("SELECT category FROM " + t + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
                .containsExactly("Sports");
        assertThat(Duck.number("SELECT sum(amount) FILTER (WHERE device = 'iOS') / sum(amount) FROM " + t))
                .isBetween(0.6, 0.7);
        assertThat(Duck.number("SELECT count(DISTINCT donor_id) FILTER (WHERE device = 'Android') "
                + "/ count(DISTINCT donor_id) FROM " + t)).isCloseTo(0.35, within(0.02));
        double iosAmongWomen = Duck.number("SELECT sum(amount) FILTER (WHERE device = 'iOS') / sum(amount) FROM "
                + t + " WHERE gender = 'F'");
        double iosAmongMen = Duck.number("SELECT sum(amount) FILTER (WHERE device = 'iOS') / sum(amount) FROM "
                + t + " WHERE gender = 'M'");
        assertThat(iosAmongWomen).isGreaterThan(iosAmongMen);
        assertThat(Duck.number("SELECT sum(amount) FILTER (WHERE age BETWEEN 18 AND 24) "
                + "/ sum(amount) FILTER (WHERE age BETWEEN 25 AND 34) FROM " + t)).isBetween(2.5, 3.5);
        assertThat(Duck.column("SELECT DISTINCT year(date) FROM " + t + " ORDER BY 1")).containsExactly("2022", "2023");
    }

    @Test
    void ecommerce_san_francisco_and_men_spend_most_within_the_public_range() {
        String t = Duck.csv(DATA.resolve("ecommerce/ecommerce_customers.csv"));

        assertThat(Duck.column("SELECT City FROM " + t + " GROUP BY 1 ORDER BY sum(\"Total Spend\") DESC"))
                .containsExactly("San Francisco", "New York", "Los Angeles", "Chicago", "Miami", "Houston");
        List<Object> spend = Duck.rows("SELECT min(\"Total Spend\"), max(\"Total Spend\"), avg(\"Total Spend\"), "
                + "avg(Age), count(*) FROM " + t).getFirst();
        assertThat(((Number) spend.get(0)).doubleValue()).isEqualTo(410.80);
        assertThat(((Number) spend.get(1)).doubleValue()).isEqualTo(1520.10);
        assertThat(((Number) spend.get(2)).doubleValue()).isCloseTo(847.79, within(25.0));
        assertThat(((Number) spend.get(3)).doubleValue()).isCloseTo(33.6, within(1.0));
        assertThat(((Number) spend.get(4)).longValue()).isEqualTo(350);
        assertThat(Duck.number("SELECT sum(\"Total Spend\") FILTER (WHERE Gender = 'Male') "
                + "/ sum(\"Total Spend\") FILTER (WHERE Gender = 'Female') FROM " + t)).isBetween(1.3, 1.7);
        assertThat(Duck.number("SELECT avg(\"Total Spend\") FILTER (WHERE Age BETWEEN 30 AND 50) "
                + "- avg(\"Total Spend\") FILTER (WHERE Age < 25) FROM " + t)).isGreaterThan(100);
        assertThat(Duck.number("SELECT count(*) FILTER (WHERE \"Satisfaction Level\" IS NULL) FROM " + t))
                .isEqualTo(2);
    }

    @Test
    void sales_total_about_161_8m_peak_in_2022_low_in_2021_german_and_french_lead() {
        String t = Duck.csv(DATA.resolve("sales/customer_sales.csv.gz")); // read_csv decompresses .csv.gz itself

        assertThat(Duck.number("SELECT count(*) FROM " + t)).isEqualTo(53_503);
        assertThat(Duck.rows("DESCRIBE SELECT * FROM " + t)).hasSize(SalesScenario.HEADER.size());

        assertThat(Duck.number("SELECT sum(Sales) FROM " + t)).isCloseTo(161.8e6, within(2e6));
        assertThat(Duck.number("SELECT avg(Sales) FROM " + t)).isCloseTo(3024, within(40.0));
        assertThat(Duck.number("SELECT avg(Rating) FROM " + t)).isCloseTo(2.88, within(0.05));
        assertThat(Duck.number("SELECT count(DISTINCT \"Customer ID\") FROM " + t)).isBetween(39_000.0, 42_000.0);
        List<String> years = Duck.column("SELECT year(\"Purchase History\") FROM " + t
                + " GROUP BY 1 ORDER BY sum(Sales) DESC");
        assertThat(years).hasSize(6).startsWith("2022").endsWith("2021");
        assertThat(Duck.column("SELECT Language FROM " + t + " GROUP BY 1 ORDER BY sum(Sales) DESC LIMIT 2"))
                .containsExactly("German", "French");
        assertThat(Duck.column("SELECT location FROM " + t + " GROUP BY 1 ORDER BY sum(Sales) DESC LIMIT 3"))
                .containsExactlyInAnyOrder("Lakshadweep", "Haryana", "Himachal Pradesh");
        assertThat(Duck.column("SELECT location FROM " + t + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 3"))
                .containsExactlyInAnyOrder("Lakshadweep", "Himachal Pradesh", "Bihar");
        assertThat(Duck.column("SELECT \"Education Level\" FROM " + t + " GROUP BY 1 ORDER BY sum(Sales) DESC LIMIT 2"))
                .containsExactlyInAnyOrder("Associate Degree", "Doctorate");
        assertThat(Duck.column("SELECT \"INCOME GROUP\" FROM " + t + " GROUP BY 1 ORDER BY sum(Sales) DESC LIMIT 2"))
                .containsExactly("80k-110k", "50k-80k");
        assertThat(Duck.column("SELECT \"Segmentation Group\" FROM " + t + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 2"))
                .containsExactly("5", "4");
    }

    @Test
    void mall_has_112_women_and_the_public_means() {
        String t = Duck.csv(DATA.resolve("mall/customers.csv"));

        assertThat(Duck.number("SELECT count(*) FROM " + t + " WHERE Gender = 'Female'")).isEqualTo(112);
        assertThat(Duck.number("SELECT count(*) FROM " + t + " WHERE Gender = 'Male'")).isEqualTo(88);
        assertThat(Duck.number("SELECT avg(Age) FROM " + t)).isCloseTo(38.85, within(1.5));
        assertThat(Duck.number("SELECT avg(\"Annual Income (k$)\") FROM " + t)).isCloseTo(60.56, within(2.0));
        assertThat(Duck.number("SELECT avg(\"Spending Score (1-100)\") FROM " + t)).isCloseTo(50.2, within(2.0));
    }

    @Test
    void mall_has_the_five_income_and_score_groups() {
        String t = Duck.csv(DATA.resolve("mall/customers.csv"));
        String corner = "SELECT count(*) FROM " + t + " WHERE ";

        assertThat(Duck.number(corner + "\"Annual Income (k$)\" < 40 AND \"Spending Score (1-100)\" < 40"))
                .as("low income, low spending").isBetween(18.0, 28.0);
        assertThat(Duck.number(corner + "\"Annual Income (k$)\" < 40 AND \"Spending Score (1-100)\" > 60"))
                .as("low income, high spending").isBetween(17.0, 27.0);
        assertThat(Duck.number(corner + "\"Annual Income (k$)\" > 65 AND \"Spending Score (1-100)\" > 60"))
                .as("high income, high spending").isBetween(32.0, 44.0);
        assertThat(Duck.number(corner + "\"Annual Income (k$)\" > 65 AND \"Spending Score (1-100)\" < 40"))
                .as("high income, low spending").isBetween(28.0, 40.0);
        assertThat(Duck.number(corner + "\"Spending Score (1-100)\" BETWEEN 35 AND 65 AND "
                + "\"Annual Income (k$)\" BETWEEN 35 AND 80")).as("the average middle").isBetween(70.0, 90.0);
    }

    @Test
    void grocery_produce_sells_most_the_south_buys_most_and_weekends_are_busiest() {
        Path g = DATA.resolve("grocery");
        String joined = Duck.csv(g.resolve("order_products.csv")) + " JOIN " + Duck.csv(g.resolve("orders.csv"))
                + " USING (order_id) JOIN " + Duck.csv(g.resolve("customers.csv")) + " USING (user_id) JOIN "
                + Duck.csv(g.resolve("products.csv")) + " USING (product_id) JOIN "
                + Duck.csv(g.resolve("departments.csv")) + " USING (department_id)";

        assertThat(Duck.column("SELECT department FROM " + joined + " GROUP BY 1 ORDER BY sum(prices) DESC LIMIT 2"))
                .containsExactly("produce", "dairy eggs");
        assertThat(Duck.number("SELECT count(*) FROM " + joined)).isEqualTo(100_000);
        String south = "('Delaware','Maryland','District of Columbia','Virginia','West Virginia','North Carolina',"
                + "'South Carolina','Georgia','Florida','Kentucky','Tennessee','Mississippi','Alabama','Oklahoma',"
                + "'Texas','Arkansas','Louisiana')";
        assertThat(Duck.number("SELECT sum(prices) FILTER (WHERE state IN " + south + ") / sum(prices) FROM "
                + joined)).isBetween(0.27, 0.40);
        assertThat(Duck.column("SELECT orders_day_of_week FROM " + Duck.csv(g.resolve("orders.csv"))
                + " GROUP BY 1 ORDER BY count(*) DESC LIMIT 2")).containsExactlyInAnyOrder("0", "1");
        assertThat(Duck.number("SELECT count(DISTINCT user_id) FROM " + Duck.csv(g.resolve("customers.csv"))))
                .isBetween(1_000.0, 2_500.0);
        assertThat(Duck.column("SELECT CASE WHEN m > 40 THEN 'Loyal' WHEN m > 10 THEN 'Regular' ELSE 'New' END "
                + "FROM (SELECT max(order_number) AS m FROM " + Duck.csv(g.resolve("orders.csv"))
                + " GROUP BY user_id) GROUP BY 1 ORDER BY 1")).containsExactly("Loyal", "New", "Regular");
        assertThat(Duck.number("SELECT avg((n_dependants > 0)::INTEGER) FROM " + joined
                + " WHERE department = 'babies'"))
                .as("baby goods go mostly to families with dependants").isGreaterThan(0.85);
    }
}
