export * from './mdf.entities';
export * from './mdf.service';
export * from './mdf.module';
