package org.gazette.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.gazette.article.ArticleConflictException;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.Autosave;
import org.gazette.article.Dateline;
import org.gazette.article.EditRefusedException;
import org.gazette.article.Editor;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.StoredArticle;
import org.gazette.content.ContentExport;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The article form: write, preview, save, publish or schedule. A refused save comes back
 * with everything typed and the reason beside the field; a save that would overwrite
 * someone else's is refused and shows what differs. Autosave keeps the text on the server
 * without publishing it.
 */
@Controller
@RequestMapping("/admin")
class ArticleFormController {

	static final String FORM = "admin/articles/form";

	private final ArticleService articles;

	private final ArticleForms forms;

	ArticleFormController(ArticleService articles, ArticleForms forms) {
		this.articles = articles;
		this.forms = forms;
	}

	@GetMapping("/articles/new")
	String newForm(Editor editor, Model model) {
		ArticleForm form = new ArticleForm();
		model.addAttribute("articleForm", form);
		return page(model, editor, null, this.forms.content(form, null));
	}

	@PostMapping(path = "/articles", params = "!preview")
	String create(@Valid @ModelAttribute ArticleForm form, BindingResult result, Editor editor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ArticleContent content = this.forms.content(form, result);
		if (!result.hasErrors()) {
			try {
				StoredArticle saved = this.articles.create(content, editor);
				redirect.addFlashAttribute("success", savedMessage(saved));
				return "redirect:/admin/articles/" + saved.id() + "/edit";
			}
			catch (RuntimeException ex) {
				refused(ex, result, response, null, form, model);
			}
		}
		return page(model, editor, null, content);
	}

	@PostMapping(path = "/articles", params = "preview")
	String previewNew(@ModelAttribute ArticleForm form, BindingResult result, Editor editor, Model model) {
		return page(model, editor, null, this.forms.content(form, null));
	}

	@GetMapping("/articles/{id}/edit")
	String editForm(@PathVariable long id, @RequestParam(name = "autosave", required = false) String restoreAutosave,
			Editor editor, Model model) {
		StoredArticle article = this.articles.find(id);
		Optional<Autosave> autosave = this.articles.autosave(id, editor.username());
		ArticleForm form;
		if ("restore".equals(restoreAutosave) && autosave.isPresent()) {
			// The autosave's base version goes with it: a save after someone else's is
			// refused and shows the difference, instead of overwriting it.
			form = ArticleForm.of(autosave.get().content(), autosave.get().baseVersion());
			model.addAttribute("success", "Your autosaved text is back in the form. Save to keep it.");
		}
		else {
			form = ArticleForm.of(article.content(), article.version());
			autosave.ifPresent((text) -> model.addAttribute("autosave", text));
		}
		model.addAttribute("articleForm", form);
		return page(model, editor, article, this.forms.content(form, null));
	}

	@PostMapping(path = "/articles/{id}", params = "!preview")
	String update(@PathVariable long id, @Valid @ModelAttribute ArticleForm form, BindingResult result, Editor editor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		StoredArticle article = this.articles.find(id);
		ArticleContent content = this.forms.content(form, result);
		if (form.getVersion() == null) {
			result.reject("version", "This form has no version: reload the article, then paste your text in.");
		}
		if (!result.hasErrors()) {
			try {
				StoredArticle saved = this.articles.update(id, form.getVersion(), content, form.isSubstantiveUpdate(),
						editor);
				redirect.addFlashAttribute("success", savedMessage(saved));
				return "redirect:/admin/articles/" + id + "/edit";
			}
			catch (RuntimeException ex) {
				refused(ex, result, response, id, form, model);
			}
		}
		return page(model, editor, article, content);
	}

	@PostMapping(path = "/articles/{id}", params = "preview")
	String previewExisting(@PathVariable long id, @ModelAttribute ArticleForm form, BindingResult result, Editor editor,
			Model model) {
		return page(model, editor, this.articles.find(id), this.forms.content(form, null));
	}

	/**
	 * The live preview: the form in, the article and its checklist out, rendered by the
	 * production pipeline.
	 */
	@PostMapping("/preview")
	String preview(@ModelAttribute ArticleForm form, BindingResult result, Model model) {
		model.addAttribute("preview", this.articles.preview(this.forms.content(form, null)));
		return "admin/articles/parts :: live";
	}

	@PostMapping("/articles/autosave")
	@ResponseBody
	ResponseEntity<AutosaveResult> autosaveNew(@ModelAttribute ArticleForm form, BindingResult result, Editor editor) {
		ArticleContent content = this.forms.content(form, null);
		if (content.title() == null && content.bodyMarkdown().isBlank() && content.summary() == null) {
			return ResponseEntity.noContent().build();
		}
		StoredArticle draft;
		try {
			draft = this.articles.autosaveNew(content, editor);
		}
		catch (DataIntegrityViolationException ex) {
			// Another new draft took the same free address a moment ago; now it is
			// taken, the next attempt picks another.
			draft = this.articles.autosaveNew(content, editor);
		}
		return ResponseEntity.ok(AutosaveResult.created(draft));
	}

	@PostMapping("/articles/{id}/autosave")
	@ResponseBody
	AutosaveResult autosave(@PathVariable long id, @ModelAttribute ArticleForm form, BindingResult result,
			Editor editor) {
		long version = (form.getVersion() != null) ? form.getVersion() : this.articles.find(id).version();
		Instant savedAt = this.articles.autosave(id, version, this.forms.content(form, null), editor);
		return AutosaveResult.kept(id, savedAt);
	}

	@PostMapping("/articles/{id}/autosave/discard")
	String discardAutosave(@PathVariable long id, Editor editor, RedirectAttributes redirect) {
		this.articles.discardAutosave(id, editor);
		redirect.addFlashAttribute("success", "The autosaved text was discarded.");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	@GetMapping("/articles/{id}/export")
	ResponseEntity<String> export(@PathVariable long id) {
		ArticleContent content = this.articles.find(id).content();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ContentExport.fileName(content)).build().toString())
			.body(ContentExport.markdownFile(content));
	}

	private String page(Model model, Editor editor, StoredArticle article, ArticleContent content) {
		model.addAttribute("article", article);
		model.addAttribute("canPublish", editor.canPublish());
		model.addAttribute("sections", this.articles.sectionNames());
		model.addAttribute("preview", this.articles.preview(content));
		return FORM;
	}

	/**
	 * Reports why a save was refused beside the fields, keeping the form as typed.
	 */
	private void refused(RuntimeException ex, BindingResult result, HttpServletResponse response, Long id,
			ArticleForm form, Model model) {
		if (ex instanceof InvalidArticleException invalid) {
			for (InvalidArticleException.Problem problem : invalid.getProblems()) {
				if (problem.field() != null) {
					result.rejectValue(problem.field(), "invalid", problem.message());
				}
				else {
					result.reject("checklist", problem.message());
				}
			}
		}
		else if (ex instanceof EditRefusedException refused) {
			result.reject("refused", refused.getMessage());
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		else if (ex instanceof ArticleConflictException conflict) {
			conflict(conflict.getCurrent(), result, response, form, model);
		}
		else if (ex instanceof OptimisticLockingFailureException && id != null) {
			conflict(this.articles.find(id), result, response, form, model);
		}
		else if (ex instanceof DataIntegrityViolationException) {
			result.rejectValue("slug", "taken", "This address was taken a moment ago: choose another.");
		}
		else {
			throw ex;
		}
	}

	private void conflict(StoredArticle current, BindingResult result, HttpServletResponse response, ArticleForm form,
			Model model) {
		ArticleContent yours = this.forms.content(form, null);
		model.addAttribute("conflict",
				new Conflict(current,
						ArticleDiff.between(current.content(), yours.withPublication(yours.status(),
								(yours.publishedAt() != null) ? yours.publishedAt() : current.content().publishedAt(),
								current.content().updatedAt()))));
		// The next save is a deliberate one, over the version just shown.
		form.setVersion(current.version());
		result.reject("conflict", "Not saved: " + ((current.modifiedBy() != null) ? current.modifiedBy() : "someone")
				+ " saved this article while you were editing it. Your text is still in the form.");
		response.setStatus(HttpStatus.CONFLICT.value());
	}

	private static String savedMessage(StoredArticle saved) {
		return switch (saved.state()) {
			case DRAFT -> "Saved as a draft.";
			case SCHEDULED -> "Scheduled: readers see it from "
					+ new Dateline(saved.content().publishedAt(), null).publishedText() + ".";
			case PUBLISHED -> "Saved. It is published: readers see this version now.";
			case DELETED -> "Saved.";
		};
	}

	/**
	 * Someone else's save that a save was refused over, and how their version differs
	 * from the form's.
	 *
	 * @param current the article as saved now
	 * @param changes the differences, from their version to the form's
	 */
	record Conflict(StoredArticle current, List<ArticleDiff.Field> changes) {
	}

	/**
	 * What an autosave tells the page: when it was kept and, for a new article, where the
	 * draft it became lives now.
	 *
	 * @param id the article's id
	 * @param version its version, for the form to carry (new drafts only)
	 * @param action where the form saves to now (new drafts only)
	 * @param autosave where autosaves go now (new drafts only)
	 * @param edit the draft's edit page (new drafts only)
	 * @param savedAt when the text was kept, as an ISO-8601 instant
	 */
	record AutosaveResult(Long id, Long version, String action, String autosave, String edit, String savedAt) {

		static AutosaveResult created(StoredArticle draft) {
			String base = "/admin/articles/" + draft.id();
			return new AutosaveResult(draft.id(), draft.version(), base, base + "/autosave", base + "/edit",
					draft.modifiedAt().toString());
		}

		static AutosaveResult kept(long id, Instant savedAt) {
			return new AutosaveResult(id, null, null, null, null, savedAt.toString());
		}

	}

}
