package org.ossatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ossatlas --version}: the pom's version, which the build writes into {@code
 * build.properties} (resource filtering), so that no one types it by hand.
 */
final class BuildVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"ossatlas " + version()};
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return "unknown (built without build.properties)";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read build.properties", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
