// The scenario format's public face: parse and validate scenario and roster files, the schema, the
// file types a modder writes, and how errors are printed.
export { parseScenario, type ParseOptions, type ParseResult } from './parse';
export { defaultRoster, parseRoster, type Roster, type RosterResult } from './roster';
export { formatScenarioError, type ScenarioError } from './errors';
export { SCENARIO_SCHEMA, schemaText } from './schema';
export { DEFAULT_LEGEND } from './format';
export type { AreaFile, ItemFile, Legend, MapFile, RosterFile, ScenarioFile, UnitFile, UnitTypeFile } from './format';
export { MAX_MAP_SIZE, MAX_OBJECTIVES, MAX_TRIGGERS, MAX_UNITS } from './limits';
