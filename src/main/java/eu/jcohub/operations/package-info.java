/**
 * The coordination calendar: one register of every operation (full-scale and regional JCOs, national
 * operations, and those of other bodies), its plan, its place in the lifecycle and who may change it. Other
 * capabilities add their parts to an operation's page ({@link eu.jcohub.operations.OperationSection}) and advice
 * to its form ({@link eu.jcohub.operations.DraftAdvisor}) without this module knowing them.
 */
@NullMarked
package eu.jcohub.operations;

import org.jspecify.annotations.NullMarked;
