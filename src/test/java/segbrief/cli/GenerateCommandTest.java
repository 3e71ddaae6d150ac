package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import segbrief.UserError;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli() {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli;
    }

    @Test
    void writes_the_scenario_files_and_lists_them() throws IOException {
        Path dir = tmp.resolve("mall");

        int code = cli().execute("mall", "--rows", "50", "--seed", "9", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllLines(dir.resolve("customers.csv"))).hasSize(51);
        assertThat(out.toString().strip()).isEqualTo(dir.resolve("customers.csv").toString());
        assertThat(err.toString()).startsWith("mall: 50 rows, seed 9, ");
    }

    @Test
    void defaults_to_the_bundled_rows_and_seed() throws IOException {
        int code = cli().execute("ecommerce", "--out", tmp.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllBytes(tmp.resolve("ecommerce_customers.csv")))
                .isEqualTo(Files.readAllBytes(Path.of("data/ecommerce/ecommerce_customers.csv")));
    }

    @Test
    void sales_is_written_as_plain_csv_even_though_the_bundled_copy_is_gzipped() throws IOException {
        int code = cli().execute("sales", "--rows", "20", "--out", tmp.toString());

        assertThat(code).isZero();
        assertThat(Files.readAllLines(tmp.resolve("customer_sales.csv"))).hasSize(21);
        assertThat(tmp.resolve("customer_sales.csv.gz")).doesNotExist();
        assertThat(out.toString().strip()).isEqualTo(tmp.resolve("customer_sales.csv").toString());
    }

    @Test
    void an_unknown_scenario_is_a_usage_error_naming_the_known_ones() {
        CommandLine cli = cli();
        cli.parseArgs("retail", "--rows", "5", "--out", tmp.toString());
        GenerateCommand command = cli.getCommand();

        assertThatThrownBy(command::call)
                .isInstanceOf(UserError.class)
                .hasMessage("unknown scenario \"retail\"")
                .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2))
                .satisfies(e -> assertThat(((UserError) e).hint())
                        .isEqualTo("expected one of crowdfunding, ecommerce, sales, mall, grocery, transactions"));
    }

    @Test
    void the_out_folder_is_required() {
        int code = cli().execute("mall", "--rows", "5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=DIR'");
    }
}
