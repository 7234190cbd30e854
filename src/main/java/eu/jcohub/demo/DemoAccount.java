package eu.jcohub.demo;

import eu.jcohub.access.Role;

/** A demo account (password {@value DemoAccounts#PASSWORD}); the people are fictional. */
record DemoAccount(String username, String displayName, String organisation, Role role) {
}
