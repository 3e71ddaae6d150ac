package segbrief.render.html;

import java.util.List;

/**
 * Who the email is from and to, from the spec's {@code email:} block or the CLI.
 *
 * @param subject   null or blank: the brief's title and period
 * @param attachPdf attach the executive PDF to the message
 */
public record EmailOptions(String from, List<String> to, List<String> cc, String subject, boolean attachPdf) {
    public EmailOptions {
        if (from == null || from.isBlank()) throw new IllegalArgumentException("an email needs a sender (from)");
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        if (to.isEmpty() && cc.isEmpty()) throw new IllegalArgumentException("an email needs at least one recipient");
    }
}
