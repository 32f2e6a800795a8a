package org.gazette.article;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Min;

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

	private final ArticleReader reader;

	ArticleController(ArticleReader reader) {
		this.reader = reader;
	}

	@GetMapping("/")
	String list(@RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("listing", this.reader.frontPage(page));
		return "article/front";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("article", this.reader.article(slug));
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

	@ExceptionHandler(ArticleMovedException.class)
	ResponseEntity<Void> moved(ArticleMovedException moved, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(request.getContextPath() + "/articles/" + moved.getSlug()))
			.build();
	}

}
