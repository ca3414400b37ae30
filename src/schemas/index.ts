/** Every entity schema of the data contract, one module per entity. */
export * from './common';
export * from './source';
export * from './property';
export * from './cell';
export * from './limitation';
export * from './history';
export * from './status';
export * from './plugin';
export * from './configuration';
export * from './policy-engine';
export * from './decision';
export * from './limit';
export * from './glossary-term';
export * from './guidance';
export * from './setting';
export * from './error';
