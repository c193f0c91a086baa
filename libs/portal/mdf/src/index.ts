export { FundsPage } from './components/funds-page';
