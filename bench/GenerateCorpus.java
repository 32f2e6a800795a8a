import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic corpus of news articles in Gazette's content format, for benchmarks:
 * {@code java bench/GenerateCorpus.java <count> <directory> [seed]}. Articles have realistic
 * sizes (400 to 1,400 words), eight sections, tags from a pool of 300, footnotes and tables
 * now and then, and a lead image shared by many (images are stored once, by content).
 */
public class GenerateCorpus {

	private static final String[] SECTIONS = { "World", "Politics", "Business", "Science", "Technology", "Sport",
			"Culture", "Opinion" };

	private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or"
			+ " his from at which but have an they you were her she there one all we their been has would more when"
			+ " if will up about into than them can only other new some could time these two may then do first any"
			+ " my now such like our over man me even most made after also did many before must through back years"
			+ " where much your way well down should because each just those people how too little state good very"
			+ " make world still own see men work long here get both between life being under never day same"
			+ " another know while last might us great old year off come since against go came right used take"
			+ " three summit minister government withdrawal troops security cooperation organisation president"
			+ " agreement council talks economy market energy climate election parliament court ministry report"
			+ " official spokesman negotiations sanctions border region crisis growth inflation budget")
		.split(" ");

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		Random random = new Random((args.length > 2) ? Long.parseLong(args[2]) : 42);
		Files.createDirectories(directory.resolve("images"));
		Path image = directory.resolve("images/lead.png");
		Path source = Path.of("content/images/sco-summit-photo-placeholder.png");
		if (Files.exists(source) && !Files.exists(image)) {
			Files.copy(source, image);
		}
		Instant newest = Instant.parse("2026-11-01T12:00:00Z");
		for (int i = 0; i < count; i++) {
			String title = capitalise(sentence(random, 6 + random.nextInt(8))) + " " + i;
			Instant published = newest.minus(i * 37L, ChronoUnit.MINUTES);
			StringBuilder file = new StringBuilder();
			file.append("---\n");
			file.append("title: \"").append(title).append("\"\n");
			file.append("summary: \"").append(capitalise(sentence(random, 25 + random.nextInt(15)))).append(".\"\n");
			file.append("published: ").append(published).append('\n');
			if (random.nextInt(4) == 0) {
				file.append("updated: ").append(published.plus(90, ChronoUnit.MINUTES)).append('\n');
			}
			file.append("section: ").append(SECTIONS[random.nextInt(SECTIONS.length)]).append('\n');
			List<String> tags = new ArrayList<>();
			for (int t = 0, n = 2 + random.nextInt(4); t < n; t++) {
				tags.add("Topic " + random.nextInt(300));
			}
			file.append("tags: [").append(String.join(", ", tags)).append("]\n");
			file.append("source: Gazette wire\n");
			if (Files.exists(image) && random.nextInt(3) == 0) {
				file.append("image: images/lead.png\nimage_caption: \"A placeholder photo\"\n")
					.append("image_credit: \"© Gazette\"\n");
			}
			file.append("---\n\n");
			int paragraphs = 8 + random.nextInt(20);
			for (int p = 0; p < paragraphs; p++) {
				if (p == 3 && random.nextInt(3) == 0) {
					file.append("## ").append(capitalise(sentence(random, 4))).append("\n\n");
				}
				file.append(capitalise(sentence(random, 40 + random.nextInt(30))));
				if (p == 1) {
					file.append("[^1]");
				}
				file.append(".\n\n");
				if (p == 5 && random.nextInt(5) == 0) {
					file.append("| Country | Votes |\n|---|--:|\n| A | 12 |\n| B | 7 |\n\n");
				}
			}
			file.append("[^1]: ").append(capitalise(sentence(random, 12))).append(".\n");
			Files.writeString(directory.resolve(String.format("article-%06d.md", i)), file);
		}
	}

	private static String sentence(Random random, int words) {
		StringBuilder sentence = new StringBuilder();
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				sentence.append(' ');
			}
			sentence.append(WORDS[random.nextInt(WORDS.length)]);
		}
		return sentence.toString();
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
