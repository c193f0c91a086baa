export { ContentArea, type ContentTab } from './components/content-area';
export { KitCreate, KitDetail, KitNotFound } from './components/kit-detail';
export { PersonaKits } from './components/persona-kits';
