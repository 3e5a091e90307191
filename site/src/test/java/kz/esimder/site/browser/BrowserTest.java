package kz.esimder.site.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site in a real browser: Debian's headless Chromium driven through Debian's chromedriver (both
 * named explicitly, so Selenium Manager never tries to download anything).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    WebDriver browser;
    WebDriverWait wait;
    Path profile;

    @BeforeAll
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        profile = Files.createTempDirectory("esimder-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1800", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void findAPersonByAVariantSpellingReadTheirPageInKazakhAndFollowTheOrgan() throws Exception {
        browser.get(url("/?lang=ru"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("Жансүгіров");
        box.submit();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("ol.results a")));
        assertThat(hit.getText()).isEqualTo("Джансугуров Ильяс");
        hit.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Джансугуров Ильяс"));
        assertThat(browser.findElement(By.cssSelector(".rehab")).getText()).contains("Реабилитирован");
        screenshot("person-ru");

        browser.findElement(By.cssSelector("nav.lang a[hreflang=kk]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));
        assertThat(browser.findElement(By.cssSelector(".rehab")).getText()).contains("Ақталған");
        assertThat(browser.findElement(By.cssSelector(".timeline h2")).getText()).isEqualTo("Қуғын-сүргін және ақтау");
        screenshot("person-kk");

        WebElement organ = browser.findElements(By.cssSelector(".timeline a.organ-link")).stream()
                .filter(a -> a.getAttribute("href").contains("/page/vocab/organ/supreme-court-ussr")).findFirst().orElseThrow();
        organ.click();
        wait.until(ExpectedConditions.urlContains("/page/vocab/organ/supreme-court-ussr"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertThat(browser.findElement(By.cssSelector("section.people")).getText()).contains("Джансугуров Ильяс");
    }

    @Test
    void statisticsDrawTheirCharts() {
        browser.get(url("/statistics?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-by-year.chart-ready canvas")));
        WebElement canvas = browser.findElement(By.cssSelector("#chart-by-year canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
    }

    @Test
    void theMapDrawsTheBordersOffline() {
        browser.get(url("/map?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.map-ready path.leaflet-interactive")));
        // the borders, and one circle per place or camp with coordinates
        wait.until(d -> d.findElements(By.cssSelector("#map path.leaflet-interactive")).size() > 10);
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size()).isGreaterThan(10);
    }

    @Test
    void aCookbookQueryRunsOnTheSparqlPage() {
        browser.get(url("/query?lang=en&example=persons"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.findElement(By.id("run-query")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table tr td")));
        String results = browser.findElement(By.id("results")).getText();
        assertThat(results).contains("Джансугуров Ильяс").contains("http://localhost:8080/id/person/cardfile-kk-6");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
