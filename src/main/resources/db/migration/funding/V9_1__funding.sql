-- The funding programmes an operation may apply to, with their rules (reference data an administrator may change).
create table funding_programmes (
    code varchar(32) primary key,
    name text not null,
    valid_from date not null,
    valid_to date,
    coverage_percent numeric(5, 2) not null check (coverage_percent > 0 and coverage_percent <= 100),
    competences text[] not null,
    domains text[] not null,
    eligible_categories text[] not null,
    typical_lead_days integer not null check (typical_lead_days > 0),
    notes text not null default '',
    position integer not null
);

-- An operation's budget: what each cost costs and who pays it (an administration's code or CENTRAL).
create table funding_budget_lines (
    id bigserial primary key,
    operation_id uuid not null,
    category text not null,
    payer varchar(64) not null,
    amount_eur numeric(14, 2) not null check (amount_eur >= 0),
    note text not null default ''
);
create index funding_budget_lines_operation on funding_budget_lines (operation_id, id);

-- An explicit decision that the operation is paid by its administrations without a programme.
create table funding_self_funding (
    operation_id uuid primary key,
    note text not null default '',
    decided_by varchar(64) not null,
    decided_at timestamptz not null
);

-- Applications to a programme for one operation, with their dates and amounts.
create table funding_applications (
    id uuid primary key,
    operation_id uuid not null,
    programme_code varchar(32) not null references funding_programmes (code),
    requested_eur numeric(14, 2) not null check (requested_eur >= 0),
    submitted_on date,
    decided_on date,
    granted_eur numeric(14, 2) check (granted_eur >= 0),
    status text not null check (status in ('DRAFT', 'SUBMITTED', 'GRANTED', 'PARTLY_GRANTED', 'REFUSED', 'WITHDRAWN')),
    documents text not null default '',
    updated_by varchar(64) not null,
    updated_at timestamptz not null,
    check (decided_on is null or submitted_on is null or decided_on >= submitted_on),
    check (granted_eur is null or granted_eur <= requested_eur)
);
create index funding_applications_operation on funding_applications (operation_id);
create index funding_applications_programme on funding_applications (programme_code, status);

-- The programmes as described in the Council report (2011) and their successors. Categories: TRAVEL,
-- ACCOMMODATION, SUBSISTENCE, INTERPRETATION, EQUIPMENT, MEETINGS, STAFF_PLANNING, VAT.
insert into funding_programmes (code, name, valid_from, valid_to, coverage_percent, competences, domains,
    eligible_categories, typical_lead_days, notes, position) values
('REG-515-97', 'Council Regulation (EC) 515/97 operational budget', '1997-03-13', null, 100,
    '{EXCLUSIVE_EU}', '{CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 120,
    'Mutual administrative assistance in customs matters; the Commission (OLAF) pays the operational costs of JCOs in exclusive EU competence.', 1),
('HERCULE-II', 'HERCULE II', '2007-01-01', '2013-12-31', 80,
    '{EXCLUSIVE_EU}', '{FINANCIAL_INTERESTS,CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 300,
    'Protection of the EU''s financial interests; beneficiaries co-finance a fifth.', 2),
('CUSTOMS-2013', 'Customs 2013', '2008-01-01', '2013-12-31', 100,
    '{EXCLUSIVE_EU,SHARED}', '{CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,MEETINGS}', 270,
    'Joint actions by grant on an internal-market basis; beneficiaries co-finance mainly staff costs.', 3),
('ISEC', 'ISEC (Prevention of and Fight against Crime)', '2007-01-01', '2013-12-31', 80,
    '{SHARED}', '{CRIME_PREVENTION}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 300,
    'Operations in shared EU and Member State competence.', 4),
('HERCULE-III', 'Hercule III', '2014-01-01', '2020-12-31', 80,
    '{EXCLUSIVE_EU}', '{FINANCIAL_INTERESTS,CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 270,
    'Successor of HERCULE II.', 5),
('CUSTOMS-2020', 'Customs 2020', '2014-01-01', '2020-12-31', 100,
    '{EXCLUSIVE_EU,SHARED}', '{CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,MEETINGS}', 240,
    'Successor of Customs 2013.', 6),
('ISF-POLICE', 'Internal Security Fund – Police', '2014-01-01', '2020-12-31', 90,
    '{SHARED}', '{CRIME_PREVENTION}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 300,
    'Successor of ISEC; Union actions up to 90 %.', 7),
('ANTI-FRAUD-2027', 'Union Anti-Fraud Programme', '2021-01-01', '2027-12-31', 80,
    '{EXCLUSIVE_EU}', '{FINANCIAL_INTERESTS,CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 270,
    'Successor of Hercule III.', 8),
('CUSTOMS-2027', 'Customs programme 2021–2027', '2021-01-01', '2027-12-31', 100,
    '{EXCLUSIVE_EU,SHARED}', '{CUSTOMS}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,MEETINGS}', 240,
    'Successor of Customs 2020.', 9),
('ISF-2027', 'Internal Security Fund 2021–2027', '2021-01-01', '2027-12-31', 90,
    '{SHARED}', '{CRIME_PREVENTION}', '{TRAVEL,ACCOMMODATION,SUBSISTENCE,INTERPRETATION,EQUIPMENT,MEETINGS}', 300,
    'Successor of the Internal Security Fund – Police.', 10);
