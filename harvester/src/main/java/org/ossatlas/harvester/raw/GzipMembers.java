package org.ossatlas.harvester.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds the complete gzip members of a file. A raw file is a sequence of gzip members, one per
 * append, so a kill can only tear the last one; this scan tells where the intact prefix ends.
 * Written by hand because {@link java.util.zip.GZIPInputStream} reads ahead past member boundaries
 * and cannot report them.
 */
final class GzipMembers {
  private static final int HEADER = 10;
  private static final int TRAILER = 8;
  private static final int FLAGS_WE_ACCEPT = 0; // members written by GZIPOutputStream: no extras

  /** Where the intact prefix of a file ends, and the content of its last intact member. */
  record Scan(byte[] lastMember, long intactBytes, long fileBytes) {
    boolean torn() {
      return intactBytes < fileBytes;
    }
  }

  private GzipMembers() {}

  static Scan scan(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[][] last = {null};
    int offset = 0;
    while (offset < bytes.length) {
      int end = memberEnd(bytes, offset, last);
      if (end < 0) {
        break;
      }
      offset = end;
    }
    return new Scan(last[0], offset, bytes.length);
  }

  /** The offset after the member at {@code start}, or -1 when it is torn or not gzip. */
  private static int memberEnd(byte[] bytes, int start, byte[][] last) {
    if (bytes.length - start < HEADER + TRAILER
        || (bytes[start] & 0xff) != 0x1f
        || (bytes[start + 1] & 0xff) != 0x8b
        || bytes[start + 2] != 8
        || bytes[start + 3] != FLAGS_WE_ACCEPT) {
      return -1;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(bytes, start + HEADER, bytes.length - start - HEADER);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return -1;
        }
        out.write(buffer, 0, n);
      }
      int trailerAt = bytes.length - inflater.getRemaining();
      if (bytes.length - trailerAt < TRAILER) {
        return -1;
      }
      byte[] content = out.toByteArray();
      ByteBuffer trailer =
          ByteBuffer.wrap(bytes, trailerAt, TRAILER).order(ByteOrder.LITTLE_ENDIAN);
      CRC32 crc = new CRC32();
      crc.update(content);
      if ((int) crc.getValue() != trailer.getInt() || content.length != trailer.getInt()) {
        return -1;
      }
      last[0] = content;
      return trailerAt + TRAILER;
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }
}
