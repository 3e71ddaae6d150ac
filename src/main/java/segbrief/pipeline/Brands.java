package segbrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import segbrief.UserError;
import segbrief.brief.Brand;
import segbrief.render.html.EmailOptions;
import segbrief.spec.BriefSpec.BrandSpec;

/** The spec's {@code brand:} as the renderers read it: the logo's bytes, every colour given or defaulted. */
final class Brands {
    private Brands() {}

    static Brand of(BrandSpec s) {
        if (s == null) return Brand.DEFAULT;
        Brand d = Brand.DEFAULT;
        byte[] logo = null;
        boolean svg = false;
        if (s.logo() != null) {
            try {
                logo = Files.readAllBytes(s.logo());
            } catch (IOException e) {
                throw new UserError(UserError.Kind.SPEC, s.logo().toString(), "cannot read the logo: " + e.getMessage(), null);
            }
            svg = !(logo.length > 0 && (logo[0] & 0xFF) == 0x89);
        }
        return new Brand(s.company(), logo, svg, or(s.accent(), d.accent()), or(s.positive(), d.positive()),
                or(s.negative(), d.negative()), s.palette(), s.footer(), s.sender());
    }

    /** The brand's sender name on a bare From address ("briefs@acme.com" → "Acme Briefs <briefs@acme.com>"). */
    static EmailOptions sender(EmailOptions e, Brand b) {
        if (b.sender().isBlank() || e.from().contains("<")) return e;
        String name = b.sender().replace("\"", "'");
        return new EmailOptions("\"" + name + "\" <" + e.from().strip() + ">", e.to(), e.cc(), e.subject(), e.attachPdf());
    }

    private static String or(String v, String fallback) { return v == null ? fallback : v; }
}
