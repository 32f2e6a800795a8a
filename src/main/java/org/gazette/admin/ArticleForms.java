package org.gazette.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.LeadImage;
import org.gazette.article.Slugs;
import org.gazette.media.Media;
import org.gazette.media.MediaService;

import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns the article form into {@link ArticleContent}: text is trimmed and line endings
 * made Unix ones (so an export reads back the same), the slug is derived from the
 * headline when left empty, and the lead photo's size is taken from the upload.
 */
@Component
class ArticleForms {

	private final MediaService media;

	ArticleForms(MediaService media) {
		this.media = media;
	}

	/**
	 * Reads the form, rejecting what only this step can tell: an unknown photo, a tag too
	 * long.
	 * @param form the form
	 * @param errors where to report, or {@code null} to take the form as it is (for
	 * autosave and preview)
	 * @return the content
	 */
	ArticleContent content(ArticleForm form, @Nullable Errors errors) {
		String title = text(form.getTitle());
		String slug = text(form.getSlug());
		if (slug == null && title != null) {
			slug = Slugs.ofTitle(title);
		}
		List<String> tags = new ArrayList<>();
		if (form.getTags() != null) {
			for (String tag : form.getTags().split(",")) {
				String name = tag.strip();
				if (name.isEmpty()) {
					continue;
				}
				if (name.length() > ArticleContent.MAX_NAME && errors != null) {
					errors.rejectValue("tags", "tooLong",
							"A tag is at most " + ArticleContent.MAX_NAME + " characters; separate tags by commas.");
				}
				tags.add(name);
			}
		}
		Instant publishAt = form.publishInstant();
		if (errors != null && publishAt == null && text(form.getPublishAt()) != null
				&& !errors.hasFieldErrors("publishAt")) {
			errors.rejectValue("publishAt", "invalid", "This is not a time: give it as 2026-12-01T09:30.");
		}
		ArticleStatus status = (form.getStatus() != null) ? form.getStatus() : ArticleStatus.DRAFT;
		return new ArticleContent(title, slug, oneParagraph(form.getSummary()), body(form.getBody()),
				text(form.getSection()), tags, text(form.getAuthor()), text(form.getSource()), image(form, errors),
				status, publishAt, null, text(form.getCorrection()));
	}

	private LeadImage image(ArticleForm form, @Nullable Errors errors) {
		String name = text(form.getImageName());
		if (name == null) {
			if (errors != null && (text(form.getImageAlt()) != null || text(form.getImageCaption()) != null
					|| text(form.getImageCredit()) != null)) {
				errors.rejectValue("imageName", "missing",
						"Choose a photo for this alt text, caption and credit, or clear them.");
			}
			return null;
		}
		Optional<Media> upload = this.media.find(name);
		if (upload.isEmpty() && errors != null) {
			errors.rejectValue("imageName", "unknown",
					"No uploaded photo is called '" + name + "': upload it or choose one from the photos.");
		}
		return new LeadImage(name, text(form.getImageAlt()), text(form.getImageCaption()), text(form.getImageCredit()),
				upload.map(Media::getWidth).orElse(null), upload.map(Media::getHeight).orElse(null));
	}

	/**
	 * Markdown as a content file keeps it: Unix line endings, no blank lines at the
	 * start, one line break at the end.
	 */
	static String body(String text) {
		if (text == null) {
			return "\n";
		}
		String unix = String.join("\n", text.lines().toList());
		return unix.replaceFirst("\\A(?:[ \\t]*\\n)+", "").stripTrailing() + "\n";
	}

	private static String oneParagraph(String text) {
		String stripped = text(text);
		return (stripped != null) ? String.join("\n", stripped.lines().toList()) : null;
	}

	static String text(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
