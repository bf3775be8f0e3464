/**
 * Pages behind a login. Not signed in: off to /masuk, and back here afterwards. Signed in without
 * the role: a plain explanation, not a blank page. The server checks every request anyway; this
 * only spares people pages they cannot use.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage, Loading } from '../ui/feedback';
import { hasRole, type Role, useSession } from './session';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) return <Navigate to={`/masuk?lanjut=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!hasRole(session.data, ...roles)) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('auth.forbiddenTitle')}</h1>
        <p>{t('auth.forbiddenText')}</p>
      </main>
    );
  }
  return children;
}
