import { useSession } from '@tandem/portal-data-access';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@mantine/core';
import { safeNextPath } from '../lib/password';
import { discoverSso } from '../lib/sso';
import { AuthCard } from './auth-card';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  if (user) return <Navigate to={next} replace />;
  const notice = params.get('expired')
    ? 'Your session ended. Sign in again to continue.'
    : params.get('next')
      ? 'Sign in to continue.'
      : null;
  // Set by the API when a single sign-on attempt was refused; plain text, shown as such.
  const ssoError = params.get('sso_error');
  return (
    <AuthCard title="Sign in" subtitle="Partner relationship management for your channel">
      {ssoError && (
        <Alert color="red" variant="light" role="alert" mb="md" data-testid="sso-error">
          {ssoError.slice(0, 500)}
        </Alert>
      )}
      <SignInForm
        notice={notice}
        discoverSso={discoverSso}
        onSubmit={async ({ email, password }) => {
          await signIn(email, password);
          navigate(next, { replace: true });
        }}
      />
    </AuthCard>
  );
}
