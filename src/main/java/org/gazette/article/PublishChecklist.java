package org.gazette.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.markdown.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an article needs before readers see it: a headline, a lead, a section, alt text
 * and a credit for every image, and no link to an article that does not exist. Editors
 * cannot publish with an open item; contributors see the list as advice.
 */
public final class PublishChecklist {

	private static final Pattern ARTICLE_LINK = Pattern.compile("^/articles/([^/?#]+)/?(?:[?#].*)?$");

	private PublishChecklist() {
	}

	/**
	 * Checks an article as it would be published.
	 * @param content the article
	 * @param rendered its rendered lead and body
	 * @param articleExists tells whether a slug leads to an article (or an old name of
	 * one)
	 * @return every item, passed or not, in a fixed order
	 */
	static List<Check> check(ArticleContent content, RenderedMarkdown rendered, Predicate<String> articleExists) {
		Document body = Jsoup.parseBodyFragment(rendered.leadHtml() + rendered.bodyHtml());
		List<Check> checks = new ArrayList<>();
		checks.add(Check.of("Headline", isBlank(content.title()) ? List.of("Write a headline.") : List.of()));
		checks.add(Check.of("Lead", isBlank(content.summary()) ? List.of("Write a lead (summary).") : List.of()));
		checks.add(Check.of("Section", isBlank(content.section()) ? List.of("Choose a section.") : List.of()));
		List<String> alt = new ArrayList<>();
		List<String> credit = new ArrayList<>();
		LeadImage image = content.image();
		if (image != null && !isBlank(image.name())) {
			if (isBlank(image.alt())) {
				alt.add("The lead photo needs alt text.");
			}
			if (isBlank(image.credit())) {
				credit.add("The lead photo needs a credit.");
			}
		}
		for (Element img : body.select("img")) {
			String name = nameOf(img.attr("src"));
			if (img.attr("alt").isBlank()) {
				alt.add("The image '" + name + "' in the text needs alt text: ![what it shows](...).");
			}
			Element figure = img.closest("figure");
			if (figure == null || figure.selectFirst("figcaption .credit") == null) {
				credit.add("The image '" + name + "' in the text needs a credit: {credit=\"© ...\"} after it, alone"
						+ " in its paragraph.");
			}
		}
		checks.add(Check.of("Alt text for every image", alt));
		checks.add(Check.of("Credit for every image", credit));
		Set<String> broken = new LinkedHashSet<>();
		for (Element link : body.select("a[href]")) {
			Matcher matcher = ARTICLE_LINK.matcher(link.attr("href"));
			if (matcher.matches() && !articleExists.test(matcher.group(1))) {
				broken.add("The link to /articles/" + matcher.group(1) + " leads to no article.");
			}
		}
		checks.add(Check.of("No broken links to articles", List.copyOf(broken)));
		return List.copyOf(checks);
	}

	/**
	 * Tells whether every item of a checklist passed.
	 * @param checks the checklist
	 * @return whether nothing is open
	 */
	public static boolean allPassed(List<Check> checks) {
		return checks.stream().allMatch(Check::passed);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String nameOf(String src) {
		int slash = src.lastIndexOf('/');
		return (slash >= 0 && slash < src.length() - 1) ? src.substring(slash + 1) : src;
	}

	/**
	 * One item of the checklist.
	 *
	 * @param label what is checked
	 * @param problems what is missing; empty when the item passed
	 */
	public record Check(String label, List<String> problems) {

		static Check of(String label, List<String> problems) {
			return new Check(label, List.copyOf(problems));
		}

		public boolean passed() {
			return this.problems.isEmpty();
		}

	}

}
