// Loaded on demand by the router (a chunk of its own); the library is imported statically here.
export {
  AcceptInvitePage,
  ForgotPasswordPage,
  ProfilePage,
  ResetPasswordPage,
  SignInPage,
} from '@tandem/portal-auth';
