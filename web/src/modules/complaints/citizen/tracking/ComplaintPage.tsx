/**
 * One complaint by its tracking number. The reporter's secret comes from the private link's
 * fragment (#kunci=...), is kept in this tab's sessionStorage for that number, and is taken out of
 * the address bar at once; with it the page offers the reporter's steps.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../../../api/problem';
import { ErrorMessage, Loading } from '../../../../ui/feedback';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { OPEN_STATUSES } from '../../shared/types';
import { ComplaintSummary } from './ComplaintSummary';
import { ReporterActions } from './ReporterActions';
import { ReporterSecret } from './reporterSecret';
import { SecretForm } from './SecretForm';
import { SupportBox } from './SupportBox';
import { Timeline } from './Timeline';
import { TrackForm } from './TrackForm';
import { forgetSecret, rememberSecret, secretFromHash, storedSecret } from './trackingNo';
import { useTrackedComplaint } from './useTracking';

export function ComplaintPage({ trackingNo }: { trackingNo: string }) {
  const { t } = useTranslation('citizen');
  const location = useLocation();
  const navigate = useNavigate();
  const [secret, setSecret] = useState(() => secretFromHash(location.hash) ?? storedSecret(trackingNo));
  const [announcement, setAnnouncement] = useState('');
  const announcer = useRef<HTMLDivElement>(null);
  const detail = useTrackedComplaint(trackingNo, secret);
  useDocumentTitle(t('track.detail.title', { no: trackingNo }));

  useEffect(() => {
    const fromHash = secretFromHash(location.hash);
    if (!fromHash) return;
    rememberSecret(trackingNo, fromHash);
    setSecret(fromHash);
    // Out of the address bar at once, and so out of history, bookmarks and screenshots.
    navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate, trackingNo]);

  const openAsReporter = (code: string) => {
    rememberSecret(trackingNo, code);
    setSecret(code);
  };
  const forget = () => {
    forgetSecret(trackingNo);
    setSecret(null);
    announce(t('action.forgotten'));
  };
  /** Says what just happened, and takes focus there: the form that was used may be gone now. */
  function announce(message: string) {
    setAnnouncement(message);
    requestAnimationFrame(() => announcer.current?.focus());
  }

  const notFound = detail.error instanceof ApiError && detail.error.status === 404;
  const complaint = detail.data?.complaint;

  return (
    <main id="main" className="page narrow">
      <p className="track-back">
        <Link to="/lacak">{t('track.detail.other')}</Link>
      </p>
      <h1>{t('track.detail.title', { no: trackingNo })}</h1>
      <div ref={announcer} tabIndex={-1} role="status" aria-live="polite" className={announcement ? 'alert alert-success track-announce' : undefined}>
        {announcement}
      </div>

      {detail.isPending && <Loading />}

      {notFound && (
        <>
          <div className="alert alert-warning" role="alert">
            <p>
              <strong>{t('track.notFound.title')}</strong>
            </p>
            <p>{t('track.notFound.text', { no: trackingNo })}</p>
            <p>{secret ? t('track.notFound.withSecret') : t('track.notFound.confidential')}</p>
          </div>
          {secret ? (
            <p>
              <button type="button" className="button secondary" onClick={forget}>
                {t('action.forget')}
              </button>
            </p>
          ) : (
            <section aria-labelledby="track-secret-title">
              <h2 id="track-secret-title">{t('track.secret.title')}</h2>
              <SecretForm onSecret={openAsReporter} />
            </section>
          )}
          <section aria-labelledby="track-again-title">
            <h2 id="track-again-title">{t('track.notFound.again')}</h2>
            <TrackForm initialNumber={trackingNo} askSecret={false} />
          </section>
        </>
      )}

      {detail.isError && !notFound && (
        <>
          <ErrorMessage error={detail.error} />
          <button type="button" className="button secondary" onClick={() => void detail.refetch()}>
            {t('track.detail.retry')}
          </button>
        </>
      )}

      {complaint && detail.data && (
        <ReporterSecret.Provider value={secret}>
          <ComplaintSummary complaint={complaint} />
          {!secret && OPEN_STATUSES.includes(complaint.status) && <SupportBox trackingNo={trackingNo} supporters={complaint.supporters} onDone={announce} />}
          <Timeline events={detail.data.timeline} />
          {secret && <ReporterActions complaint={complaint} timeline={detail.data.timeline} secret={secret} onDone={announce} onForget={forget} />}
          {!secret && (
            <details className="track-reporter-open">
              <summary>{t('track.secret.reporterQuestion')}</summary>
              <p>{t('track.secret.reporterText')}</p>
              <SecretForm onSecret={openAsReporter} />
            </details>
          )}
        </ReporterSecret.Provider>
      )}
    </main>
  );
}
