export * from './account-keys';
export * from './money';
export * from './deal.entities';
export * from './deal.inputs';
export * from './deals.service';
export * from './catalog.service';
export * from './deals.module';
