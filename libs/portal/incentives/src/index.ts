export { IncentivesPage } from './components/incentives-page';
export { IncentivesHomeWidget } from './components/incentives-home-widget';
