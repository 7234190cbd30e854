-- The short form shown with an organiser's colour in the calendar and its legend: a letter code that tells
-- organisers apart where a full name does not fit (and for readers who cannot tell the colours apart).
alter table organisations add column abbreviation varchar(8);

update organisations set abbreviation = country where kind = 'CUSTOMS';
update organisations set abbreviation = country || '-POL' where kind = 'POLICE';
update organisations set abbreviation = country || '-JUD' where kind = 'JUDICIAL';
update organisations set abbreviation = v.abbreviation
from (values ('CCWP', 'CCWP'), ('LEWP', 'LEWP'), ('COSI', 'COSI'), ('FACILITATION', 'FAC'), ('OLAF', 'OLAF'),
             ('TAXUD', 'TAXUD'), ('FRONTEX', 'FX'), ('EUROPOL', 'EPOL'), ('EUROJUST', 'EJUST'), ('EMSA', 'EMSA'),
             ('EUBAM', 'EUBAM'), ('WCO', 'WCO'), ('RILO-WE', 'R-WE'), ('RILO-ECE', 'R-ECE'), ('RILO-CIS', 'R-CIS'),
             ('SELEC', 'SELEC'), ('MAOC-N', 'MAOC'), ('CECLAD-M', 'CECL'), ('INTERPOL', 'IPOL'), ('JCOHUB', 'HUB'))
     as v (code, abbreviation)
where organisations.code = v.code;
