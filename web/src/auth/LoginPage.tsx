/** Sign-in for officers and admins; afterwards back to the page that asked for it. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../ui/feedback';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { hasRole, STAFF_ROLES, useLogin, useSession } from './session';

/** Only paths inside this site: a crafted ?lanjut= must not send anyone elsewhere. */
function safeNext(next: string | null, fallback: string): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const home = (user = session.data) => (hasRole(user, ...STAFF_ROLES) ? '/konsol' : '/');
  if (session.data && !login.isPending) return <Navigate to={safeNext(params.get('lanjut'), home())} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: (answer) => navigate(safeNext(params.get('lanjut'), home(answer.user)), { replace: true }) });
  };

  return (
    <main id="main" className="page narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <p>{t('auth.signInIntro')}</p>
      <form onSubmit={submit} className="form" noValidate>
        <div className="field">
          <label htmlFor="login-email">{t('auth.email')}</label>
          <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.password')}</label>
          <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <ErrorMessage error={login.error} />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      <p className="hint">{t('auth.citizensNeedNoAccount')}</p>
    </main>
  );
}
