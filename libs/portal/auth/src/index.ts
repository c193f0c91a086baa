export { AcceptInvitePage } from './components/accept-invite-page';
export { ForgotPasswordPage } from './components/forgot-password-page';
export { ProfilePage } from './components/profile-page';
export { ResetPasswordPage } from './components/reset-password-page';
export { SignInForm, type SignInFormProps, type SignInValues } from './components/sign-in-form';
export { SignInPage } from './components/sign-in-page';
export { PASSWORD_HINT, passwordSchema, safeNextPath } from './lib/password';
