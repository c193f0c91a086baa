export { LeadRoutingPage } from './components/lead-routing-page';
