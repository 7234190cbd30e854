/**
 * Naples II cooperation: the special forms of cooperation of the Naples II Convention (hot pursuit, cross-border
 * surveillance, controlled deliveries, covert investigations, joint special investigation teams). Each member state
 * keeps its competence matrix (who is competent, its declarations, its contact point); guidance for a pair of
 * states is written from it; requests for a special form are registered on operations, and their use is counted so
 * that the working party sees whether awareness grows.
 */
@NullMarked
package eu.jcohub.cooperation;

import org.jspecify.annotations.NullMarked;
