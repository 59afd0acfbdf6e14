package org.ossatlas.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stylesheet, script and icons listed in {@code templates/assets/manifest.txt}, published under
 * {@code assets/} with a content hash in the name ({@code site.3f2a9c1b0d.css}), so that they can
 * be cached for a year and a change still reaches every reader.
 */
public final class Assets {
  static final String CLASS_PATH_ROOT = "templates/assets/";
  static final String MANIFEST = "manifest.txt";

  /** One published asset: its name in templates, its path in the site, its bytes. */
  public record Asset(String name, String path, byte[] bytes) {}

  private final Map<String, Asset> byName;

  private Assets(Map<String, Asset> byName) {
    this.byName = byName;
  }

  /** Reads the manifest's files; a file in {@code overrideDir} wins over the class path's. */
  public static Assets load(Path overrideDir) {
    Map<String, Asset> assets = new TreeMap<>();
    for (String line :
        new String(read(MANIFEST, overrideDir), StandardCharsets.UTF_8).split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      byte[] bytes = read(name, overrideDir);
      assets.put(name, new Asset(name, "assets/" + hashed(name, bytes), bytes));
    }
    return new Assets(assets);
  }

  /** Template name to site path: {@code site.css} to {@code assets/site.3f2a9c1b0d.css}. */
  public Map<String, String> paths() {
    Map<String, String> paths = new TreeMap<>();
    byName.forEach((name, asset) -> paths.put(name, asset.path()));
    return paths;
  }

  public List<Asset> all() {
    return List.copyOf(byName.values());
  }

  static String hashed(String name, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String hash = HexFormat.of().formatHex(digest).substring(0, 10);
      int dot = name.lastIndexOf('.');
      return dot < 0
          ? name + "." + hash
          : name.substring(0, dot) + "." + hash + name.substring(dot);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] read(String name, Path overrideDir) {
    try {
      if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
        return Files.readAllBytes(overrideDir.resolve(name));
      }
      try (InputStream in =
          Assets.class.getClassLoader().getResourceAsStream(CLASS_PATH_ROOT + name)) {
        if (in == null) {
          throw new IllegalStateException(CLASS_PATH_ROOT + name + " is not on the class path");
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read asset " + name, e);
    }
  }
}
