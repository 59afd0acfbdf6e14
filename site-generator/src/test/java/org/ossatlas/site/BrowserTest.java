package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ossatlas.common.Workspace;
import org.ossatlas.site.serve.SiteServer;

/**
 * The built site in a real browser (Debian's chromium through its chromedriver), served by the
 * preview server with the site's Content-Security-Policy: search finds a project, a table sorts on
 * a header click and from the keyboard, charts load, and no page logs a console error.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static SiteServer server;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromium-driver are not installed");
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());
    server = SiteServer.start(ws.out(), 0);
    base = server.uri().toString();
    driver = chrome(dir.resolve("chrome-profile"));
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

  static WebDriver chrome(Path profile) {
    // Both paths given: Selenium Manager never looks for (or downloads) a driver or a browser.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Opens a page and waits until the script has enhanced it (or there is nothing to enhance). */
  private static void open(String path) {
    driver.get(base + path);
    waiting()
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript("return document.readyState")
                    .equals("complete"));
  }

  private static List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return errors;
  }

  private static void screenshot(String name) throws Exception {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchFromTheHeaderFindsAProject() throws Exception {
    open("");
    WebElement input = driver.findElement(By.id("site-search-input"));
    input.sendKeys("dags");
    WebElement popup = driver.findElement(By.cssSelector(".search-popup"));
    waiting().until(ExpectedConditions.visibilityOf(popup));
    waiting().until(d -> !popup.findElements(By.cssSelector("a")).isEmpty());
    List<WebElement> results = popup.findElements(By.cssSelector(".search-list a"));
    assertThat(results.get(0).getText()).startsWith("Dagster");
    screenshot("search-popup");
    results.get(0).click();
    waiting().until(ExpectedConditions.urlToBe(base + "projects/dagster/"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Dagster");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void searchPageShowsResultsForTheQuery() {
    open("search/?q=torch");
    WebElement results = driver.findElement(By.cssSelector(".search-page-results"));
    waiting().until(ExpectedConditions.visibilityOf(results));
    assertThat(results.findElement(By.tagName("h2")).getText()).isEqualTo("1 result for “torch”");
    assertThat(results.findElement(By.cssSelector(".search-list a")).getDomProperty("href"))
        .isEqualTo(base + "projects/pytorch/");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void tableSortsOnHeaderClickAndFromTheKeyboard() throws Exception {
    open("categories/data/");
    By names = By.cssSelector("#projects tbody th");
    assertThat(texts(names)).containsExactly("Apache Airflow", "Dagster", "Luigi");

    WebElement change =
        driver.findElement(
            By.xpath("//table[@id='projects']//th[.//button[normalize-space()='Change']]"));
    change.findElement(By.tagName("button")).click();
    assertThat(change.getDomAttribute("aria-sort")).isEqualTo("descending");
    assertThat(texts(names)).containsExactly("Apache Airflow", "Luigi", "Dagster");

    change.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
    assertThat(change.getDomAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(texts(names)).containsExactly("Dagster", "Luigi", "Apache Airflow");
    screenshot("category-sorted");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void everyPageLoadsItsChartsWithoutConsoleErrors() throws Exception {
    for (String page :
        List.of(
            "",
            "categories/",
            "categories/orchestration/",
            "projects/",
            "projects/airflow/",
            "projects/luigi/",
            "backers/",
            "backers/apache/",
            "about/",
            "search/")) {
      open(page);
      for (WebElement img : driver.findElements(By.cssSelector("img"))) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", img);
        waiting()
            .until(
                d ->
                    (Boolean)
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return arguments[0].complete && arguments[0].naturalWidth > 0",
                                img));
      }
      // Charts are inline SVG: each one laid out with a size, styled by the site's stylesheet.
      for (WebElement svg : driver.findElements(By.cssSelector("svg.atlas-chart"))) {
        assertThat(svg.getSize().getWidth()).as(page).isPositive();
        assertThat(svg.getDomAttribute("role")).isEqualTo("img");
      }
      assertThat(consoleErrors()).as(page).isEmpty();
      screenshot(page.isEmpty() ? "index" : page.replace('/', '_'));
    }
  }

  @Test
  void missingPageGetsTheNotFoundPageWithItsStyles() throws Exception {
    open("projects/no-such-project/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    Object color =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
    assertThat(color).isEqualTo("solid");
    driver.manage().logs().get(LogType.BROWSER); // the 404 itself is logged; nothing else is
  }

  private static List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }
}
