package org.ossatlas.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults in layers under the flags: the environment ({@code OSSATLAS_MAX_REQUESTS} for {@code
 * --max-requests}), then a properties file ({@code max-requests=500} in {@code ossatlas.properties}
 * or the file named by {@code OSSATLAS_CONFIG}), then the built-in default. Secrets are never read
 * from here: tokens and passwords come from their own variables.
 */
final class LayeredDefaults implements IDefaultValueProvider {
  private final Map<String, String> env;
  private final Properties file;

  LayeredDefaults(Map<String, String> env) {
    this.env = env;
    this.file = load(Path.of(env.getOrDefault("OSSATLAS_CONFIG", "ossatlas.properties")));
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return arg.defaultValue();
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String fromEnv = env.get(environmentName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    String fromFile = file.getProperty(key);
    return fromFile != null ? fromFile.strip() : option.defaultValue();
  }

  static String environmentName(String key) {
    return "OSSATLAS_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Properties load(Path path) {
    Properties properties = new Properties();
    if (Files.isRegularFile(path)) {
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + path, e);
      }
    }
    return properties;
  }
}
