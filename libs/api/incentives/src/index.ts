export * from './incentive.entities';
export * from './incentive-math';
export * from './incentives.service';
export * from './incentives.module';
