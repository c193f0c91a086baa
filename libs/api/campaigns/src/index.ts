export * from './campaign.entity';
export * from './campaign.inputs';
export * from './campaigns.service';
export * from './campaigns.module';
