/**
 * Funding: the programmes that pay for operations and their rules, an advisor saying which programme pays which cost
 * and why (beside the 100 % mechanism the working group recommends), each operation's budget by cost and payer, its
 * applications to programmes, and how long a decision takes, so that an operation applies in time.
 */
@NullMarked
package eu.jcohub.funding;

import org.jspecify.annotations.NullMarked;
