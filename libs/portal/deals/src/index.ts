export { DealDetail, DealNotFound } from './components/deal-detail';
export { DealRegisterPage } from './components/deal-register-page';
export { DealsPage } from './components/deals-page';
export { DealSettingsPage } from './components/settings/deal-settings-page';
