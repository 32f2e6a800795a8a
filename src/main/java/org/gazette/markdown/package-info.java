/**
 * The one markdown pipeline: flexmark parses untrusted markdown, figures and footnotes
 * are shaped for news pages, and a jsoup allow-list cleans the result before anything is
 * stored.
 */
package org.gazette.markdown;
