package org.ossatlas.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Set;

/**
 * Curated Markdown to HTML that is safe to put on a page: CommonMark with tables and autolinks, raw
 * HTML escaped (shown as text), link targets limited by {@link SafeUrls}, external links marked
 * {@code rel="nofollow noopener"}, images shown as links (the site's CSP allows no foreign images)
 * and headings moved below the page's own. Thread-safe; build one per site.
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  /**
   * @param headingShift added to every heading level (2 makes {@code #} an {@code h3})
   */
  public MarkdownRenderer(int headingShift) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.toImmutable();
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return MarkdownRenderer::linkAttributes;
                  }
                })
            .nodeRendererFactory(opts -> new ContentRenderer(headingShift))
            .build();
  }

  /** HTML for {@code markdown}; empty for null or blank input. */
  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return renderer.render(parser.parse(markdown));
  }

  /**
   * The plain text of {@code markdown}, whitespace collapsed, cut at a word boundary to at most
   * {@code max} characters (with an ellipsis): for meta descriptions and the search index.
   */
  public String summary(String markdown, int max) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Document doc = parser.parse(markdown);
    for (Node n : doc.getDescendants()) {
      if (n instanceof Reference) {
        n.unlink();
      }
    }
    String text =
        new TextCollectingVisitor().collectAndGetText(doc).replaceAll("\\s+", " ").strip();
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
  }

  private static void linkAttributes(Node node, AttributablePart part, MutableAttributes attrs) {
    if (part != AttributablePart.LINK) {
      return;
    }
    String href = attrs.getValue("href");
    if (href == null || href.isEmpty()) {
      return;
    }
    if (!SafeUrls.isSafe(href)) {
      attrs.remove("href");
    } else if (SafeUrls.isExternal(href)) {
      attrs.replaceValue("rel", SafeUrls.EXTERNAL_REL);
    }
  }

  /** Headings shifted down; images turned into plain links to the image. */
  private static final class ContentRenderer implements NodeRenderer {
    private final int headingShift;

    ContentRenderer(int headingShift) {
      this.headingShift = headingShift;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Heading.class, this::heading),
          new NodeRenderingHandler<>(Image.class, this::image),
          new NodeRenderingHandler<>(ImageRef.class, this::imageRef));
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
      String tag = "h" + Math.min(6, node.getLevel() + headingShift);
      html.withAttr().tagLine(tag, () -> context.renderChildren(node));
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
      imageAsLink(node.getUrl().unescape(), node.getText().unescape(), html);
    }

    private void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
      Reference ref = node.getReferenceNode(context.getDocument());
      imageAsLink(ref == null ? null : ref.getUrl().unescape(), node.getText().unescape(), html);
    }

    private static void imageAsLink(String url, String alt, HtmlWriter html) {
      String text = alt.isBlank() ? "image" : alt;
      if (url == null || url.isBlank() || !SafeUrls.isSafe(url)) {
        html.text(text);
        return;
      }
      html.attr("href", url);
      if (SafeUrls.isExternal(url)) {
        html.attr("rel", SafeUrls.EXTERNAL_REL);
      }
      html.withAttr().tag("a").text(text).closeTag("a");
    }
  }
}
