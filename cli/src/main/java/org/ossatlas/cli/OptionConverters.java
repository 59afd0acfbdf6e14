package org.ossatlas.cli;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ossatlas.common.AtlasException;
import org.ossatlas.harvester.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turn option text into values, so that picocli reports a bad value as a usage error (exit 2)
 * naming the option, before the command runs.
 */
final class OptionConverters {
  private OptionConverters() {}

  /** {@code i/n}, for example {@code 2/4}. */
  static final class ShardConverter implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String text) {
      try {
        return Shard.parse(text);
      } catch (AtlasException e) {
        throw new TypeConversionException(e.getMessage().replaceFirst("^--shard \\S+: ", ""));
      }
    }
  }

  /** A byte count with an optional unit: {@code 16MiB}, {@code 512k}, {@code 1048576}. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE =
        Pattern.compile("(\\d{1,12})\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String text) {
      Matcher m = SIZE.matcher(text == null ? "" : text.strip());
      if (!m.matches()) {
        throw new TypeConversionException("expected a size such as 16MiB, 512k or 1048576");
      }
      long n = Long.parseLong(m.group(1));
      if (n <= 0) {
        throw new TypeConversionException("must be positive");
      }
      String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
      long factor =
          switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
          };
      return n * factor;
    }
  }

  /** An absolute {@code http} or {@code https} URL. */
  static final class HttpUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String text) {
      try {
        URI uri = URI.create(text.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return uri;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new TypeConversionException("not an http(s) URL");
    }
  }
}
