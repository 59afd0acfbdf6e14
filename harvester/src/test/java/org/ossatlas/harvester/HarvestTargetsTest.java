package org.ossatlas.harvester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

class HarvestTargetsTest {
  @TempDir Path dir;

  Path sheet(String text) throws IOException {
    Path file = dir.resolve("projects.csv");
    Files.writeString(file, text);
    return file;
  }

  AtlasException rejected(String text) throws IOException {
    Path file = sheet(text);
    AtlasException e = catchThrowableOfType(AtlasException.class, () -> HarvestTargets.read(file));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERR);
    return e;
  }

  @Test
  void readsIdsRepositoriesAndSourcesPassingOverABomSpacesAndBlankRows() throws IOException {
    List<HarvestTarget> targets =
        HarvestTargets.read(
            sheet(
                "\uFEFFid,repo,source\n"
                    + "a , https://github.com/o/a ,\n"
                    + "\n"
                    + "b-2,https://example.org/b.git, Git\n"
                    + ",https://github.com/o/none,\n"));
    assertThat(targets)
        .containsExactly(
            new HarvestTarget("a", "https://github.com/o/a", "auto"),
            new HarvestTarget("b-2", "https://example.org/b.git", "git"));
  }

  @Test
  void anIdThatIsNotASlugIsRejectedWithItsLine() throws IOException {
    AtlasException e =
        rejected("id,repo\nok,https://github.com/o/ok\n\n../x,https://github.com/o/x\n");
    assertThat(e.getMessage()).contains("projects.csv:4: id: `../x` is not a slug");
    assertThat(rejected("id,repo\nUpper,https://github.com/o/u\n").getMessage())
        .contains("projects.csv:2: id:");
    assertThat(rejected("id,repo\n-x,https://github.com/o/u\n").getMessage())
        .contains("projects.csv:2: id:");
  }

  @Test
  void aDuplicateIdNamesTheFirstLine() throws IOException {
    AtlasException e =
        rejected(
            "id,repo\n"
                + "a,https://github.com/o/a\n"
                + "b,\"https://github.com/o/b\"\n"
                + "a,https://github.com/o/other\n");
    assertThat(e.getMessage()).contains("projects.csv:4: id: `a` is a duplicate of line 2");
  }

  @Test
  void anUnknownSourceIsRejectedWithItsLine() throws IOException {
    AtlasException e =
        rejected("id,repo,source\na,https://github.com/o/a,github\nb,https://x.org/b.git,svn\n");
    assertThat(e.getMessage()).contains("projects.csv:3: source: `svn`");
  }
}
