package segbrief.brief;

import java.util.List;

/**
 * The company's look for its briefs: name, logo, colours and the lines it adds. Renderers read it beside the brief.
 *
 * @param logo       the logo file's bytes, or null
 * @param logoSvg    true when {@code logo} is SVG (drawn as vectors where the format allows), false for PNG
 * @param accent     "#RRGGBB" for headings, rules and KPI tiles
 * @param positive   "#RRGGBB" for rises
 * @param negative   "#RRGGBB" for falls
 * @param palette    the chart series colours, "#RRGGBB" each, or empty for the default palette
 * @param footer     a line under every page and email (e.g. a confidentiality notice), or ""
 * @param sender     the display name on the email's From line, or ""
 */
public record Brand(String company, byte[] logo, boolean logoSvg, String accent, String positive, String negative,
                    List<String> palette, String footer, String sender) {
    /** The colours every brief had before brands existed. */
    public static final Brand DEFAULT = new Brand("", null, false, "#0072B2", "#1a7f37", "#b42318", List.of(), "", "");

    public Brand {
        palette = List.copyOf(palette);
        company = company == null ? "" : company;
        footer = footer == null ? "" : footer;
        sender = sender == null ? "" : sender;
    }

    public boolean hasLogo() { return logo != null; }
}
