export * from './definition.types';
export * from './definition.entities';
export * from './mql-score';
export * from './definitions.service';
export * from './definitions.module';
