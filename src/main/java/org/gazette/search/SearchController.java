package org.gazette.search;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a form, and the results when a query is given. A query that cannot be
 * run is answered with the form and a message saying why, as a 400.
 */
@Controller
class SearchController {

	private final ArticleSearch search;

	SearchController(ArticleSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page, Model model, HttpServletResponse response) {
		SearchQuery query = SearchQuery.of(q);
		if (!query.isValid()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("results", this.search.search(query, page));
		return "search/search";
	}

}
