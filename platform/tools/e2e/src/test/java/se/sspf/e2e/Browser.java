package se.sspf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (paths from the build, so Selenium Manager
 * downloads nothing), with what the web client's test needs: log in through the identity server's
 * form, wait for a heading, save a screenshot, and check a screen with axe-core.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 1280;

    private final ChromeDriver driver;
    private final Path userData;
    private final Path screenshots = Path.of(System.getProperty("sspf.screenshots", "target/screenshots"));
    private final String baseUrl;

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.userData = Files.createTempDirectory("sspf-chromium");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sspf.chromium", "/usr/bin/chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + userData, "--window-size=" + WIDTH + ",900",
                "--lang=sv", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                .toFile())
                // Swedish date and time fields, whatever the machine's locale.
                .withEnvironment(java.util.Map.of("LANGUAGE", "sv_SE", "LANG", "sv_SE.UTF-8", "LC_ALL", "sv_SE.UTF-8"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Waits for the page's main heading to read so (the app has rendered the screen). */
    WebElement heading(String text) {
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
        waiting().until(d -> d.findElements(By.cssSelector("main [role=status]")).stream()
                .noneMatch(e -> e.getText().startsWith("Hämtar")));
        return driver.findElement(By.cssSelector("main h1"));
    }

    /** Logs in as a demo user through the app's login button and the identity server's form (PKCE in the browser). */
    void logIn(String user, String password) {
        open("/");
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Logga in med "
                + "kommunens inloggning']"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//span[@class='who' and contains(., '"
                + user + "')]")));
    }

    void logOut() {
        button("Logga ut").click();
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Logga in med "
                + "kommunens inloggning']")));
    }

    WebElement button(String text) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text
                + "']")));
    }

    WebElement link(String text) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='" + text
                + "']")));
    }

    /** The form control whose label reads so. */
    WebElement field(String label) {
        WebElement labelElement = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[normalize-space(text())='" + label + "' or normalize-space(.)='" + label
                + "' or normalize-space(.)='" + label + " *']")));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The control with this accessible name given by aria-label. */
    WebElement labelled(String name) {
        return driver.findElement(By.cssSelector("[aria-label='" + name.replace("'", "\\'") + "']"));
    }

    void type(WebElement control, String text) {
        control.clear();
        control.sendKeys(text);
    }

    /** A date input takes the keys of the browser's locale; setting the value is locale-proof. */
    void date(WebElement control, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                control, isoDate);
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The whole page as a PNG under target/screenshots (the window grows to the page's height for it). */
    Path screenshot(String name) throws IOException {
        Object height = ((JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(WIDTH,
                Math.min(6000, Math.max(900, ((Number) height).intValue() + 140))));
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** axe-core on the screen as it is (WCAG 2.0/2.1 A and AA rules): no serious or critical violation. */
    void assertAccessible(String screen) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).analyze(driver);
        List<Rule> grave = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        String report = grave.stream().map(rule ->
                rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getHtml() + "\n      "
                        + node.getFailureSummary()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        System.out.println("axe " + screen + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated");
        results.getViolations().stream().filter(rule -> !grave.contains(rule))
                .forEach(rule -> System.out.println("axe " + screen + ": " + rule.getImpact() + " " + rule.getId()
                + " (" + rule.getNodes().size() + ")"));
        assertThat(grave).as("axe-core on " + screen + ":\n" + report).isEmpty();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
