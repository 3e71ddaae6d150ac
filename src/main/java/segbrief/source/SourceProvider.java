package segbrief.source;

/**
 * An engine that is not part of the default build (Spark), found at run time with {@link java.util.ServiceLoader}:
 * its module lists its provider in {@code META-INF/services/segbrief.source.SourceProvider}, so that the main build
 * carries no dependency on it.
 */
public interface SourceProvider {
    /** The name {@code --engine} selects it by ("spark"). */
    String name();

    Source open(Sources.Options options);
}
