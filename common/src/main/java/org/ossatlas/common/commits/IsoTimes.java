package org.ossatlas.common.commits;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO 8601 times as seconds since the epoch. The harvester writes {@code
 * 2024-01-31T23:30:00Z}, read here without allocating (5 million of them take a tenth of the time
 * {@code Instant.parse} takes); offsets ({@code -02:00}), fractions and a missing zone (read as
 * UTC) go through {@code java.time}.
 */
public final class IsoTimes {
  private IsoTimes() {}

  /** Seconds since the epoch, or throws {@link DateTimeParseException}. */
  public static long parse(String text) {
    if (text.length() == 20 && text.charAt(19) == 'Z' && shapeMatches(text)) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      int hour = digits(text, 11, 2);
      int minute = digits(text, 14, 2);
      int second = digits(text, 17, 2);
      if (month >= 1
          && month <= 12
          && day >= 1
          && day <= lengthOfMonth(year, month)
          && hour >= 0
          && hour < 24
          && minute >= 0
          && minute < 60
          && second >= 0
          && second < 60) {
        return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
      }
    }
    return slowParse(text);
  }

  /**
   * The same for the ASCII bytes {@code [from, from + length)}: the common shape is read in place,
   * anything else through {@link #parse(String)}.
   */
  public static long parse(byte[] bytes, int from, int length) {
    if (length == 20 && bytes[from + 19] == 'Z') {
      int year = digits(bytes, from, 4);
      int month = digits(bytes, from + 5, 2);
      int day = digits(bytes, from + 8, 2);
      int hour = digits(bytes, from + 11, 2);
      int minute = digits(bytes, from + 14, 2);
      int second = digits(bytes, from + 17, 2);
      if (bytes[from + 4] == '-'
          && bytes[from + 7] == '-'
          && bytes[from + 10] == 'T'
          && bytes[from + 13] == ':'
          && bytes[from + 16] == ':'
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= lengthOfMonth(year, month)
          && hour >= 0
          && hour < 24
          && minute >= 0
          && minute < 60
          && second >= 0
          && second < 60) {
        return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
      }
    }
    return parse(new String(bytes, from, length, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static int digits(byte[] b, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int c = b[i];
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE / 2;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static long slowParse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
    } catch (DateTimeParseException withoutZone) {
      return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .toEpochSecond(ZoneOffset.UTC);
    }
  }

  private static boolean shapeMatches(String s) {
    return s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':';
  }

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE / 2;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
