/**
 * Images: checked by decoding their content, resized for {@code srcset}, stored in the
 * database so that every instance serves the same bytes, and served at
 * {@code /media/{name}} under content-addressed names. Editors upload photos in the photo
 * library ({@code /admin/media}) or the photo panel beside an article's body.
 */
package org.gazette.media;
