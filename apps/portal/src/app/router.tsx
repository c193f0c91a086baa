import {
  AcceptInvitePage,
  ForgotPasswordPage,
  ProfilePage,
  ResetPasswordPage,
  SignInPage,
} from '@tandem/portal-auth';
import { PartnerCreateForm, PartnerDirectory, ProgramSettings } from '@tandem/portal-partners';
import { NAV_AREAS, Permission } from '@tandem/shared-domain';
import { UserManagement } from '@tandem/portal-users';
import { PersonaCreateForm, PersonaLibrary } from '@tandem/portal-personas';
import { ContentArea, KitCreate } from '@tandem/portal-content';
import { CampaignEditorPage, CampaignsPage } from '@tandem/portal-campaigns';
import { DefinitionsPage } from '@tandem/portal-definitions';
import { LeadImportPage, LeadsPage } from '@tandem/portal-leads';
import { LeadRoutingPage } from '@tandem/portal-lead-settings';
import { DealRegisterPage, DealSettingsPage, DealsPage } from '@tandem/portal-deals';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../layouts/app-layout';
import { AuditPage } from '../pages/audit-page';
import { CampaignDetailPage } from '../pages/campaign-detail-page';
import { ContentKitPage } from '../pages/content-kit-page';
import { DealDetailPage } from '../pages/deal-detail-page';
import { HomePage } from '../pages/home-page';
import { LeadDetailPage } from '../pages/lead-detail-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PartnerDetailPage } from '../pages/partner-detail-page';
import { PersonaDetailPage } from '../pages/persona-detail-page';
import { UpcomingPage } from '../pages/upcoming-page';
import { RequirePermission, RequireSession } from './route-guards';

const guarded = (permission: Permission, element: React.ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/accept-invite', element: <AcceptInvitePage /> },
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
          {
            path: 'definitions',
            element: guarded(Permission.DefinitionRead, <DefinitionsPage />),
          },
          { path: 'users', element: guarded(Permission.UserRead, <UserManagement />) },
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
