// Size limits on a scenario, so a hostile or careless file cannot freeze the game or the tools.
export const MAX_MAP_SIZE = 128;
export const MAX_UNITS = 512;
export const MAX_TRIGGERS = 256;
export const MAX_OBJECTIVES = 64;
/** Errors reported for one file; past this the list ends with a note (each one costs a lookup). */
export const MAX_ERRORS = 200;
