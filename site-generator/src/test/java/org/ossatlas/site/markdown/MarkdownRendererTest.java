package org.ossatlas.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer(2);

  @Test
  void rawHtmlIsEscapedNotExecuted() {
    String html =
        markdown.toHtml(
            "Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>\n\n<div onclick=\"x()\">block</div>");
    assertThat(html).doesNotContain("<script", "<img", "<div");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;div onclick=");
  }

  @Test
  void scriptLinksLoseTheirTarget() {
    String html =
        markdown.toHtml(
            "[click](javascript:alert(1)) [tab](java\tscript:alert(1)) <javascript:alert(3)>"
                + " [data](data:text/html;base64,PHNjcmlwdD4=) [ref][r]\n\n[r]: JavaScript:alert(4)");
    // Links keep their text but lose the target; what is not a link stays plain text.
    assertThat(html).contains("click", "<a>data</a>", "<a>ref</a>");
    assertThat(org.jsoup.Jsoup.parse(html).select("[href], [src]")).isEmpty();
  }

  @Test
  void safeLinksStayAndExternalOnesAreMarked() {
    String html =
        markdown.toHtml(
            "[docs](https://example.org/docs) [mail](mailto:team@example.org)"
                + " [local](../other/) and https://auto.example.org/x");
    assertThat(html)
        .contains("<a href=\"https://example.org/docs\" rel=\"nofollow noopener\">docs</a>")
        .contains("<a href=\"mailto:team@example.org\">mail</a>")
        .contains("<a href=\"../other/\">local</a>")
        .contains("<a href=\"https://auto.example.org/x\" rel=\"nofollow noopener\">");
  }

  @Test
  void imagesBecomeLinksAndHeadingsMoveDown() {
    String html =
        markdown.toHtml(
            "# Title\n\n![a chart](https://example.org/c.png)\n\n![x](javascript:alert(1))");
    assertThat(html)
        .contains("<h3>Title</h3>")
        .contains("<a href=\"https://example.org/c.png\" rel=\"nofollow noopener\">a chart</a>")
        .doesNotContain("<img", "javascript:");
  }

  @Test
  void tablesAndSummaries() {
    assertThat(markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |"))
        .contains("<table>", "<td>1</td>");
    assertThat(markdown.summary("A **bold** [link](https://x.org) <b>tag</b>.\n\nSecond.", 160))
        .isEqualTo("A bold link tag. Second.");
    assertThat(markdown.summary("word ".repeat(60), 40)).endsWith("…").hasSizeLessThanOrEqualTo(40);
  }
}
