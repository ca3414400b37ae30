/** The model layer: read data/, resolve it, and check it with the integrity rules. */
export { checkData, loadModel } from './load';
export { DataError, formatIssue, type DataIssue } from './data-issue';
export { dataLocations, type DataLocations } from './locations';
export { resolveModel, type Model } from './model';
export { readData, readCollection, COLLECTIONS, type Entry, type RawData, type CollectionName } from './read';
export { RULES, runRules, type Rule } from './rules';
export { configurationId, dataplanePlugin, findConfiguration } from './configurations';
export { activeLimitations, inactiveLimitations, isActiveLimitation } from './limitations';
