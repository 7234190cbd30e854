/**
 * Data protection (Directive (EU) 2016/680): which fields hold personal data, how long each organisation keeps
 * them, the daily job that anonymises what is due, and the subject-access search. Modules holding personal data
 * take part through {@link eu.jcohub.protection.PersonalDataStore}.
 */
@NullMarked
package eu.jcohub.protection;

import org.jspecify.annotations.NullMarked;
