/**
 * Full-text search: articles are indexed by Hibernate Search in an embedded Lucene index
 * whenever Hibernate saves one, whatever code path saves it; the search page ranks and
 * highlights the matches readers may see, and related stories come from the same index.
 */
package org.gazette.search;
