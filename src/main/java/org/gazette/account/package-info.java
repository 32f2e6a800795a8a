/**
 * Editor accounts, sign-in and the security configuration: which routes need an account,
 * and the security headers every response carries.
 */
package org.gazette.account;
