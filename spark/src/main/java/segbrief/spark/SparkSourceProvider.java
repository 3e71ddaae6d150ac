package segbrief.spark;

import segbrief.source.Source;
import segbrief.source.SourceProvider;
import segbrief.source.Sources;

/** Makes {@code --engine spark} find this module (listed in META-INF/services). */
public final class SparkSourceProvider implements SourceProvider {
    @Override
    public String name() { return "spark"; }

    @Override
    public Source open(Sources.Options options) {
        return SparkSource.open(options);
    }
}
