package org.gazette.admin;

import org.gazette.article.ArticleConflictException;
import org.gazette.article.ArticleService;
import org.gazette.article.EditRefusedException;
import org.gazette.article.Editor;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.Revision;
import org.gazette.article.StoredArticle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's history: every save with who, when and what; any revision compared with
 * the current text, and restored as a new revision.
 */
@Controller
@RequestMapping("/admin/articles/{id}/history")
class RevisionController {

	private final ArticleService articles;

	RevisionController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	String list(@PathVariable long id, Model model) {
		model.addAttribute("article", this.articles.find(id));
		model.addAttribute("revisions", this.articles.revisions(id));
		return "admin/articles/history";
	}

	@GetMapping("/{number}")
	String show(@PathVariable long id, @PathVariable int number, Model model) {
		StoredArticle article = this.articles.find(id);
		Revision revision = this.articles.revision(id, number);
		model.addAttribute("article", article);
		model.addAttribute("revision", revision);
		model.addAttribute("changes", ArticleDiff.between(revision.content(), article.content()));
		return "admin/articles/revision";
	}

	@PostMapping("/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, Editor editor, RedirectAttributes redirect) {
		try {
			this.articles.restore(id, number, editor);
			redirect.addFlashAttribute("success", "Revision " + number + " restored, as a new revision.");
			return "redirect:/admin/articles/" + id + "/edit";
		}
		catch (EditRefusedException | InvalidArticleException | ArticleConflictException ex) {
			redirect.addFlashAttribute("failure", "Not restored: " + ArticleLifecycleController.refusal(ex));
			return "redirect:/admin/articles/" + id + "/history/" + number;
		}
	}

}
