package org.gazette;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A {@code content/} directory written before the application starts: for each batch of
 * attack vectors one file that carries them in every field (title, lead, body, footnotes,
 * figure captions and credits, tags, byline, source, correction, lead photo alt text,
 * caption and credit; the section holds the batch's first), so that the importer takes
 * each of them in at start-up.
 */
public class HostileContent implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** How many vectors share one article. */
	public static final int BATCH = 5;

	/**
	 * The vectors in batches of {@link #BATCH}: one article each, so that a hundred
	 * vectors cost a few dozen articles' pages.
	 * @return the batches, in the corpus's order
	 */
	public static List<List<String>> batches() {
		List<String> vectors = XssVectors.markdown();
		List<List<String>> batches = new ArrayList<>();
		for (int start = 0; start < vectors.size(); start += BATCH) {
			batches.add(vectors.subList(start, Math.min(vectors.size(), start + BATCH)));
		}
		return batches;
	}

	/** The slug of the article imported from the file of batch {@code n} (1-based). */
	public static String slug(int n) {
		return "xss-import-" + n;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("gazette.content.dir=" + Directory.PATH).applyTo(context);
	}

	/**
	 * A vector's text on one line, for fields that hold one line.
	 * @param vector the vector
	 * @return it with line breaks as spaces
	 */
	public static String line(String vector) {
		return vector.replaceAll("[\r\n]+", " ");
	}

	/**
	 * A vector as a section or tag name: prefixed with a word, so that the name always
	 * has a URL form, and short enough to be accepted.
	 * @param kind {@code Section} or {@code Tag}
	 * @param vector the vector
	 * @return the name
	 */
	public static String name(String kind, String vector) {
		String name = kind + " " + line(vector);
		return (name.length() > 90) ? name.substring(0, 90) : name;
	}

	/**
	 * A small real PNG, different for each {@code seed}, so that uploads are not taken
	 * for the same photo.
	 * @param seed what makes it different
	 * @return the PNG's bytes
	 */
	public static byte[] png(int seed) {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 16; x++) {
			for (int y = 0; y < 12; y++) {
				image.setRGB(x, y, new Color((seed * 37 + x) % 256, (seed * 11 + y) % 256, seed % 256).getRGB());
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static final class Directory {

		static final Path PATH = write();

		private static Path write() {
			try {
				Path directory = Files.createTempDirectory("gazette-hostile-content");
				Files.createDirectories(directory.resolve("images"));
				Files.write(directory.resolve("images/photo.png"), png(0));
				DumperOptions options = new DumperOptions();
				options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
				Yaml yaml = new Yaml(options);
				List<List<String>> batches = batches();
				for (int b = 0; b < batches.size(); b++) {
					List<String> batch = batches.get(b);
					String line = line(String.join(" ", batch));
					Map<String, Object> front = new LinkedHashMap<>();
					front.put("title", "Imported " + (b + 1) + " " + limit(line, 280));
					front.put("slug", slug(b + 1));
					front.put("summary", line);
					front.put("section", name("Section", batch.get(0)));
					List<String> tags = new ArrayList<>(batch.stream().map((vector) -> name("Tag", vector)).toList());
					tags.add("hostile");
					front.put("tags", tags);
					front.put("author", limit(line, 190));
					front.put("source", limit(line, 190));
					front.put("correction", String.join("\n\n", batch));
					front.put("image", "images/photo.png");
					front.put("image_alt", limit(line, 490));
					front.put("image_caption", limit(line, 990));
					front.put("image_credit", limit(line, 290));
					StringBuilder body = new StringBuilder("Paragraph of batch " + (b + 1) + ".\n\n");
					for (String vector : batch) {
						body.append(vector)
							.append("\n\nA note[^n]. ![")
							.append(line(vector))
							.append("](images/photo.png \"")
							.append(line(vector))
							.append("\"){credit=\"")
							.append(line(vector))
							.append("\"}\n\n");
					}
					body.append("[^n]: ").append(line).append("\n");
					Files.writeString(directory.resolve("batch-" + (b + 1) + ".md"),
							"---\n" + yaml.dump(front) + "---\n" + body);
				}
				return directory;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String limit(String text, int length) {
			return (text.length() > length) ? text.substring(0, length) : text;
		}

	}

}
