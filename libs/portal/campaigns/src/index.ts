export { CampaignDetail, CampaignEditorPage, CampaignNotFound } from './components/campaign-detail';
export { CampaignFeedWidget } from './components/campaign-feed-widget';
export { CampaignsPage } from './components/campaigns-page';
