package org.gazette.admin;

import java.util.Locale;

import jakarta.validation.constraints.Min;

import org.gazette.article.ArticleService;
import org.gazette.article.EditorialState;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The newsroom's lists: every article, last change first, filtered by status; and the old
 * addresses that redirect to renamed articles.
 */
@Controller
class NewsroomController {

	private final ArticleService articles;

	NewsroomController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/admin")
	String list(@RequestParam(defaultValue = "all") String status, @RequestParam(defaultValue = "1") @Min(1) int page,
			Model model) {
		EditorialState state = state(status);
		String path = (state != null) ? "/admin?status=" + status : "/admin";
		model.addAttribute("status", (state != null) ? status : "all");
		model.addAttribute("states", EditorialState.values());
		model.addAttribute("articles", this.articles.newsroom(state, page, path));
		return "admin/list";
	}

	@GetMapping("/admin/redirects")
	String redirects(@RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("redirects", this.articles.redirects(page, "/admin/redirects"));
		return "admin/redirects/list";
	}

	private static EditorialState state(String status) {
		if ("all".equals(status)) {
			return null;
		}
		for (EditorialState state : EditorialState.values()) {
			if (state.name().toLowerCase(Locale.ROOT).equals(status)) {
				return state;
			}
		}
		throw new UnknownStatusException(status);
	}

	/** A status filter that does not exist: a malformed address. */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static class UnknownStatusException extends RuntimeException {

		UnknownStatusException(String status) {
			super("No such status: " + status);
		}

	}

}
