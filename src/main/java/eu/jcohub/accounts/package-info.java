/**
 * Accounts and signing in: who may sign in and how (password with lockout and rules, second factor, the
 * organisation's identity provider, personal API and calendar-feed tokens, rate limits), and the account pages.
 */
@NullMarked
package eu.jcohub.accounts;

import org.jspecify.annotations.NullMarked;
