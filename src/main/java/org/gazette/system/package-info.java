/**
 * What the whole application shares: the clock, web configuration and error pages.
 * Nothing depends on this module.
 */
package org.gazette.system;
