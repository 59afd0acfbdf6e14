package org.ossatlas.harvester.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

class RawStoreTest {
  @TempDir Path root;

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private static RawRecord record(int i) {
    return new RawRecord(
        "github",
        "commits",
        "https://api.github.com/repos/o/r/commits?page=" + i,
        200,
        Map.of("etag", "\"e" + i + "\""),
        T0,
        "[{\"sha\":\"" + i + "\",\"text\":\"ünïcødé \\\"quoted\\\"\\n\"}]");
  }

  private static List<RawRecord> readAll(RawStore store, String project) {
    List<RawRecord> records = new ArrayList<>();
    store.files(project).forEach(f -> RawFiles.read(f, records::add));
    return records;
  }

  @Test
  void recordsComeBackVerbatimAndInOrder() {
    RawStore store = new RawStore(root);
    RawLog log = store.open("kafka");
    log.append(record(1));
    log.append(List.of(record(2), record(3)));

    assertThat(readAll(store, "kafka")).containsExactly(record(1), record(2), record(3));
    assertThat(store.projects()).containsExactly("kafka");
    assertThat(log.lastRecord()).contains(record(3));
    assertThat(store.open("kafka").lastRecord()).contains(record(3));
  }

  @Test
  void openReadsTheNewestFileOnceAndKnowsItsLastRecordFromThen() throws IOException {
    RawStore store = new RawStore(root);
    store.open("kafka").append(List.of(record(1), record(2)));
    RawLog log = store.open("kafka");
    Path file = store.files("kafka").get(0);
    byte[] bytes = Files.readAllBytes(file);
    // Whatever happens to the file now, the log does not read it again for its last record.
    Files.write(file, new byte[] {1, 2, 3});
    assertThat(log.lastRecord()).contains(record(2));
    Files.write(file, bytes);

    log.append(record(3));
    assertThat(log.lastRecord()).contains(record(3));
    assertThat(store.open("kafka").lastRecord()).contains(record(3));
  }

  @Test
  void aLogWhoseOnlyFileWasATornFirstAppendStartsEmpty() throws IOException {
    RawStore store = new RawStore(root);
    store.open("kafka").append(record(1));
    Path file = store.files("kafka").get(0);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

    RawLog log = store.open("kafka");

    assertThat(log.lastRecord()).isEmpty();
    assertThat(store.files("kafka")).isEmpty();
    assertThat(store.repairs()).singleElement().asString().contains("torn tail");
  }

  @Test
  void aFullFileIsSealedAndTheNextOneStartsOnTheDayOfTheAppend() throws IOException {
    MutableClock clock = new MutableClock(T0);
    RawStore store = new RawStore(root, 200, clock);
    RawLog log = store.open("spark");
    log.append(record(1)); // over 200 bytes compressed: sealed before the next append
    clock.now = Instant.parse("2026-11-22T01:00:00Z");
    log.append(record(2));
    log.append(record(3));

    List<Path> files = store.files("spark");
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .containsExactly(
            "2026-11-20-0001.jsonl.gz", "2026-11-22-0001.jsonl.gz", "2026-11-22-0002.jsonl.gz");
    assertThat(writable(files.get(0))).isFalse();
    assertThat(writable(files.get(1))).isFalse();
    assertThat(writable(files.get(2))).isTrue();
    assertThat(readAll(store, "spark")).containsExactly(record(1), record(2), record(3));
  }

  /** By permission bits: root may write to read-only files anyway. */
  private static boolean writable(Path file) throws IOException {
    return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aClockThatStepsBackDoesNotReorderFiles() {
    MutableClock clock = new MutableClock(T0);
    RawStore store = new RawStore(root, 1, clock);
    RawLog log = store.open("dbt");
    log.append(record(1));
    clock.now = T0.minusSeconds(3 * 86400);
    log.append(record(2));

    assertThat(store.files("dbt"))
        .extracting(f -> f.getFileName().toString())
        .containsExactly("2026-11-20-0001.jsonl.gz", "2026-11-20-0002.jsonl.gz");
  }

  @Test
  void everyPossibleTearIsRepairedWithoutLosingAnEarlierAppend() throws IOException {
    RawStore store = new RawStore(root);
    RawLog log = store.open("duckdb");
    log.append(record(1));
    log.append(List.of(record(2), record(3)));
    Path file = store.files("duckdb").get(0);
    long intact = Files.size(file);
    log.append(record(4));
    byte[] whole = Files.readAllBytes(file);

    for (int cut = (int) intact; cut < whole.length; cut++) {
      Files.write(file, Arrays.copyOf(whole, cut));
      // A reader may see the torn append's lines when only its gzip trailer is missing.
      List<RawRecord> beforeRepair = new ArrayList<>();
      RawFiles.ReadResult read = RawFiles.read(file, beforeRepair::add);
      assertThat(read.tornTail()).as("cut at %d", cut).isEqualTo(cut > intact);
      assertThat(beforeRepair.subList(0, 3)).containsExactly(record(1), record(2), record(3));
      assertThat(beforeRepair.size()).isLessThanOrEqualTo(4);

      RawStore reopened = new RawStore(root);
      RawLog repaired = reopened.open("duckdb");
      assertThat(Files.size(file)).as("cut at %d", cut).isEqualTo(intact);
      assertThat(repaired.lastRecord()).contains(record(3));
      assertThat(reopened.repairs()).hasSize(cut == intact ? 0 : 1);
      repaired.append(record(4));
      assertThat(readAll(reopened, "duckdb"))
          .containsExactly(record(1), record(2), record(3), record(4));
    }
  }

  /** The offsets at which the members of a file start, found by appending one at a time. */
  private static List<Integer> appendRecords(RawLog log, Path[] file, RawStore store, int n)
      throws IOException {
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      starts.add(store.files(log.project()).isEmpty() ? 0 : (int) Files.size(file[0]));
      log.append(record(i));
      file[0] = store.files(log.project()).get(0);
    }
    return starts;
  }

  @Test
  void aFlippedBitInAMiddleMemberIsInvalidDataAndNothingIsCut() throws IOException {
    RawStore store = new RawStore(root);
    RawLog log = store.open("pandas");
    Path[] file = {null};
    List<Integer> starts = appendRecords(log, file, store, 5);
    byte[] whole = Files.readAllBytes(file[0]);

    // a header byte, a deflate byte, a CRC byte and a size byte of member 3
    int third = starts.get(2);
    int fourth = starts.get(3);
    for (int at : new int[] {third, third + 12, fourth - 8, fourth - 2}) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x10;
      Files.write(file[0], damaged);

      RawStore reopened = new RawStore(root);
      assertThatThrownBy(() -> reopened.open("pandas"))
          .as("flip at %d", at)
          .isInstanceOfSatisfying(
              AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERR))
          .hasMessageContaining(file[0].toString())
          .hasMessageContaining("member 3 at byte " + third);
      assertThat(Files.readAllBytes(file[0])).as("flip at %d", at).isEqualTo(damaged);
      assertThat(reopened.repairs()).isEmpty();
    }
  }

  @Test
  void aShortMemberFollowedByACompleteOneIsNotCut() throws IOException {
    RawStore store = new RawStore(root);
    RawLog log = store.open("numpy");
    Path[] file = {null};
    List<Integer> starts = appendRecords(log, file, store, 3);
    byte[] whole = Files.readAllBytes(file[0]);
    // member 2 loses its trailer, member 3 stays complete behind it
    byte[] damaged = new byte[whole.length - 8];
    System.arraycopy(whole, 0, damaged, 0, starts.get(2) - 8);
    System.arraycopy(
        whole, starts.get(2), damaged, starts.get(2) - 8, whole.length - starts.get(2));
    Files.write(file[0], damaged);

    assertThatThrownBy(() -> new RawStore(root).open("numpy"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("member 2 at byte " + starts.get(1));
    assertThat(Files.readAllBytes(file[0])).isEqualTo(damaged);
  }

  @Test
  void aFileTornInItsFirstAppendIsRemoved() throws IOException {
    RawStore store = new RawStore(root);
    store.open("polars").append(record(1));
    Path file = store.files("polars").get(0);
    Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 15));

    RawStore reopened = new RawStore(root);
    RawLog log = reopened.open("polars");
    assertThat(reopened.files("polars")).isEmpty();
    assertThat(log.lastRecord()).isEmpty();
    log.append(record(2));
    assertThat(readAll(reopened, "polars")).containsExactly(record(2));
  }

  @Test
  void damageInsideAFileIsInvalidDataNamingTheFile() throws IOException {
    RawStore store = new RawStore(root);
    RawLog log = store.open("airflow");
    log.append(record(1));
    log.append(record(2));
    Path file = store.files("airflow").get(0);
    byte[] bytes = Files.readAllBytes(file);
    bytes[20] ^= 0x55; // inside the first member's deflate data
    Files.write(file, bytes);

    assertThatThrownBy(() -> RawFiles.read(file, r -> {}))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERR))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("after record 0");
  }

  @Test
  void aMalformedMemberAfterAGoodOneIsInvalidDataNotTheEndOfTheFile() throws IOException {
    RawStore store = new RawStore(root);
    RawLog log = store.open("flink");
    Path[] file = {null};
    List<Integer> starts = appendRecords(log, file, store, 3);
    byte[] whole = Files.readAllBytes(file[0]);

    byte[] badHeader = whole.clone();
    badHeader[starts.get(1)] = 0x00; // member 2 no longer starts with the gzip magic
    Files.write(file[0], badHeader);
    assertThatThrownBy(() -> RawFiles.read(file[0], r -> {}))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERR))
        .hasMessageContaining(file[0].toString())
        .hasMessageContaining("member 2 at byte " + starts.get(1))
        .hasMessageContaining("after record 1");

    byte[] garbageAfter = Arrays.copyOf(whole, whole.length + 30);
    Files.write(file[0], garbageAfter); // 30 zero bytes after the last member
    assertThatThrownBy(() -> RawFiles.read(file[0], r -> {}))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("member 4 at byte " + whole.length)
        .hasMessageContaining("after record 3");
  }

  @Test
  void aTornTailIsToleratedOnlyInTheNewestFile() throws IOException {
    RawStore store = new RawStore(root, 200, Clock.fixed(T0, ZoneOffset.UTC));
    RawLog log = store.open("beam");
    log.append(record(1));
    log.append(record(2)); // the first file was full: sealed, this starts the second
    log.append(record(3));
    List<Path> files = store.files("beam");
    assertThat(files).hasSize(3);

    Path sealed = files.get(0);
    byte[] bytes = Files.readAllBytes(sealed);
    sealed.toFile().setWritable(true);
    Files.write(sealed, Arrays.copyOf(bytes, bytes.length - 3)); // trailer cut
    assertThatThrownBy(() -> RawFiles.read(sealed, r -> {}))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERR))
        .hasMessageContaining(sealed.toString())
        .hasMessageContaining("not the project's newest file");

    Path newest = files.get(2);
    byte[] last = Files.readAllBytes(newest);
    Files.write(newest, Arrays.copyOf(last, last.length - 3));
    assertThat(RawFiles.read(newest, r -> {}).tornTail()).isTrue();
  }

  @Test
  void aNewFileAndTheFoldersMadeForItAreMadeDurable() {
    Path raw = root.resolve("raw");
    List<Path> synced = new ArrayList<>();
    java.util.function.Consumer<Path> recordingSync =
        dir -> {
          synced.add(dir);
          org.ossatlas.common.AtomicFiles.fsyncDirectory(dir);
        };
    RawStore store = new RawStore(raw, 200, Clock.fixed(T0, ZoneOffset.UTC), recordingSync);
    RawLog log = store.open("hudi");
    log.append(record(1)); // makes raw/, raw/hudi/ and the first file
    assertThat(synced).containsExactly(raw.resolve("hudi"), raw, root);

    synced.clear();
    log.append(record(2)); // the first file is full: a second file in the same folder
    assertThat(synced).containsExactly(raw.resolve("hudi"));

    synced.clear();
    RawStore roomier =
        new RawStore(
            raw, RawStore.DEFAULT_SEAL_BYTES, Clock.fixed(T0, ZoneOffset.UTC), recordingSync);
    roomier.open("hudi").append(record(3)); // appended to the second file: no new entry
    assertThat(synced).isEmpty();
    assertThat(readAll(store, "hudi")).containsExactly(record(1), record(2), record(3));
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
