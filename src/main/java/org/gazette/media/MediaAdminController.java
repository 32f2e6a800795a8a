package org.gazette.media;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.gazette.article.Pagination;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photo library: upload a photo with its alt text, caption and credit, and copy the
 * markdown that shows it as a figure. Answers JSON to the editor's photo picker, which
 * asks for it.
 */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	private static final String LIST = "admin/media/list";

	private static final int PER_PAGE = 24;

	private static final int RECENT = 12;

	private final MediaService media;

	MediaAdminController(MediaService media) {
		this.media = media;
	}

	@ModelAttribute("maxUploadSize")
	String maxUploadSize() {
		return this.media.maxUploadSizeText();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") @Min(1) int page, Model model) {
		model.addAttribute("upload", new PhotoUploadForm());
		addLibrary(model, page);
		return LIST;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	PhotoLibrary recent() {
		return new PhotoLibrary(this.media.maxUploadSize(), this.media.maxUploadSizeText(),
				this.media.photos(1, RECENT).photos());
	}

	// The file comes first, so that the upload is parsed before the form is bound: a file
	// above the container's limit then ends in tooLarge below, not in the container.
	@PostMapping
	ModelAndView create(@RequestParam(name = "file", required = false) MultipartFile file,
			@Valid @ModelAttribute("upload") PhotoUploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Photo photo = upload(form, result);
		if (photo == null) {
			addLibrary(model, 1);
			return new ModelAndView(LIST, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		redirect.addFlashAttribute("success", "Uploaded " + photo.name() + " (" + photo.width() + " × " + photo.height()
				+ " pixels). Copy its markdown below into an article.");
		redirect.addFlashAttribute("uploaded", photo.name());
		return new ModelAndView("redirect:/admin/media");
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> createFromPicker(@RequestParam(name = "file", required = false) MultipartFile file,
			@Valid @ModelAttribute("upload") PhotoUploadForm form, BindingResult result) {
		Photo photo = upload(form, result);
		if (photo == null) {
			return ResponseEntity.unprocessableContent().body(UploadRefused.of(result));
		}
		return ResponseEntity.created(URI.create(photo.url())).body(photo);
	}

	/**
	 * Uploads are parsed when the handler reads them, so a file above the multipart limit
	 * ends here with the same clear message as one just above the photo limit. (A form
	 * whose CSRF token travels in the body never gets here: the security filter's reading
	 * of the token meets the limit first, and templates/error/413.html says the same.)
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String message = "The file is larger than the " + this.media.maxUploadSizeText() + " a photo may be.";
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(new UploadRefused(message, Map.of("file", message)));
		}
		ModelAndView view = new ModelAndView(LIST, HttpStatus.CONTENT_TOO_LARGE);
		view.addObject("upload", new PhotoUploadForm());
		view.addObject("failure", message);
		view.addObject("maxUploadSize", this.media.maxUploadSizeText());
		addLibrary(view.getModelMap(), 1);
		return view;
	}

	private Photo upload(PhotoUploadForm form, BindingResult result) {
		if (!form.hasFile()) {
			result.rejectValue("file", "missing", "Choose a photo to upload.");
		}
		if (result.hasErrors()) {
			return null;
		}
		try {
			return this.media.upload(form.toUpload());
		}
		catch (InvalidImageException ex) {
			result.rejectValue("file", "invalid", form.fileName() + " " + ex.getMessage() + ".");
			return null;
		}
	}

	private void addLibrary(Map<String, Object> model, int page) {
		PhotoPage photos = this.media.photos(page, PER_PAGE);
		model.put("photos", photos.photos());
		model.put("pages", new Pagination(photos.number(), photos.totalPages(), "/admin/media"));
	}

	private void addLibrary(Model model, int page) {
		addLibrary(model.asMap(), page);
	}

	/**
	 * What the photo picker loads: the limit, to warn before uploading, and recent
	 * photos.
	 *
	 * @param maxUploadBytes the largest photo accepted, in bytes
	 * @param maxUploadSize the same for people
	 * @param photos the newest photos
	 */
	record PhotoLibrary(long maxUploadBytes, String maxUploadSize, List<Photo> photos) {
	}

	/**
	 * Why an upload was refused, for the photo picker.
	 *
	 * @param error the message to show
	 * @param fields messages by form field
	 */
	record UploadRefused(String error, Map<String, String> fields) {

		static UploadRefused of(BindingResult result) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (FieldError error : result.getFieldErrors()) {
				fields.putIfAbsent(error.getField(), error.getDefaultMessage());
			}
			return new UploadRefused(String.join(" ", fields.values()), fields);
		}

	}

}
