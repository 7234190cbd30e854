/** Tests that drive the pages in a real headless browser. */
@NullMarked
package eu.jcohub.browser;

import org.jspecify.annotations.NullMarked;
