-- The running sums per operation, phase, risk area and unit over all reporting administrations: what the overview
-- adds up over thousands of operations, a few rows each instead of several times as many per administration (which
-- analytics_results keeps, for each administration's share). Kept in step with analytics_results by the same counting.
create table analytics_operation_results (
    operation_id uuid not null,
    phase integer not null,
    risk_area text not null,
    unit text not null,
    reports bigint not null,
    controls bigint not null,
    seizures bigint not null,
    hits bigint not null,
    controlled bigint not null,
    quantity numeric not null,
    value_eur numeric not null,
    primary key (operation_id, phase, risk_area, unit)
);

insert into analytics_operation_results (operation_id, phase, risk_area, unit, reports, controls, seizures, hits,
       controlled, quantity, value_eur)
select operation_id, phase, risk_area, unit, sum(reports), sum(controls), sum(seizures), sum(hits), sum(controlled),
       sum(quantity), sum(value_eur)
from analytics_results
group by operation_id, phase, risk_area, unit;
