/**
 * The importer of {@code content/*.md}: markdown files with YAML front matter, validated
 * one by one and imported at start-up. A bad file is skipped with one log line naming it
 * and the reason; unchanged files are skipped by content hash. Instances that share a
 * database import one at a time, under a row lock.
 */
package org.gazette.content;
