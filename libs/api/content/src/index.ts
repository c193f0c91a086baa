export * from './content.entities';
export * from './content.inputs';
export * from './content.service';
export * from './content-storage';
export * from './upload-receiver';
export * from './cobrand';
export * from './file-rules';
export * from './content.module';
export { disposition } from './content.controller';
