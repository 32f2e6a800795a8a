package org.gazette.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The site the browser tests read: the repository's {@code content/} (the SCO story, with
 * its photo and footnote) and enough older briefs for the front page to have a second
 * page, in a temporary directory imported at start-up.
 */
final class BrowserContent {

	static final String SCO_SLUG = "sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight";

	static final String SCO_TITLE = "SCO Summit: Putin Calls for Common Line on Afghanistan in Wake of US 'Flight'";

	/** Briefs, older than the SCO story: with it, 25 stories and two front pages. */
	private static final List<Brief> BRIEFS = List.of(
			new Brief("Dushanbe prepares for the summit week", "World", "SCO, Tajikistan"),
			new Brief("Grain exports rise for a third month", "Economy", "Trade, Grain"),
			new Brief("Central bank leaves its rate unchanged", "Economy", "Banks"),
			new Brief("Regional leaders agree on a water-sharing plan", "World", "Water, Central Asia"),
			new Brief("New rail link opens between two capitals", "World", "Rail, Central Asia"),
			new Brief("Museum returns a manuscript to its library", "Culture", "Museums"),
			new Brief("Film festival names its jury", "Culture", "Film"),
			new Brief("Drought warning for the southern provinces", "World", "Weather, Water"),
			new Brief("Airline adds winter routes", "Economy", "Aviation"),
			new Brief("University opens a school of data science", "Science", "Universities"),
			new Brief("Astronomers catalogue a new comet", "Science", "Space"),
			new Brief("Border crossing reopens for lorries", "World", "Trade, Central Asia"),
			new Brief("Wheat harvest beats forecasts", "Economy", "Grain"),
			new Brief("Orchestra announces its autumn season", "Culture", "Music"),
			new Brief("Mountain road closed by landslide", "World", "Weather"),
			new Brief("Power plant upgrade completed", "Economy", "Energy"),
			new Brief("Archaeologists uncover a Silk Road caravanserai", "Science", "Archaeology, Central Asia"),
			new Brief("Foreign ministers meet ahead of the summit", "World", "SCO, Diplomacy"),
			new Brief("Textile makers report record orders", "Economy", "Trade"),
			new Brief("Chess olympiad comes to the capital", "Culture", "Chess"),
			new Brief("Vaccination campaign reaches rural districts", "Science", "Health"),
			new Brief("Ministers sign a customs agreement", "World", "Trade, Diplomacy"),
			new Brief("Book fair draws record crowds", "Culture", "Books"),
			new Brief("Solar farm begins supplying the grid", "Science", "Energy"));

	private static Path directory;

	private BrowserContent() {
	}

	static synchronized Path directory() {
		if (directory == null) {
			directory = write();
		}
		return directory;
	}

	static int storyCount() {
		return BRIEFS.size() + 1;
	}

	private static Path write() {
		try {
			Path target = Files.createTempDirectory("gazette-browser-content");
			Path repository = Path.of("content");
			Files.createDirectories(target.resolve("images"));
			Files.copy(repository.resolve("2021-09-17-sco-summit-putin-afghanistan.md"),
					target.resolve("2021-09-17-sco-summit-putin-afghanistan.md"));
			Files.copy(repository.resolve("images/sco-summit-photo-placeholder.png"),
					target.resolve("images/sco-summit-photo-placeholder.png"));
			Instant published = Instant.parse("2021-09-16T18:00:00Z");
			for (int i = 0; i < BRIEFS.size(); i++) {
				Brief brief = BRIEFS.get(i);
				String markdown = """
						---
						title: "%s"
						summary: "%s, our correspondents report."
						published: %s
						section: %s
						tags: [%s]
						source: Gazette
						---

						%s. This brief is part of the test site the browser tests read.

						Officials said more details would follow later in the week.
						""".formatted(brief.title(), brief.title(), published.minusSeconds(3600L * 7 * i),
						brief.section(), brief.tags(), brief.title());
				Files.writeString(target.resolve("brief-%02d.md".formatted(i + 1)), markdown, StandardCharsets.UTF_8);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Brief(String title, String section, String tags) {
	}

}
