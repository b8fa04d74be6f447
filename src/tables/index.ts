/**
 * Tables — from a city's own exports to the library's records. Pure table mappers that turn parsed rows (CSV
 * parsers, d3-dsv, Deno std csv, Arquero, DuckDB, Arrow `toArray()`, GeoJSON FeatureCollections) into `Household`,
 * `Enrollment` and `Site` records, driven by a declarative, JSON-serialisable mapping; every row becomes a record or
 * a problem with its row, column, value, a stable code and a fix.
 *
 * Import it alone with `import { … } from "equity-lens/tables"`, or from the package root.
 *
 * @module tables
 */

export type {
  BooleanColumn,
  BooleanField,
  CategoricalFlagMapping,
  CategoricalListMapping,
  ColumnFieldBase,
  ConstantField,
  DateColumn,
  DateField,
  EnrollmentTableMapping,
  FrequencyField,
  HouseholdTableMapping,
  IncomeSourceMapping,
  LatLngColumns,
  ListColumn,
  ListField,
  LocationMapping,
  NumberColumn,
  NumberField,
  PersonTableMapping,
  PointColumn,
  PointFeature,
  PointFeatureCollection,
  PointGeometry,
  SiteTableMapping,
  TableFeature,
  TableFeatureCollection,
  TableInput,
  TableMapping,
  TableMappingDefaults,
  TableMappingResult,
  TableName,
  TableOnInvalid,
  TableProblem,
  TableProblemCode,
  TableRow,
  TableSummary,
  TextColumn,
  TextField,
  WideMembersMapping,
} from './types.ts';
export { TableMappingSchema } from './TableMappingSchema.ts';
export { defineTableMapping } from './defineTableMapping.ts';
export { tableMappingJsonSchema } from './tableMappingJsonSchema.ts';
export type { JsonSchemaOptions } from '../internal/jsonSchema.ts';
export { createTableMapper } from './createTableMapper.ts';
export type { CreateTableMapperOptions, TableBatchOptions, TableMapper, TableMapperFinish } from './createTableMapper.ts';
export { mapTables } from './mapTables.ts';
export type { MapTablesOptions, MapTablesResult, TableInputs } from './mapTables.ts';
export { mapHouseholds } from './mapHouseholds.ts';
export type { MapHouseholdsOptions } from './mapHouseholds.ts';
export { mapEnrollments } from './mapEnrollments.ts';
export type { MapEnrollmentsOptions } from './mapEnrollments.ts';
export { mapSites } from './mapSites.ts';
export type { MapSitesOptions } from './mapSites.ts';
export { TABLE_PROBLEM_COLUMNS, problemsToRows } from './problemsToRows.ts';
export { TABLE_PROBLEM_CODES } from './tableProblemCodes.ts';
export type { TableProblemRow } from './problemsToRows.ts';
export { toFeatureCollection } from './toFeatureCollection.ts';
export type { LocatedRecord, RecordProperties, ToFeatureCollectionOptions } from './toFeatureCollection.ts';
