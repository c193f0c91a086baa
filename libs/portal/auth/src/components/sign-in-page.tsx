import { useSession } from '@tandem/portal-data-access';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../lib/password';
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
  return (
    <AuthCard title="Sign in" subtitle="Partner relationship management for your channel">
      <SignInForm
        notice={notice}
        onSubmit={async ({ email, password }) => {
          await signIn(email, password);
          navigate(next, { replace: true });
        }}
      />
    </AuthCard>
  );
}
