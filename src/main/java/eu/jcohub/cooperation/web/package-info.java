@NullMarked
package eu.jcohub.cooperation.web;

import org.jspecify.annotations.NullMarked;
