package segbrief.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import segbrief.archive.OutputFolder;
import segbrief.brief.Brand;
import segbrief.render.html.EmailOptions;

/**
 * Writes every brief of a run: the whole data's into {@code <root>/<brief>/<period>/}, each recipient's into its own
 * folder beneath, a recipient without rows as a note alone. Each folder is swapped in whole.
 */
public final class RunOutputs {
    /** The period folder's file that records every delivery; it outlives the runs that rewrite the briefs. */
    public static final String OUTBOX = "outbox.json";
    public static final String NOTE = "NO-BRIEF.txt";

    /**
     * One written brief.
     *
     * @param recipient the recipient's name, or null for the whole data's brief
     * @param folder    its folder
     * @param note      why there is no brief (then {@code folder} holds the note alone), or null
     */
    public record Written(String recipient, String slug, Path folder, List<String> to, String note) {
        public Written {
            to = List.copyOf(to);
        }

        public boolean hasBrief() { return note == null; }

        public Path eml() { return folder.resolve("summary.eml"); }
    }

    private RunOutputs() {}

    /** @param email the whole data's email settings; a recipient's brief goes to its own addresses only */
    public static List<Written> write(BriefPipeline.Run run, EmailOptions email, Path root, Timings timings) {
        var overall = run.overall().brief();
        String name = overall.meta().name();
        String period = Outputs.folderName(overall);
        List<String> keep = new ArrayList<>(List.of(OUTBOX));
        run.recipients().forEach(r -> keep.add(r.recipient().slug()));
        List<Written> out = new ArrayList<>();
        Brand brand = Brands.of(run.overall().spec().brand());
        email = Brands.sender(email, brand);
        Path folder = Outputs.write(overall, run.overall().scores(), run.overall().previous(), email,
                OutputFolder.open(root, name, period).keep(keep), timings, brand);
        out.add(new Written(null, null, folder, concat(email.to(), email.cc()), null));
        for (BriefPipeline.Sliced s : run.recipients()) {
            var r = s.recipient();
            OutputFolder f = OutputFolder.open(root, name, period, r.slug());
            if (s.computed() == null) {
                f.write(NOTE, (s.note() + "\n").getBytes(StandardCharsets.UTF_8));
                out.add(new Written(r.name(), r.slug(), f.commit(), r.to(), s.note()));
                continue;
            }
            String subject = email.subject() == null || email.subject().isBlank() ? null : email.subject() + " · " + r.name();
            EmailOptions own = new EmailOptions(email.from(), r.to(), List.of(), subject, email.attachPdf());
            Path written = Outputs.write(s.computed().brief(), s.computed().scores(), null, own, f, timings, brand);
            out.add(new Written(r.name(), r.slug(), written, r.to(), null));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
