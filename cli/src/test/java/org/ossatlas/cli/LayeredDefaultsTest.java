package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class LayeredDefaultsTest {

  private static OptionSpec option(String name) {
    return new CommandLine(new OssAtlasCommand(Map.of())).getCommandSpec().findOption(name);
  }

  @Test
  void environmentBeatsPropertiesFileWhichBeatsTheDefault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("atlas.properties");
    Files.writeString(file, "data = /srv/atlas/data\nout=/srv/atlas/site\n");
    Map<String, String> env =
        Map.of("OSSATLAS_CONFIG", file.toString(), "OSSATLAS_OUT", "/tmp/from-env");
    LayeredDefaults defaults = new LayeredDefaults(env);

    assertThat(defaults.defaultValue(option("--data"))).isEqualTo("/srv/atlas/data");
    assertThat(defaults.defaultValue(option("--out"))).isEqualTo("/tmp/from-env");
    assertThat(defaults.defaultValue(option("--sheets"))).isEqualTo("curated-sheets");
  }

  @Test
  void aFlagBeatsTheEnvironment(@TempDir Path dir) {
    CommandLine cli = new CommandLine(new OssAtlasCommand(Map.of()));
    cli.setDefaultValueProvider(new LayeredDefaults(Map.of("OSSATLAS_DATA", "/from/env")));

    cli.parseArgs("--data", dir.toString(), "config");
    OssAtlasCommand root = cli.getCommand();
    assertThat(root.workspace().data()).isEqualTo(dir);

    CommandLine other = new CommandLine(new OssAtlasCommand(Map.of()));
    other.setDefaultValueProvider(new LayeredDefaults(Map.of("OSSATLAS_DATA", "/from/env")));
    other.parseArgs("config");
    OssAtlasCommand fromEnv = other.getCommand();
    assertThat(fromEnv.workspace().data()).isEqualTo(Path.of("/from/env"));
  }

  @Test
  void environmentNamesFollowTheOptionName() {
    assertThat(LayeredDefaults.environmentName("max-requests")).isEqualTo("OSSATLAS_MAX_REQUESTS");
  }
}
