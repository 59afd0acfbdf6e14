package org.ossatlas.harvester;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.ossatlas.common.AtlasException;

/**
 * {@code --shard i/n}: this run harvests only the projects whose id hashes to shard {@code i} of
 * {@code n} (1-based). The hash is CRC-32 of the id's UTF-8 bytes, so a project stays in its shard
 * across hosts, JVMs and releases as long as {@code n} does not change.
 */
public record Shard(int index, int count) {
  private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw AtlasException.usage(
          "--shard " + index + "/" + count + ": expected i/n with 1 <= i <= n");
    }
  }

  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw AtlasException.usage("--shard " + text + ": expected i/n, for example 2/4");
    }
    try {
      return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw AtlasException.usage("--shard " + text + ": numbers too large");
    }
  }

  public static int of(String project, int count) {
    CRC32 crc = new CRC32();
    crc.update(project.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % count) + 1;
  }

  public boolean owns(String project) {
    return of(project, count) == index;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
