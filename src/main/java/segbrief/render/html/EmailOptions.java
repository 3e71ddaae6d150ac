package segbrief.render.html;

import java.util.List;
import segbrief.UserError;

/**
 * Who the email is from and to, from the spec's {@code email:} block or the CLI.
 *
 * @param subject   null or blank: the brief's title and period
 * @param attachPdf attach the executive PDF to the message
 */
public record EmailOptions(String from, List<String> to, List<String> cc, String subject, boolean attachPdf) {
    public EmailOptions {
        if (from == null || from.isBlank()) {
            throw new UserError(UserError.Kind.SPEC, "email.from", "the email has no sender", "add email: from: briefs@example.com");
        }
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        if (to.isEmpty() && cc.isEmpty()) {
            throw new UserError(UserError.Kind.SPEC, "email.to", "the email has no recipient", "add email: to: [ceo@example.com]");
        }
    }
}
