import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { NAV_AREAS, Permission } from '@tandem/shared-domain';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../layouts/app-layout';
import { NotFoundPage } from '../pages/not-found-page';
import { UpcomingPage } from '../pages/upcoming-page';
import { RequirePermission, RequireSession } from './route-guards';

/**
 * A page loaded on first visit, so the first screen only downloads what it shows (each feature
 * library becomes its own chunk). The layout's Suspense shows a skeleton meanwhile.
 */
function page<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): ComponentType<P> {
  return lazy(async () => ({ default: pick(await load()) }));
}

const SignInPage = page(
  () => import('../pages/areas/auth'),
  (m) => m.SignInPage,
);
const ForgotPasswordPage = page(
  () => import('../pages/areas/auth'),
  (m) => m.ForgotPasswordPage,
);
const ResetPasswordPage = page(
  () => import('../pages/areas/auth'),
  (m) => m.ResetPasswordPage,
);
const AcceptInvitePage = page(
  () => import('../pages/areas/auth'),
  (m) => m.AcceptInvitePage,
);
const ProfilePage = page(
  () => import('../pages/areas/auth'),
  (m) => m.ProfilePage,
);
const HomePage = page(
  () => import('../pages/home-page'),
  (m) => m.HomePage,
);
const PartnerDirectory = page(
  () => import('../pages/areas/partners'),
  (m) => m.PartnerDirectory,
);
const PartnerCreateForm = page(
  () => import('../pages/areas/partners'),
  (m) => m.PartnerCreateForm,
);
const PartnerImportPage = page(
  () => import('../pages/areas/partners'),
  (m) => m.PartnerImportPage,
);
const ProgramSettings = page(
  () => import('../pages/areas/partners'),
  (m) => m.ProgramSettings,
);
const PartnerDetailPage = page(
  () => import('../pages/partner-detail-page'),
  (m) => m.PartnerDetailPage,
);
const UserManagement = page(
  () => import('../pages/areas/users'),
  (m) => m.UserManagement,
);
const PersonaLibrary = page(
  () => import('../pages/areas/personas'),
  (m) => m.PersonaLibrary,
);
const PersonaCreateForm = page(
  () => import('../pages/areas/personas'),
  (m) => m.PersonaCreateForm,
);
const ContentArea = page(
  () => import('../pages/areas/content'),
  (m) => m.ContentArea,
);
const KitCreate = page(
  () => import('../pages/areas/content'),
  (m) => m.KitCreate,
);
const CampaignsPage = page(
  () => import('../pages/areas/campaigns'),
  (m) => m.CampaignsPage,
);
const CampaignEditorPage = page(
  () => import('../pages/areas/campaigns'),
  (m) => m.CampaignEditorPage,
);
const DefinitionsPage = page(
  () => import('../pages/areas/definitions'),
  (m) => m.DefinitionsPage,
);
const LeadsPage = page(
  () => import('../pages/areas/leads'),
  (m) => m.LeadsPage,
);
const LeadImportPage = page(
  () => import('../pages/areas/leads'),
  (m) => m.LeadImportPage,
);
const LeadRoutingPage = page(
  () => import('../pages/areas/lead-settings'),
  (m) => m.LeadRoutingPage,
);
const DealsPage = page(
  () => import('../pages/areas/deals'),
  (m) => m.DealsPage,
);
const DealRegisterPage = page(
  () => import('../pages/areas/deals'),
  (m) => m.DealRegisterPage,
);
const DealSettingsPage = page(
  () => import('../pages/areas/deals'),
  (m) => m.DealSettingsPage,
);
const GoalsPage = page(
  () => import('../pages/areas/goals'),
  (m) => m.GoalsPage,
);
const AnalyticsPage = page(
  () => import('../pages/areas/analytics'),
  (m) => m.AnalyticsPage,
);
const IncentivesPage = page(
  () => import('../pages/areas/incentives'),
  (m) => m.IncentivesPage,
);
const FundsPage = page(
  () => import('../pages/areas/funds'),
  (m) => m.FundsPage,
);
const IntegrationsPage = page(
  () => import('../pages/areas/integrations'),
  (m) => m.IntegrationsPage,
);
const AuditPage = page(
  () => import('../pages/audit-page'),
  (m) => m.AuditPage,
);
const CampaignDetailPage = page(
  () => import('../pages/campaign-detail-page'),
  (m) => m.CampaignDetailPage,
);
const ContentKitPage = page(
  () => import('../pages/content-kit-page'),
  (m) => m.ContentKitPage,
);
const DealDetailPage = page(
  () => import('../pages/deal-detail-page'),
  (m) => m.DealDetailPage,
);
const LeadDetailPage = page(
  () => import('../pages/lead-detail-page'),
  (m) => m.LeadDetailPage,
);
const PersonaDetailPage = page(
  () => import('../pages/persona-detail-page'),
  (m) => m.PersonaDetailPage,
);

const guarded = (permission: Permission, element: React.ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

/** Pages outside the signed-in layout wait for their chunk with a spinner. */
const standalone = (element: ReactNode) => (
  <Suspense
    fallback={
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    }
  >
    {element}
  </Suspense>
);

export const routes: RouteObject[] = [
  { path: '/sign-in', element: standalone(<SignInPage />) },
  { path: '/forgot-password', element: standalone(<ForgotPasswordPage />) },
  { path: '/reset-password', element: standalone(<ResetPasswordPage />) },
  { path: '/accept-invite', element: standalone(<AcceptInvitePage />) },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'partners', element: guarded(Permission.PartnerRead, <PartnerDirectory />) },
          {
            path: 'partners/new',
            element: guarded(Permission.PartnerCreate, <PartnerCreateForm />),
          },
          {
            path: 'partners/import',
            element: guarded(Permission.PartnerCreate, <PartnerImportPage />),
          },
          { path: 'partners/:id', element: guarded(Permission.PartnerRead, <PartnerDetailPage />) },
          { path: 'personas', element: guarded(Permission.PersonaRead, <PersonaLibrary />) },
          {
            path: 'personas/new',
            element: guarded(Permission.PersonaManage, <PersonaCreateForm />),
          },
          { path: 'personas/:id', element: guarded(Permission.PersonaRead, <PersonaDetailPage />) },
          {
            path: 'content',
            element: guarded(Permission.ContentRead, <ContentArea tab="library" />),
          },
          {
            path: 'content/kits',
            element: guarded(Permission.ContentRead, <ContentArea tab="kits" />),
          },
          {
            path: 'content/reports',
            element: guarded(Permission.ContentRead, <ContentArea tab="reports" />),
          },
          { path: 'content/kits/new', element: guarded(Permission.ContentManage, <KitCreate />) },
          {
            path: 'content/kits/:id',
            element: guarded(Permission.ContentRead, <ContentKitPage />),
          },
          { path: 'campaigns', element: guarded(Permission.CampaignRead, <CampaignsPage />) },
          {
            path: 'campaigns/new',
            element: guarded(Permission.CampaignManage, <CampaignEditorPage />),
          },
          {
            path: 'campaigns/:id',
            element: guarded(Permission.CampaignRead, <CampaignDetailPage />),
          },
          { path: 'leads', element: guarded(Permission.LeadRead, <LeadsPage />) },
          { path: 'leads/import', element: guarded(Permission.LeadImport, <LeadImportPage />) },
          { path: 'leads/:id', element: guarded(Permission.LeadRead, <LeadDetailPage />) },
          { path: 'deals', element: guarded(Permission.DealRead, <DealsPage />) },
          { path: 'deals/new', element: guarded(Permission.DealRegister, <DealRegisterPage />) },
          { path: 'deals/:id', element: guarded(Permission.DealRead, <DealDetailPage />) },
          { path: 'goals/*', element: guarded(Permission.GoalRead, <GoalsPage />) },
          { path: 'analytics/*', element: guarded(Permission.AnalyticsRead, <AnalyticsPage />) },
          { path: 'funds/*', element: guarded(Permission.MdfRead, <FundsPage />) },
          {
            path: 'incentives/*',
            element: guarded(Permission.IncentiveRead, <IncentivesPage />),
          },
          {
            path: 'definitions',
            element: guarded(Permission.DefinitionRead, <DefinitionsPage />),
          },
          { path: 'users', element: guarded(Permission.UserRead, <UserManagement />) },
          {
            path: 'integrations/*',
            element: guarded(Permission.IntegrationManage, <IntegrationsPage />),
          },
          {
            path: 'settings',
            element: guarded(Permission.ProgramSettingsManage, <ProgramSettings />),
          },
          {
            path: 'lead-routing',
            element: guarded(Permission.RoutingManage, <LeadRoutingPage />),
          },
          {
            path: 'deal-settings',
            element: guarded(Permission.DealManage, <DealSettingsPage />),
          },
          { path: 'audit', element: guarded(Permission.AuditRead, <AuditPage />) },
          { path: 'profile', element: <ProfilePage /> },
          ...NAV_AREAS.filter((area) => area.upcoming).map((area) => ({
            path: area.path.slice(1),
            element: guarded(area.permission, <UpcomingPage area={area} />),
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
