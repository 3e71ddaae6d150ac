package segbrief.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.UserError;

class SqlExpressionTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "CASE WHEN state IN ('Maine','Vermont') THEN 'Northeast' ELSE 'Other' END",
            "amount * 1.2 - 3e-2",
            "year(date) * 100 + month(date)",
            "CAST(age AS INTEGER) // 10",
            "income::DOUBLE / 12",
            "\"Annual Income (k$)\" / 12",
            "\"a.b\" || '-' || lower(trim(city))",
            "coalesce(discount, 0) > 10 AND NOT (status IS NULL)",
            "'a;b -- not a comment' = note",
            "'SELECT * FROM read_text(''/etc/passwd'')' = note",
            "status <> 'refunded' AND amount BETWEEN 1 AND 1000",
            "date_diff('day', first_order, last_order) >= 30",
            "[1, 2, 3][2] + score ^ 2",
            "CASE WHEN max(CAST(order_number AS INTEGER)) OVER (PARTITION BY user_id) > 40 THEN 'Loyal' ELSE 'New' END",
            "amount / sum(amount) OVER ()",
    })
    void accepts_one_scalar_expression_over_columns(String expr) {
        assertThat(SqlExpression.problem(expr)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(SELECT content FROM read_text('/etc/passwd'))",
            "read_text('/etc/passwd')",
            "read_csv('/etc/passwd')",
            "read_blob('/etc/shadow')",
            "glob('/home/*')",
            "getenv('HOME')",
            "current_setting('home_directory')",
            "query('SELECT 1')",
            "1) AS x FROM facts_all; COPY (SELECT 1) TO '/tmp/pwned.csv'; SELECT (1",
            "amount; ATTACH '/tmp/x.db'",
            "amount -- trailing comment",
            "amount /* hidden */",
            "now()",
            "current_date",
            "random() * amount",
            "'/etc/passwd'.read_text()",
            "city.upper()",
            "t.amount",
            "list_transform([1], x -> x + 1)",
            "EXISTS (SELECT 1)",
            "(amount",
            "amount)",
            "'never closed",
            "$1 + amount",
            "amount ? 1",
            "{'a': 1}",
            " ",
    })
    void refuses_anything_else(String expr) {
        assertThat(SqlExpression.problem(expr)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void a_refusal_is_a_spec_error_naming_where_and_why() {
        assertThatThrownBy(() -> SqlExpression.check("(SELECT content FROM read_text('/etc/passwd'))", "brief.yaml line 7 (derive x)"))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.oneLine()).startsWith("brief.yaml line 7 (derive x): \"SELECT\" is not allowed");
                });
        assertThatThrownBy(() -> SqlExpression.check("read_text('/etc/passwd')", "brief.yaml line 9 (filter)"))
                .isInstanceOfSatisfying(UserError.class, e ->
                        assertThat(e.oneLine()).startsWith("brief.yaml line 9 (filter): function \"read_text\" is not allowed"));
    }
}
