package org.gazette.article;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Readers' pages: the front page, articles, sections and tags. An old slug of a renamed
 * article redirects for good to its current address.
 */
@Controller
class ArticleController {

	private static final Log logger = LogFactory.getLog(ArticleController.class);

	static final int RELATED_STORIES = 4;

	private final ArticleReader reader;

	private final RelatedArticles related;

	private final NewsArticleMetadata metadata;

	ArticleController(ArticleReader reader, RelatedArticles related, NewsArticleMetadata metadata) {
		this.reader = reader;
		this.related = related;
		this.metadata = metadata;
	}

	@GetMapping("/")
	String list(@RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("listing", this.reader.frontPage(page));
		return "article/front";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		ArticleView article = this.reader.article(slug);
		model.addAttribute("article", article);
		model.addAttribute("meta", this.metadata.of(article));
		model.addAttribute("related", relatedTo(article));
		return "article/show";
	}

	@GetMapping("/sections/{section}")
	String section(@PathVariable String section, @RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("listing", this.reader.section(section, page));
		return "article/listing";
	}

	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, @RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("listing", this.reader.tag(tag, page));
		return "article/listing";
	}

	/**
	 * Suggestions are a nicety: a story is still shown when they cannot be found.
	 */
	private List<ArticleCard> relatedTo(ArticleView article) {
		try {
			return this.related.relatedTo(article, RELATED_STORIES);
		}
		catch (RuntimeException ex) {
			logger.warn("Related stories for " + article.slug() + " could not be found: " + ex.getMessage());
			return List.of();
		}
	}

	@ExceptionHandler(ArticleMovedException.class)
	ResponseEntity<Void> moved(ArticleMovedException moved, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(request.getContextPath() + "/articles/" + moved.getSlug()))
			.build();
	}

}
