package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;

class QuoteScanTest {
    @TempDir
    Path dir;

    long scan(String csv, char delimiter) throws Exception {
        return QuoteScan.unclosedQuoteLine(TestData.write(dir, "f.csv", csv), delimiter);
    }

    @Test
    void well_formed_quotes_pass_across_line_ends_doubled_quotes_and_inch_marks() throws Exception {
        assertThat(scan("a,b\n\"x, y\",1\n\"multi\nline\",2\n\"say \"\"hi\"\"\",3\n12\" pipe,4\n\"\"\n", ',')).isEqualTo(-1);
        assertThat(scan("a;b\r\n\"x; y\";1\r\n", ';')).isEqualTo(-1);
    }

    @Test
    void names_the_line_where_an_unclosed_quote_opens() throws Exception {
        assertThat(scan("a,b\n\"ok\",1\n2,\"never\n3,4\n5,6\n", ',')).isEqualTo(3);
        assertThat(scan("a,b\n\"multi\nline\",1\n\"open\n", ',')).isEqualTo(4);
        // a stray quote that a later one seems to close leaves text after the closing quote
        assertThat(scan("a,b,c\n1,\"South\n2,\"Austin, TX\"\n", ',')).isEqualTo(2);
        // past the limit an open quote is left to the reader
        assertThat(QuoteScan.unclosedQuoteLine(TestData.write(dir, "g.csv", "a,b\n1,2\n3,\"open\n"), ',', 8)).isEqualTo(-1);
        assertThat(QuoteScan.unclosedQuoteLine(TestData.write(dir, "h.csv", "a,b\n1,2\n3,\"open\n"), ',', 1000)).isEqualTo(3);
        // a quote mid-field is a character, not an opening
        assertThat(scan("a\tb\nx\"y\t1\n", '\t')).isEqualTo(-1);
    }
}
