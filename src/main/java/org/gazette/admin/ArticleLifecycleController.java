package org.gazette.admin;

import org.gazette.article.ArticleService;
import org.gazette.article.ArticleConflictException;
import org.gazette.article.EditRefusedException;
import org.gazette.article.Editor;
import org.gazette.article.StoredArticle;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Unpublishing, deleting, recovering and purging an article. Each that readers would
 * notice asks first, on a page of its own, so it works without JavaScript.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class ArticleLifecycleController {

	private static final String CONFIRM = "admin/articles/confirm";

	private final ArticleService articles;

	ArticleLifecycleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/unpublish")
	String confirmUnpublish(@PathVariable long id, Model model) {
		return confirm(model, id, "unpublish");
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable long id, Editor editor, RedirectAttributes redirect) {
		return act(redirect, id, "Unpublished: readers no longer see it. It is a draft now.",
				() -> this.articles.unpublish(id, editor));
	}

	@GetMapping("/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return confirm(model, id, "delete");
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, Editor editor, RedirectAttributes redirect) {
		try {
			StoredArticle deleted = this.articles.delete(id, editor);
			redirect.addFlashAttribute("success", "Deleted \"" + deleted.content().title()
					+ "\". Readers are told it is gone; its history stays until it is purged.");
			return "redirect:/admin?status=deleted";
		}
		catch (EditRefusedException | ArticleConflictException ex) {
			redirect.addFlashAttribute("failure", refusal(ex));
			return "redirect:/admin/articles/" + id + "/edit";
		}
	}

	@PostMapping("/recover")
	String recover(@PathVariable long id, Editor editor, RedirectAttributes redirect) {
		return act(redirect, id, "Recovered as a draft.", () -> this.articles.recover(id, editor));
	}

	@GetMapping("/purge")
	String confirmPurge(@PathVariable long id, Model model) {
		return confirm(model, id, "purge");
	}

	@PostMapping("/purge")
	String purge(@PathVariable long id, Editor editor, RedirectAttributes redirect) {
		try {
			this.articles.purge(id, editor);
			redirect.addFlashAttribute("success", "Purged: the article and its history are gone for good.");
			return "redirect:/admin?status=deleted";
		}
		catch (EditRefusedException | ArticleConflictException ex) {
			redirect.addFlashAttribute("failure", refusal(ex));
			return "redirect:/admin?status=deleted";
		}
	}

	/**
	 * Why nothing was done, in an editor's words.
	 */
	static String refusal(RuntimeException ex) {
		return (ex instanceof ArticleConflictException)
				? "Nothing was done: someone else changed this article at the same moment. Look at it again first."
				: ex.getMessage();
	}

	private String confirm(Model model, long id, String action) {
		model.addAttribute("article", this.articles.find(id));
		model.addAttribute("action", action);
		return CONFIRM;
	}

	private String act(RedirectAttributes redirect, long id, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (EditRefusedException | ArticleConflictException ex) {
			redirect.addFlashAttribute("failure", refusal(ex));
		}
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
