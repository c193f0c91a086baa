export * from './api-token.entity';
export * from './api-tokens.service';
export * from './tokens.module';
