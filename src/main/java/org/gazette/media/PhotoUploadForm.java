package org.gazette.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: a photo and what a page prints beside it.
 */
class PhotoUploadForm {

	private MultipartFile file;

	@NotBlank(message = "Describe the photo for readers who cannot see it.")
	@Size(max = 500, message = "Alt text is at most 500 characters.")
	private String alt;

	@Size(max = 1000, message = "A caption is at most 1,000 characters.")
	private String caption;

	@Size(max = 300, message = "A credit is at most 300 characters.")
	private String credit;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getAlt() {
		return this.alt;
	}

	public void setAlt(String alt) {
		this.alt = alt;
	}

	public String getCaption() {
		return this.caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public void setCredit(String credit) {
		this.credit = credit;
	}

	boolean hasFile() {
		return this.file != null && !(this.file.isEmpty() && isBlank(this.file.getOriginalFilename()));
	}

	String fileName() {
		String name = (this.file != null) ? this.file.getOriginalFilename() : null;
		if (isBlank(name)) {
			return "The file";
		}
		return "“" + ((name.length() > 80) ? name.substring(0, 79) + "…" : name) + "”";
	}

	PhotoUpload toUpload() {
		return new PhotoUpload(this.file.getOriginalFilename(), this.file.getSize(), this.file, this.alt, this.caption,
				this.credit);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
