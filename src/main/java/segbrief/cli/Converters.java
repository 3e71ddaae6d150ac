package segbrief.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import segbrief.UserError;
import segbrief.spec.BriefSpec.ClusterSpec;

/** Options read into checked values as the command line is parsed, so a bad one is a usage error before any work. */
final class Converters {
    private Converters() {}

    /** {@code --k}: "auto" or a number of clusters within the limits every k obeys. */
    static final class K implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                Integer k = ClusterSpec.parseK(value);
                return k == null ? "auto" : k.toString();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --smtp}: HOST:PORT, [IPv6]:PORT. */
    static final class Smtp implements ITypeConverter<SendCommand.HostPort> {
        @Override
        public SendCommand.HostPort convert(String value) {
            try {
                return SendCommand.HostPort.parse(value);
            } catch (UserError e) {
                throw new TypeConversionException(e.getMessage() + " (" + e.hint() + ")");
            }
        }
    }
}
