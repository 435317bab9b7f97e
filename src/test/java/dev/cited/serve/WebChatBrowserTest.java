package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.history.HistoryDatabase;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.fakes.OpenAiFakeServer;
import dev.cited.llm.fakes.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat page in a real headless Chromium against a real server over the bundled corpus:
 * streaming, citation chips and paper cards, abstention, errors, follow-ups, the API token prompt,
 * phone width, text-only rendering of user input, and no request leaving the loopback host.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (override with {@code
 * -Dcited.chromium=...} and {@code -Dcited.chromedriver=...}); without them the suite fails, it
 * does not skip. Screenshots go to {@code target/screenshots/}.
 */
class WebChatBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("cited.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("cited.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String SLEEPER_QUESTION = "Does adversarial training remove backdoors from deceptive models?";
    private static final String SLEEPER_TITLE =
            "Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training";
    private static final String EGG_QUESTION = "How long should I boil an egg for a runny yolk?";
    /** States an answer message ends in. */
    private static final String FINISHED =
            ".message.answer:is([data-state='done'],[data-state='abstained'],[data-state='error'],[data-state='stopped'])";

    private static ServerFixture server;

    private ChromeDriverService service;
    private Path profile;
    private ChromeDriver driver;
    private final List<String> requestedUrls = new ArrayList<>();

    @BeforeAll
    static void startServerAndDriver() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "the browser test needs Chromium at %s (apt-get install chromium, or -Dcited.chromium=PATH)",
                        CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as(
                        "the browser test needs ChromeDriver at %s (apt-get install chromium-driver, or -Dcited.chromedriver=PATH)",
                        CHROMEDRIVER)
                .isTrue();
        Files.createDirectories(SCREENSHOTS);
        server = ServerFixture.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        // one driver process per test (quitting a driver stops its service); built with the constructor, not
        // ChromeDriverService.Builder, whose @AutoService annotation is not on the class path (javac would warn)
        int port = freePort();
        service = new ChromeDriverService(
                CHROMEDRIVER.toFile(),
                port,
                Duration.ofSeconds(30),
                List.of("--port=" + port, "--allowed-ips=127.0.0.1"),
                Map.of());
        profile = Files.createTempDirectory("cited-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--force-device-scale-factor=1",
                "--lang=en-US",
                // anything that is not loopback goes to a closed port and fails; the log below still records it
                "--proxy-server=http://127.0.0.1:9");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void a_question_streams_a_cited_answer_and_a_citation_opens_its_paper_with_the_quote_highlighted()
            throws Exception {
        JsonNode expected = askOverHttp(SLEEPER_QUESTION);
        JsonNode citation = expected.get("citations").get(0);
        String quote = citation.get("quote").asText();
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("title").asText()).isEqualTo(SLEEPER_TITLE);
        open(server.baseUrl());

        WebElement answer = ask(SLEEPER_QUESTION);

        assertThat(answer.getDomAttribute("data-state")).isEqualTo("done");
        assertThat(Integer.parseInt(answer.getDomAttribute("data-tokens")))
                .as("tokens streamed before the final answer")
                .isPositive();
        assertThat(text(driver.findElements(By.cssSelector(".message.user")).getLast()))
                .isEqualTo(SLEEPER_QUESTION);
        assertThat(text(answer.findElement(By.cssSelector(".answer-text")))).contains("adversarial training");
        assertThat(answer.findElements(By.cssSelector(".answer-text .chip"))).isNotEmpty();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("focus returns to the question box")
                .isEqualTo("question");
        assertThat(driver.findElement(By.id("question")).isEnabled()).isTrue();
        List<WebElement> sources = driver.findElements(By.cssSelector("#sources .source"));
        assertThat(sources).hasSize(expected.get("sources").size());
        assertThat(text(sources.getFirst().findElement(By.cssSelector(".source-title"))))
                .isEqualTo(SLEEPER_TITLE);
        assertThat(sources.getFirst().getDomAttribute("class")).contains("cited");
        screenshot("answer");

        answer.findElement(By.cssSelector(".chip[data-n='1']")).click();
        WebElement card = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-card")));
        WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#paper-card .card-abstract mark.current")));

        assertThat(text(card.findElement(By.cssSelector(".card-title")))).isEqualTo(SLEEPER_TITLE);
        assertThat(text(mark)).isEqualTo(quote);
        assertThat(text(card.findElement(By.cssSelector(".card-abstract")))).contains(quote);
        assertThat(text(card.findElement(By.cssSelector(".card-version")))).isEqualTo("version 1 of 2");
        assertThat(card.findElement(By.cssSelector(".card-link")).getDomProperty("href"))
                .isEqualTo("https://arxiv.org/abs/2401.05566");
        assertThat(card.findElement(By.cssSelector(".card-meta")).getText()).contains("2024");
        screenshot("paper-card");

        sources.getLast().findElement(By.cssSelector(".source-open")).click();
        String lastTitle = expected.get("sources")
                .get(expected.get("sources").size() - 1)
                .get("title")
                .asText();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> text(d.findElement(By.cssSelector("#paper-card .card-title")))
                        .equals(lastTitle));
        assertThat(driver.findElements(By.cssSelector("#paper-card mark")))
                .as("an uncited source has nothing highlighted")
                .isEmpty();

        assertOnlyLoopbackRequests();
        assertNoConsoleErrors();
    }

    @Test
    void a_citation_of_another_version_shows_that_versions_text_and_the_papers_other_quotes() throws Exception {
        String other =
                "The backdoored behavior is most persistent in the largest models and in models trained to produce"
                        + " chain-of-thought reasoning about deceiving the training process, with the persistence remaining even when"
                        + " the chain-of-thought is distilled away.";
        JsonNode paper = getOverHttp("/api/v1/papers/2401.05566");
        String version2 = paper.get("versions").get(1).get("text").asText();
        assertThat(version2).contains(other);
        String quote = askOverHttp(SLEEPER_QUESTION)
                .get("citations")
                .get(0)
                .get("quote")
                .asText();
        open(server.baseUrl());
        // the bundled answer cites version 1, the version its source carries; make the browser see a citation of
        // version 2 instead, plus a second quote from the same paper, as a language model could produce (other
        // citations of the answer are dropped, so that the paper has exactly these two)
        ((JavascriptExecutor) driver).executeScript("""
                const other = arguments[0];
                const original = window.fetch;
                window.fetch = async (url, options) => {
                  const res = await original(url, options);
                  if (!String(url).includes('/api/v1/ask/stream')) return res;
                  const blocks = (await res.text()).split('\\n\\n').map((block) => {
                    if (!block.startsWith('event: done')) return block;
                    const at = block.indexOf('\\ndata: ');
                    const answer = JSON.parse(block.slice(at + 7));
                    answer.citations = answer.citations.slice(0, 1);
                    answer.citations[0].version = 2;
                    answer.citations.push(Object.assign({}, answer.citations[0], { quote: other }));
                    return block.slice(0, at) + '\\ndata: ' + JSON.stringify(answer);
                  });
                  return new Response(blocks.join('\\n\\n'), { status: res.status, headers: res.headers });
                };""", other);

        WebElement answer = ask(SLEEPER_QUESTION);
        answer.findElement(By.cssSelector(".chip[data-n='1']")).click();

        WebElement card = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-card")));
        WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#paper-card .card-abstract mark.current")));
        assertThat(text(card.findElement(By.cssSelector(".card-version")))).isEqualTo("version 2 of 2");
        assertThat(text(card.findElement(By.cssSelector(".card-abstract")))).isEqualTo(version2);
        assertThat(text(mark)).isEqualTo(quote);
        assertThat(text(card.findElement(By.cssSelector(".card-abstract mark.also"))))
                .isEqualTo(other);
        assertThat(card.findElements(By.cssSelector(".card-others li")))
                .singleElement()
                .satisfies(li -> assertThat(text(li)).contains(other));
        assertThat(resourceUrls()).contains(server.baseUrl() + "/api/v1/papers/2401.05566");
        screenshot("paper-card-other-version");
    }

    @Test
    void an_unanswerable_question_shows_the_abstention_state_without_citations() throws Exception {
        open(server.baseUrl());
        screenshot("welcome");

        WebElement answer = ask(EGG_QUESTION);

        assertThat(answer.getDomAttribute("data-state")).isEqualTo("abstained");
        assertThat(text(answer.findElement(By.cssSelector(".abstention"))))
                .contains("The collection does not answer this");
        assertThat(answer.findElements(By.cssSelector(".chip")))
                .as("closest papers are not citations")
                .isEmpty();
        assertThat(answer.findElements(By.cssSelector(".closest li"))).isNotEmpty();
        assertThat(text(driver.findElement(By.id("sources-title")))).isEqualTo("Closest papers");
        assertThat(driver.findElements(By.cssSelector("#sources .source"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#sources .source.cited")))
                .isEmpty();
        screenshot("abstention");

        answer.findElements(By.cssSelector(".closest-open")).getFirst().click();
        WebElement card = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-card")));
        assertThat(text(card.findElement(By.cssSelector(".card-badge")))).contains("not cited");
        assertThat(card.findElements(By.cssSelector("mark"))).isEmpty();
        assertThat(text(card.findElement(By.cssSelector(".card-abstract")))).isNotBlank();

        assertOnlyLoopbackRequests();
        assertNoConsoleErrors();
    }

    @Test
    void an_abstention_is_drawn_from_the_outcome_field_whatever_the_wording() throws Exception {
        open(server.baseUrl());
        // an answerable question, whose done event the browser sees as an abstention in words the page has never seen:
        // only the outcome field says it abstained, and it names papers 2 then 1 as the closest
        ((JavascriptExecutor) driver).executeScript("""
                const original = window.fetch;
                window.fetch = async (url, options) => {
                  const res = await original(url, options);
                  if (!String(url).includes('/api/v1/ask/stream')) return res;
                  const blocks = (await res.text()).split('\\n\\n').map((block) => {
                    if (!block.startsWith('event: done')) return block;
                    const at = block.indexOf('\\ndata: ');
                    const answer = JSON.parse(block.slice(at + 7));
                    answer.answer = 'Nothing in these papers settles it, sorry.';
                    answer.abstained = false;
                    answer.citations = [];
                    answer.outcome = { status: 'abstained', answered_by: 'extractive', closest: [2, 1], fallbacks: [] };
                    return block.slice(0, at) + '\\ndata: ' + JSON.stringify(answer);
                  });
                  return new Response(blocks.join('\\n\\n'), { status: res.status, headers: res.headers });
                };""");
        JsonNode sources = askOverHttp(SLEEPER_QUESTION).get("sources");

        WebElement answer = ask(SLEEPER_QUESTION);

        assertThat(answer.getDomAttribute("data-state")).isEqualTo("abstained");
        assertThat(answer.getDomAttribute("data-outcome")).isEqualTo("abstained");
        assertThat(answer.findElements(By.cssSelector(".chip"))).isEmpty();
        assertThat(answer.findElements(By.cssSelector(".closest-open")))
                .extracting(this::text)
                .containsExactly(
                        sources.get(1).get("title").asText(),
                        sources.get(0).get("title").asText());
        assertThat(text(driver.findElement(By.id("sources-title")))).isEqualTo("Closest papers");
        assertNoConsoleErrors();
    }

    @Test
    void markup_in_a_question_is_shown_as_text_and_no_request_leaves_the_loopback_host() throws Exception {
        String question = "What does <script>alert(1)</script> <img src=x onerror=alert(2)> do to a language model?";
        open(server.baseUrl());

        ask(question);

        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        WebElement user = driver.findElements(By.cssSelector(".message.user")).getLast();
        assertThat(text(user)).isEqualTo(question);
        assertThat(user.getText()).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.cssSelector("#conversation script, #conversation img")))
                .isEmpty();
        assertThat(Files.readString(Path.of("src", "main", "resources", "web", "app.js")))
                .as("the page builds its DOM from text nodes only")
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        assertOnlyLoopbackRequests();
        assertNoConsoleErrors();
    }

    /** A model's answer with lists, emphasis, and hostile Markdown and HTML inside supported statements. */
    private static final String HOSTILE_REPLY = String.join(
            "\n",
            "The authors find:",
            "",
            "- **Such backdoored behavior can be made persistent**, so that it is not removed by standard safety"
                    + " training techniques, including supervised fine-tuning, reinforcement learning, and adversarial"
                    + " training <script>window.pwned = true</script> [1].",
            "- The backdoored behavior is *most persistent in the largest models* and in models trained to produce"
                    + " chain-of-thought reasoning about deceiving the training process [1].",
            "",
            "1. Standard techniques could fail to remove such deception and create a ****false impression of"
                    + " safety**** [1].");

    @Test
    void a_model_answer_keeps_its_lists_and_emphasis_and_its_markup_is_shown_only_as_text() throws Exception {
        try (OpenAiFakeServer fake = new OpenAiFakeServer();
                ServerFixture modelServer = ServerFixture.start(remoteModel(fake), null, null)) {
            fake.enqueue(Reply.text(HOSTILE_REPLY), Reply.text(HOSTILE_REPLY));
            String checked = askOverHttp(modelServer, SLEEPER_QUESTION, "remote")
                    .get("answer")
                    .asText();
            assertThat(checked)
                    .as("the checked answer still carries the hostile markup, so the page must show it as text")
                    .contains("<script>", "- ", "**Such", "*most");
            open(modelServer.baseUrl());
            ((JavascriptExecutor) driver).executeScript("document.getElementById('model').value = 'remote'");
            // what no checked answer should ever hold, appended to the real one as the server sends it: the page
            // must still show it as text
            ((JavascriptExecutor) driver).executeScript("""
                    const original = window.fetch;
                    window.fetch = async (url, options) => {
                      const res = await original(url, options);
                      if (!String(url).includes('/api/v1/ask/stream')) return res;
                      const blocks = (await res.text()).split('\\n\\n').map((block) => {
                        if (!block.startsWith('event: done')) return block;
                        const at = block.indexOf('\\ndata: ');
                        const answer = JSON.parse(block.slice(at + 7));
                        answer.answer += '\\n\\n- <img src=x onerror="window.pwned = true"> [x](javascript:window.pwned=true)'
                          + ' ![i](http://127.0.0.1:9/i.png) <a href="javascript:window.pwned=true">a</a> [1]'
                          + '\\n- ***nested **bold** and *italics*** <iframe src="javascript:window.pwned=true"></iframe>';
                        return block.slice(0, at) + '\\ndata: ' + JSON.stringify(answer);
                      });
                      return new Response(blocks.join('\\n\\n'), { status: res.status, headers: res.headers });
                    };""");

            WebElement answer = ask(SLEEPER_QUESTION);

            assertThat(answer.getDomAttribute("data-state")).isEqualTo("done");
            WebElement body = answer.findElement(By.cssSelector(".answer-text"));
            assertThat(body.findElements(By.cssSelector("script, img, a, iframe, svg, object, embed, [onerror]")))
                    .as("no element comes from the answer's text")
                    .isEmpty();
            assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined"))
                    .isEqualTo(true);
            assertThat(body.findElements(By.cssSelector("ul > li"))).isNotEmpty();
            assertThat(body.findElements(By.cssSelector("li strong")))
                    .extracting(this::text)
                    .contains("Such backdoored behavior can be made persistent");
            assertThat(body.findElements(By.cssSelector("li em")))
                    .extracting(this::text)
                    .contains("most persistent in the largest models");
            assertThat(body.findElements(By.cssSelector("ol > li"))).hasSize(1);
            assertThat(body.findElements(By.cssSelector("li .chip"))).isNotEmpty();
            String shown = text(body);
            assertThat(shown)
                    .contains(
                            "<script>window.pwned = true</script>",
                            "<img src=x onerror=",
                            "[x](javascript:",
                            "<a href=",
                            "<iframe");
            assertThat(shown).doesNotContain("- Such", "**Such");
            screenshot("markdown-answer");
            assertNoConsoleErrors();
        }
    }

    private static ModelConfig remoteModel(OpenAiFakeServer fake) throws IOException {
        return ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_REMOTE_PROVIDER", "openai",
                        "CITED_MODEL_REMOTE_BASE_URL", fake.baseUrl(),
                        "CITED_MODEL_REMOTE_MODEL", "test-model",
                        "CITED_MODEL_REMOTE_API_KEY", "sk-test",
                        "CITED_MODEL_REMOTE_TIMEOUT_MS", "30000"));
    }

    private static JsonNode askOverHttp(ServerFixture to, String question, String model)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(to.baseUrl() + "/api/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("question", question, "model", model))))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void a_follow_up_is_sent_in_the_same_conversation_with_the_chosen_model() throws Exception {
        open(server.baseUrl());
        recordRequestBodies();

        ask("Can safety training remove backdoors from sleeper agents?");
        WebElement second = ask("and did adversarial training help?");

        List<JsonNode> bodies = recordedBodies();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).has("conversation_id")).isFalse();
        assertThat(bodies.get(1).get("conversation_id").asText()).isNotBlank();
        assertThat(bodies).allSatisfy(b -> assertThat(b.get("model").asText()).isEqualTo("extractive"));
        assertThat(second.getDomAttribute("data-state")).isEqualTo("done");
        assertThat(text(driver.findElement(By.cssSelector("#sources .source[data-n='1'] .source-title"))))
                .isEqualTo(SLEEPER_TITLE);
        assertThat(driver.findElements(By.cssSelector(".message.answer"))).hasSize(2);
    }

    @Test
    void a_server_error_is_shown_in_the_conversation_and_the_input_is_enabled_again() throws Exception {
        open(server.baseUrl());
        ((JavascriptExecutor) driver).executeScript("""
                const select = document.getElementById('model');
                const option = document.createElement('option');
                option.value = 'no-such-model';
                option.textContent = 'no-such-model';
                select.append(option);
                select.value = 'no-such-model';""");

        WebElement answer = ask("Does RLHF make models more honest?");

        assertThat(answer.getDomAttribute("data-state")).isEqualTo("error");
        WebElement error = answer.findElement(By.cssSelector(".error"));
        assertThat(error.getText()).contains("unknown model 'no-such-model'");
        assertThat(driver.findElement(By.id("question")).isEnabled()).isTrue();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("question");
        screenshot("error");
    }

    @Test
    void a_server_with_an_api_token_asks_for_it_and_then_answers() throws Exception {
        try (ServerFixture guarded = ServerFixture.start(ModelConfig.builtIn(), "browser-test-token", null)) {
            open(guarded.baseUrl(), false);
            WebElement tokenInput = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("api-token")));

            tokenInput.sendKeys("browser-test-token", Keys.ENTER);
            waitForModels();
            WebElement answer = ask(SLEEPER_QUESTION);

            assertThat(answer.getDomAttribute("data-state")).isEqualTo("done");
            assertThat(driver.findElement(By.id("token-bar")).isDisplayed()).isFalse();
            assertThat(((JavascriptExecutor) driver).executeScript("return localStorage.getItem('cited.apiToken')"))
                    .isEqualTo("browser-test-token");
        }
    }

    @Test
    void the_page_fits_a_phone_screen_with_sources_below_the_conversation() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        open(server.baseUrl());
        JavascriptExecutor js = driver;

        WebElement answer = ask(SLEEPER_QUESTION);

        long viewport = (Long) js.executeScript("return window.innerWidth");
        assertThat(viewport).isLessThanOrEqualTo(400);
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(viewport);
        WebElement chat = driver.findElement(By.cssSelector("main.chat"));
        WebElement sources = driver.findElement(By.id("sources"));
        assertThat(sources.getRect().getY())
                .as("sources stack below the conversation")
                .isGreaterThanOrEqualTo(chat.getRect().getY() + chat.getRect().getHeight());
        screenshot("phone");

        answer.findElement(By.cssSelector(".chip[data-n='1']")).click();
        WebElement card = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-card")));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#paper-card mark.current"))
                        .isEmpty());
        assertThat(card.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(viewport);
        screenshot("phone-card");
    }

    // ------------------------------------------------------------------ helpers

    @Test
    void an_old_conversation_opens_from_the_history_after_a_server_restart_with_working_citation_chips()
            throws Exception {
        Path history = Files.createTempDirectory("cited-history").resolve(HistoryDatabase.SQLITE_FILE);
        try (ServerFixture before = ServerFixture.onHistory(history)) {
            open(before.baseUrl());
            assertThat(ask(SLEEPER_QUESTION).getDomAttribute("data-state")).isEqualTo("done");
        }
        try (ServerFixture after = ServerFixture.onHistory(history)) {
            open(after.baseUrl()); // the identity cookie belongs to the host, whatever the port
            driver.findElement(By.id("history-toggle")).click();
            WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("#history .history-item")));
            assertThat(text(item.findElement(By.cssSelector(".history-open")))).isEqualTo(SLEEPER_QUESTION);
            screenshot("history");

            item.findElement(By.cssSelector(".history-open")).click();
            WebElement answer =
                    new WebDriverWait(driver, ANSWER_WAIT).until(d -> d.findElement(By.cssSelector(FINISHED)));
            assertThat(driver.findElement(By.id("history")).isDisplayed()).isFalse();
            assertThat(text(driver.findElements(By.cssSelector(".message.user")).getLast()))
                    .isEqualTo(SLEEPER_QUESTION);
            assertThat(answer.getDomAttribute("data-state")).isEqualTo("done");
            answer.findElement(By.cssSelector(".chip[data-n='1']")).click();
            WebElement card = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-card")));
            assertThat(text(card.findElement(By.cssSelector(".card-title")))).isEqualTo(SLEEPER_TITLE);

            driver.findElement(By.id("history-toggle")).click();
            driver.findElement(By.id("history-search")).sendKeys("boiled eggs");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("history-empty")).isDisplayed());
            assertThat(driver.findElements(By.cssSelector("#history .history-item")))
                    .isEmpty();
            assertNoConsoleErrors();
        }
    }

    @Test
    void
            thumbs_down_with_a_comment_is_stored_on_the_turn_shown_pressed_on_reopening_and_a_refused_vote_is_shown_as_text()
                    throws Exception {
        open(server.baseUrl());
        WebElement answer = ask(SLEEPER_QUESTION);
        assertThat(answer.getDomAttribute("data-state")).isEqualTo("done");
        WebElement bar = answer.findElement(By.cssSelector(".feedback"));
        bar.findElement(By.cssSelector(".feedback-comment")).sendKeys("missed the <b>2024</b> follow-up");
        bar.findElement(By.cssSelector(".feedback-rate[data-rating='down']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "true"
                        .equals(bar.findElement(By.cssSelector(".feedback-rate[data-rating='down']"))
                                .getDomAttribute("aria-pressed")));
        assertThat(bar.findElement(By.cssSelector(".feedback-rate[data-rating='up']"))
                        .getDomAttribute("aria-pressed"))
                .isEqualTo("false");

        String id = String.valueOf(((JavascriptExecutor) driver).executeScript("return CitedChat.conversationId()"));
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        HttpResponse<String> stored = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/conversations/" + id))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonNode turn = JSON.readTree(stored.body()).get("turns").get(0);
        assertThat(turn.get("n").asInt()).isEqualTo(1);
        assertThat(turn.get("feedback").get("rating").asText()).isEqualTo("down");
        assertThat(turn.get("feedback").get("comment").asText()).isEqualTo("missed the <b>2024</b> follow-up");

        driver.findElement(By.id("new-chat")).click();
        driver.findElement(By.id("history-toggle")).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#history .history-item[data-id='" + id + "']")));
        item.findElement(By.cssSelector(".history-open")).click();
        WebElement reopened = new WebDriverWait(driver, ANSWER_WAIT)
                .until(d -> d.findElement(By.cssSelector(".message.answer .feedback")));
        assertThat(reopened.findElement(By.cssSelector(".feedback-rate[data-rating='down']"))
                        .getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(reopened.findElement(By.cssSelector(".feedback-comment")).getDomProperty("value"))
                .isEqualTo("missed the <b>2024</b> follow-up");
        screenshot("feedback");
        assertNoConsoleErrors();

        HttpResponse<String> deleted = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/conversations/" + id))
                        .header("Cookie", cookies)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        reopened.findElement(By.cssSelector(".feedback-rate[data-rating='up']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> text(reopened.findElement(By.cssSelector(".feedback-status")))
                        .contains("no conversation"));
        assertThat(reopened.findElement(By.cssSelector(".feedback-rate[data-rating='up']"))
                        .getDomAttribute("aria-pressed"))
                .as("a vote the server refused is not shown as recorded")
                .isEqualTo("false");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void open(String baseUrl) {
        open(baseUrl, true);
    }

    private void open(String baseUrl, boolean waitForModels) {
        driver.manage().logs().get(LogType.PERFORMANCE); // drop what the browser did before the page (its start tab)
        driver.get(baseUrl + "/");
        assertThat(driver.getTitle()).startsWith("Cited");
        if (waitForModels) {
            waitForModels();
        }
    }

    private void waitForModels() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#model option[value='extractive']"))
                        .isEmpty());
    }

    /** Types the question, presses Enter and waits for the answer message to reach its final state. */
    private WebElement ask(String question) {
        int before = driver.findElements(By.cssSelector(FINISHED)).size();
        WebElement box = driver.findElement(By.id("question"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> box.isEnabled());
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, ANSWER_WAIT)
                .until(d -> d.findElements(By.cssSelector(FINISHED)).size() > before);
        return driver.findElements(By.cssSelector(".message.answer")).getLast();
    }

    /** Exact text content (getText() would apply CSS and collapse white space). */
    private String text(WebElement e) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", e));
    }

    private JsonNode askOverHttp(String question) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question))))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode getOverHttp(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> resourceUrls() {
        List<?> entries = (List<?>)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return performance.getEntries().filter(e => e.entryType === 'navigation' || e.entryType === 'resource').map(e => e.name)");
        return entries.stream().map(String::valueOf).toList();
    }

    private void recordRequestBodies() {
        ((JavascriptExecutor) driver).executeScript("""
                window.__citedBodies = [];
                const original = window.fetch;
                window.fetch = (url, options) => {
                  if (String(url).includes('/api/v1/ask')) window.__citedBodies.push(options && options.body);
                  return original(url, options);
                };""");
    }

    private List<JsonNode> recordedBodies() throws IOException {
        List<?> raw = (List<?>) ((JavascriptExecutor) driver).executeScript("return window.__citedBodies");
        List<JsonNode> out = new ArrayList<>();
        for (Object body : raw) {
            out.add(JSON.readTree(String.valueOf(body)));
        }
        return out;
    }

    /** Every URL the page fetched, by the page's own resource timing and by Chromium's network log. */
    private void assertOnlyLoopbackRequests() throws IOException {
        String base = server.baseUrl() + "/";
        List<String> timed = resourceUrls();
        assertThat(timed).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base));
        assertThat(timed).anySatisfy(url -> assertThat(url).endsWith("/app.js"));
        assertThat(timed).anySatisfy(url -> assertThat(url).endsWith("/app.css"));

        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                requestedUrls.add(
                        message.path("params").path("request").path("url").asText());
            }
        }
        assertThat(requestedUrls).anySatisfy(url -> assertThat(url).startsWith(base + "api/v1/ask/stream"));
        // data: URLs are inline (the icons) and chrome: and chrome-untrusted: ones the browser's own pages (newer
        // Chromium loads its new-tab page's modules); none touches the network
        assertThat(requestedUrls)
                .as("requests seen by Chromium")
                .allSatisfy(url -> assertThat(url)
                        .satisfiesAnyOf(
                                u -> assertThat(u).startsWith(base),
                                u -> assertThat(u).startsWith("data:"),
                                u -> assertThat(u).startsWith("chrome:"),
                                u -> assertThat(u).startsWith("chrome-untrusted:")));
    }

    private void assertNoConsoleErrors() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(severe)
                .as("console errors (CSP violations, failed loads, script errors)")
                .isEmpty();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
