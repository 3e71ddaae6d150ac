package segbrief.spec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import segbrief.UserError;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * Keeps a spec's sources where the user allowed: inside the spec's own folder or a folder named by {@code --data-root}
 * or {@value #ENV}. Paths are judged after every symlink and {@code ..} is resolved, so neither leads out.
 */
public final class SourcePaths {
    /** Folders a spec may read from, separated like PATH: for briefs run by cron, where no option is typed. */
    public static final String ENV = "SEGBRIEF_DATA_ROOT";

    private SourcePaths() {}

    /** The allowed folders: the command line's and the environment's (its value, or null when unset). */
    public static List<Path> roots(List<Path> options, String env) {
        List<Path> out = new ArrayList<>(options == null ? List.of() : options);
        if (env != null) for (String p : env.split(File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p.strip()));
        return out;
    }

    /**
     * The spec with each source at its real path, or a {@link UserError} naming the spec line of the first source
     * that is missing or lies outside every allowed folder.
     */
    public static BriefSpec confine(BriefSpec spec, List<Path> roots) {
        return confine(spec, roots, false);
    }

    /**
     * As {@link #confine(BriefSpec, List)}; with {@code sets} (an engine that reads sets of files, Spark) a source may
     * also be a folder or a glob, judged by the folder it lies in, or a remote path ({@code hdfs://}, {@code s3a://})
     * that only a {@code --data-root} naming its prefix allows.
     */
    public static BriefSpec confine(BriefSpec spec, List<Path> roots, boolean sets) {
        List<Path> allowed = new ArrayList<>();
        allowed.add(real(spec.baseDir()));
        for (Path r : roots) {
            Path p = real(r.toAbsolutePath());
            if (p != null) allowed.add(p);
        }
        List<SourceSpec> out = new ArrayList<>();
        for (SourceSpec s : spec.sources()) {
            String where = spec.origin() + " line " + s.line();
            if (sets && FileSets.isRemote(s.file())) {
                String url = FileSets.location(s.file());
                if (roots.stream().map(FileSets::location).noneMatch(r -> FileSets.isRemote(Path.of(r)) && url.startsWith(r))) {
                    throw new UserError(UserError.Kind.SPEC, where, "remote source \"" + url + "\" is not allowed",
                            "allow its prefix with --data-root (e.g. --data-root " + url.substring(0, url.lastIndexOf('/') + 1) + ")");
                }
                out.add(s);
                continue;
            }
            if (sets && FileSets.isGlob(s.file())) {
                Path folder = real(FileSets.folderOf(s.file()));
                if (folder == null) {
                    throw new UserError(UserError.Kind.SPEC, where, "the folder of \"" + s.file() + "\" is not found",
                            "paths in a spec are relative to the spec's folder");
                }
                if (allowed.stream().noneMatch(a -> a != null && folder.startsWith(a))) {
                    throw new UserError(UserError.Kind.SPEC, where, "source \"" + s.file() + "\" is outside the spec's folder",
                            "allow its folder with --data-root " + folder + " or " + ENV);
                }
                out.add(new SourceSpec(s.name(), folder.resolve(s.file().getFileName()), s.joinLeft(), s.joinRight(), s.line(),
                        s.decimal()));
                continue;
            }
            Path real;
            try {
                real = s.file().toRealPath();
            } catch (NoSuchFileException e) {
                throw new UserError(UserError.Kind.SPEC, where, "source file \"" + s.file() + "\" not found",
                        "paths in a spec are relative to the spec's folder");
            } catch (IOException e) {
                throw new UserError(UserError.Kind.SPEC, where, "source file \"" + s.file() + "\" cannot be opened", null);
            }
            if (Files.isDirectory(real) && !sets) {
                throw new UserError(UserError.Kind.SPEC, where, "source \"" + s.file() + "\" is a folder", "name a CSV or Parquet file");
            }
            if (allowed.stream().noneMatch(a -> a != null && real.startsWith(a))) {
                throw new UserError(UserError.Kind.SPEC, where, "source \"" + s.file() + "\" is outside the spec's folder"
                        + (real.equals(s.file()) ? "" : " (it leads to " + real + ")"),
                        "allow its folder with --data-root " + real.getParent() + " or " + ENV);
            }
            out.add(new SourceSpec(s.name(), real, s.joinLeft(), s.joinRight(), s.line(), s.decimal()));
        }
        return spec.withSources(out);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;  // a folder that does not exist allows nothing
        }
    }
}
