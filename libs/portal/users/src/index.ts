export { InviteUserDialog, type InviteUserDialogProps } from './components/invite-user-dialog';
export { PartnerUsersPanel } from './components/partner-users-panel';
export { UserManagement } from './components/user-management';
export { assignableRoles, filterableRoles } from './lib/roles';
