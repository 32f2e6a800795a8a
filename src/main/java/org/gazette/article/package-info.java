/**
 * Articles: the entity and its repository, the service every write goes through, and the
 * readers' pages (front page, article, section and tag listings). Other features depend
 * on this module; it depends only on {@code markdown} and {@code metrics}.
 */
package org.gazette.article;
