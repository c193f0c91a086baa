export { GoalsHomeOverview } from './components/goals-home-overview';
export { GoalsPage } from './components/goals-page-loader';
