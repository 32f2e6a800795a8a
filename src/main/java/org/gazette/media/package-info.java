/**
 * Images: checked by decoding their content, stored in the database so that every
 * instance serves the same bytes, and served at {@code /media/{name}} under
 * content-addressed names.
 */
package org.gazette.media;
