package org.ossatlas.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over a folder's files (sorted relative paths and contents), the check marker left out:
 * it tells whether the site about to be deployed is byte for byte the one that passed its checks.
 */
public final class SiteDigest {
  private SiteDigest() {}

  public static String of(Path root) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + root, e);
    }
    // Files are hashed on every core; the combined digest takes them in sorted order.
    List<byte[]> hashes = files.parallelStream().map(SiteDigest::hash).toList();
    MessageDigest all = sha256();
    for (int i = 0; i < files.size(); i++) {
      String rel = root.relativize(files.get(i)).toString().replace('\\', '/');
      if (rel.equals(CheckMarker.FILE)) {
        continue;
      }
      all.update(rel.getBytes(StandardCharsets.UTF_8));
      all.update((byte) 0);
      all.update(hashes.get(i));
    }
    return "sha256:" + HexFormat.of().formatHex(all.digest());
  }

  private static byte[] hash(Path file) {
    try {
      return sha256().digest(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
