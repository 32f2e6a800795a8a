package org.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The photo at the top of an article, with what a news page prints beside it.
 *
 * @param name the media name, served at {@code /media/{name}}
 * @param alt the text alternative
 * @param caption the caption
 * @param credit the credit line
 * @param width the width in pixels
 * @param height the height in pixels
 */
@Embeddable
public record LeadImage(@Column(name = "image_name") String name, @Column(name = "image_alt") String alt,
		@Column(name = "image_caption") String caption, @Column(name = "image_credit") String credit,
		@Column(name = "image_width") Integer width, @Column(name = "image_height") Integer height) {

	/**
	 * The path readers load the image from.
	 * @return the media URL path
	 */
	public String url() {
		return "/media/" + this.name;
	}

}
