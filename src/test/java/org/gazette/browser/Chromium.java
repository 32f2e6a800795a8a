package org.gazette.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven by its own chromedriver, for the browser tests: one headless
 * browser for the whole test run, shared by every test class that uses this extension and
 * closed when the run ends.
 * <p>
 * Nothing is downloaded: the driver is given to Selenium by path, so Selenium Manager
 * never runs, and the browser is told not to fetch updates or components. Without
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the tests are skipped with a
 * message saying what to install, unless {@code gazette.browser.tests.required=true}
 * (environment {@code GAZETTE_BROWSER_TESTS_REQUIRED=true}, set by {@code .ci/run}): then
 * they fail.
 */
public final class Chromium implements ExecutionCondition, ParameterResolver {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** The desktop window every test starts with. */
	static final int WIDTH = 1280;

	static final int HEIGHT = 800;

	private static final AtomicBoolean announced = new AtomicBoolean();

	/**
	 * Selenium looks for DevTools bindings of this Chromium's version, has none (none are
	 * needed: emulation goes through chromedriver, prompts through WebDriver BiDi) and
	 * would say so on every run.
	 */
	private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(List.of(BINARY, DRIVER), isRequired());
	}

	/**
	 * Runs the tests when every program is there; otherwise skips them with a message
	 * saying what to install, or fails them when they are required.
	 */
	static ConditionEvaluationResult evaluate(List<Path> programs, boolean required) {
		List<String> missing = programs.stream()
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.toList();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String reason = String.join(" and ", missing) + " not found";
		if (required) {
			throw new ExtensionConfigurationException("Browser tests are required (gazette.browser.tests.required=true)"
					+ " but " + reason + ": install Debian's chromium and chromium-driver packages");
		}
		String message = "Browser tests skipped: " + reason
				+ ". Install Chromium and its driver (Debian: apt-get install chromium chromium-driver) to run them.";
		if (announced.compareAndSet(false, true)) {
			System.err.println("[WARNING] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ChromeDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(Chromium.class))
			.computeIfAbsent(Session.class, (key) -> Session.start(), Session.class)
			.driver();
	}

	static boolean isRequired() {
		return Boolean.parseBoolean(setting("gazette.browser.tests.required"));
	}

	/**
	 * A system property, or the environment variable of the same name in upper case with
	 * underscores.
	 */
	static String setting(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(property.toUpperCase().replace('.', '_'));
		}
		return (value != null) ? value.trim() : "";
	}

	/**
	 * The browser, closed with the test run.
	 */
	record Session(ChromeDriver driver) implements AutoCloseable {

		static Session start() {
			CDP_VERSION_FINDER.setLevel(Level.SEVERE);
			DriverFinderLog log = DriverFinderLog.listen();
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options());
			log.confirmSeleniumManagerSkipped();
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
			Object version = driver.getCapabilities().getBrowserVersion();
			System.out.println("[browser] Chromium " + version + " (" + BINARY + ") driven by " + DRIVER);
			return new Session(driver);
		}

		private static ChromeOptions options() {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=" + WIDTH + "," + HEIGHT, "--lang=en-GB", "--hide-scrollbars",
					"--force-color-profile=srgb", "--font-render-hinting=none",
					// Nothing leaves the machine: no updates, components, sync or
					// suggestions.
					"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-default-apps",
					"--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication");
			options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
					"profile.password_manager_enabled", false, "intl.accept_languages", "en-GB,en"));
			// The tests answer dialogs themselves, "leave this page?" too. Without
			// WebDriver BiDi, chromedriver accepts that one unasked, and no test could
			// see it; with it, the question stays open and is reported as an event.
			options.enableBiDi();
			options.setCapability("unhandledPromptBehavior", Map.of("default", "ignore", "beforeUnload", "ignore"));
			options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
			return options;
		}

		@Override
		public void close() {
			this.driver.quit();
		}

	}

	/**
	 * Proof that Selenium Manager (which would download a driver or a browser) did not
	 * run: Selenium's driver finder says so in a debug log line, captured here.
	 */
	private static final class DriverFinderLog extends Handler {

		private static final String FINDER = "org.openqa.selenium.remote.service.DriverFinder";

		private static final String MANAGER = "org.openqa.selenium.manager.SeleniumManager";

		private final List<String> finder = new ArrayList<>();

		private final List<String> manager = new ArrayList<>();

		private final List<Logger> loggers = List.of(Logger.getLogger(FINDER), Logger.getLogger(MANAGER));

		static DriverFinderLog listen() {
			DriverFinderLog log = new DriverFinderLog();
			for (Logger logger : log.loggers) {
				logger.setLevel(Level.FINE);
				logger.addHandler(log);
			}
			return log;
		}

		@Override
		public synchronized void publish(LogRecord record) {
			(FINDER.equals(record.getLoggerName()) ? this.finder : this.manager).add(record.getMessage());
		}

		void confirmSeleniumManagerSkipped() {
			for (Logger logger : this.loggers) {
				logger.removeHandler(this);
				logger.setLevel(null);
			}
			String skipped = this.finder.stream()
				.filter((message) -> message.startsWith("Skipping Selenium Manager"))
				.findFirst()
				.orElse(null);
			if (skipped == null || !this.manager.isEmpty()) {
				throw new IllegalStateException("Selenium Manager may have run: driver finder said " + this.finder
						+ ", manager said " + this.manager);
			}
			System.out.println("[browser] " + skipped + " (no driver or browser downloaded)");
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
