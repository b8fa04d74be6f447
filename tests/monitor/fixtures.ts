// Shared goal fixtures for the monitor tests.

/** A goal for the program "youth" with the given indicators; `extra` overrides goal-level fields. */
export function goalWith(indicators: object[], extra: object = {}): object {
  return {
    id: 'test-goal',
    version: 3,
    title: 'Test goal',
    department: 'PRNS',
    owner: 'Analyst',
    objective: 'Eligible households enrol at equal rates',
    program: { id: 'youth', name: 'Youth programs', department: 'PRNS' },
    populationOfFocus: { description: 'Eligible households' },
    reviewCadence: 'annual',
    indicators,
    ...extra,
  };
}

/** The share of households enrolled in "youth", split by district, with the given extra indicator fields. */
export function shareByDistrict(extra: object = {}): object {
  return {
    id: 'share',
    name: 'Share enrolled',
    rbaKind: 'howWell',
    recordSet: 'householdYears',
    measure: { kind: 'share', numerator: { field: 'enrolled', op: 'eq', value: true } },
    unit: 'proportion',
    direction: 'higherIsBetter',
    disaggregations: [{ id: 'district', label: 'District', field: 'attributes.district' }],
    dataSource: { name: 'Registrations', steward: 'PRNS' },
    ...extra,
  };
}
