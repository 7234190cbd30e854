/**
 * In-app notifications: what a user must hear about — a new conflict with one of their operations, a task
 * falling due — shown in JCO Hub until read.
 */
@NullMarked
package eu.jcohub.notifications;

import org.jspecify.annotations.NullMarked;
