package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.site.serve.SiteServer;

/**
 * An atlas of 250 projects in Chromium: the list of all projects comes in pages of 100 that work
 * without the script, and with it sorts, filters and pages over {@code projects/index.json}; the
 * search loads only the pieces of its index that a query needs.
 */
class ProjectListBrowserTest {
  static final int PROJECTS = 250;

  @TempDir static Path dir;
  static SiteServer server;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "chromium and chromium-driver are not installed");
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(bigAtlas(), ws, SiteOptions.defaults());
    server = SiteServer.start(ws.out(), 0);
    base = server.uri().toString();
    driver = BrowserTest.chrome(dir.resolve("chrome-profile"));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * Projects {@code Project 000} to {@code Project 249}: even numbers in "Even", odd in "Odd" (both
   * under "All"); project {@code i} made {@code i * 7 % 250} commits in the last 12 months.
   */
  static GraphConnection bigAtlas() {
    GraphConnection graph = SharedTestGraph.emptied();
    graph.write(
        tx ->
            tx.run(
                    """
                    CREATE (all:Category {id: 'all', name: 'All', depth: 0, description: 'All.'})
                    CREATE (even:Category {id: 'even', name: 'Even', parent: 'all', depth: 1})
                    CREATE (odd:Category {id: 'odd', name: 'Odd', parent: 'all', depth: 1})
                    CREATE (even)-[:SUBCATEGORY_OF]->(all)
                    CREATE (odd)-[:SUBCATEGORY_OF]->(all)
                    WITH even, odd
                    UNWIND range(0, $n - 1) AS i
                    WITH even, odd, i, CASE WHEN i % 2 = 0 THEN even ELSE odd END AS c
                    CREATE (p:Project {id: 'p' + right('00' + toString(i), 3),
                                       name: 'Project ' + right('00' + toString(i), 3),
                                       repo: 'https://github.com/example/p' + toString(i),
                                       primary_category: c.id,
                                       description: 'Tool number ' + toString(i) + ' for widgets.',
                                       commits_12m: (i * 7) % $n, authors_12m: i % 10,
                                       metrics_as_of: '2026-10'})
                    CREATE (p)-[:IN_CATEGORY {primary: true, position: 0}]->(c)
                    """,
                    Map.of("n", PROJECTS))
                .consume());
    return graph;
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  private static void open(String path) {
    driver.get(base + path);
    waiting()
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript("return document.readyState")
                    .equals("complete"));
  }

  private static List<String> names() {
    return texts("#projects tbody th");
  }

  /**
   * The cells' texts in one script call: the list re-renders while a test waits on it, and element
   * handles read one by one go stale in between.
   */
  @SuppressWarnings("unchecked")
  private static List<String> texts(String css) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]),"
                    + " e => e.textContent.trim())",
                css);
  }

  private static String status() {
    return driver.findElement(By.cssSelector("[data-list-status]")).getText();
  }

  @Test
  void theListComesInPagesThatWorkWithoutTheScript() {
    open("projects/page/3/");
    List<String> names = names();
    assertThat(names).hasSize(50).startsWith("Project 200").endsWith("Project 249");
    assertThat(driver.findElements(By.cssSelector("nav.pager a[rel=prev]"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("nav.pager [aria-current=page]")).getText())
        .isEqualTo("3");
  }

  @Test
  void theScriptFiltersSortsAndPagesEveryProject() {
    open("projects/");
    assertThat(names()).hasSize(100).startsWith("Project 000");

    // Filter by name across all pages.
    WebElement name = driver.findElement(By.id("list-name"));
    name.sendKeys("project 24");
    waiting().until(d -> names().size() == 13);
    assertThat(names())
        .startsWith("Project 024", "Project 124", "Project 224", "Project 240")
        .endsWith("Project 249");
    assertThat(status()).startsWith("Projects 1–13 of 13 matching");
    name.clear();
    name.sendKeys(" ");

    // Filter by category: the subcategory's projects only.
    new Select(driver.findElement(By.id("list-category"))).selectByValue("odd");
    waiting().until(d -> status().contains("of 125 matching"));
    assertThat(names()).hasSize(100).allMatch(n -> Integer.parseInt(n.substring(8)) % 2 == 1);

    // Sort by commits, biggest first, over every odd project, then page on.
    WebElement commits =
        driver.findElement(By.xpath("//table[@id='projects']//th[@data-key='commits']"));
    commits.findElement(By.tagName("button")).click();
    waiting().until(d -> "descending".equals(commits.getDomAttribute("aria-sort")));
    List<Long> values =
        texts("#projects tbody tr td:nth-of-type(2)").stream()
            .map(text -> Long.parseLong(text.replace(",", "")))
            .toList();
    assertThat(values).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(values.get(0)).isEqualTo(249L);
    driver.findElement(By.xpath("//nav[contains(@class,'pager')]//button[.='Next']")).click();
    waiting().until(d -> status().startsWith("Projects 101–125 of 125"));
    assertThat(names()).hasSize(25);
    assertThat(driver.getCurrentUrl()).contains("category=odd", "sort=commits", "page=2");
  }

  @Test
  void aCategoryPageLinksToTheListFilteredByItsCategory() {
    open("categories/all/");
    // 250 projects: the page shows the 100 most active and links to all of them.
    assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).hasSize(100);
    driver.findElement(By.linkText("all 250 in the list of projects")).click();
    waiting().until(d -> status().contains("of 250"));
    assertThat(
            new Select(driver.findElement(By.id("list-category")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("All");
  }

  @Test
  void aSearchLoadsOnlyThePiecesOfTheIndexItNeeds() {
    open("");
    WebElement input = driver.findElement(By.id("site-search-input"));
    input.sendKeys("project 137");
    WebElement popup = driver.findElement(By.cssSelector(".search-popup"));
    waiting().until(ExpectedConditions.visibilityOf(popup));
    waiting().until(d -> !popup.findElements(By.cssSelector(".search-list a")).isEmpty());
    assertThat(popup.findElement(By.cssSelector(".search-list a")).getText())
        .startsWith("Project 137");

    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.includes('/search/'))");
    // Two word files (p, 1), and only the entry files of the results shown.
    assertThat(fetched).anyMatch(u -> u.endsWith("/search/words/p.json"));
    assertThat(fetched).anyMatch(u -> u.endsWith("/search/words/1.json"));
    long entryFiles = fetched.stream().filter(u -> u.contains("/search/entries/")).count();
    long allEntryFiles = (PROJECTS + 3 + 63) / 64;
    assertThat(entryFiles).isPositive().isLessThan(allEntryFiles);
  }
}
