/**
 * Who filed it and how to reach them, when this user may know: an anonim reporter is hidden from
 * everyone but the admin desk, and the page says so instead of showing an empty box.
 */
import { useTranslation } from 'react-i18next';
import type { StaffComplaint } from '../api';

export function ReporterSection({ complaint: c }: { complaint: StaffComplaint }) {
  const { t } = useTranslation('officer');
  const r = c.reporter;
  const any = !!r && !!(r.name || r.email || r.phone);
  return (
    <section aria-labelledby="reporter-title">
      <h2 id="reporter-title">{t('reporter.title')}</h2>
      {c.reporterHidden ? (
        <p className="alert">{t('reporter.hidden')}</p>
      ) : !any ? (
        <p className="hint">{r?.userId ? t('reporter.accountOnly') : t('reporter.none')}</p>
      ) : (
        <dl className="officer-facts">
          <dt>{t('reporter.name')}</dt>
          <dd>{r?.name ?? t('reporter.notGiven')}</dd>
          <dt>{t('reporter.email')}</dt>
          <dd>{r?.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : t('reporter.notGiven')}</dd>
          <dt>{t('reporter.phone')}</dt>
          <dd>{r?.phone ? <a href={`tel:${r.phone.replace(/[^+0-9]/g, '')}`}>{r.phone}</a> : t('reporter.notGiven')}</dd>
        </dl>
      )}
      {!c.reporterHidden && c.privacy === 'anonim' && <p className="hint">{t('reporter.anonimAdmin')}</p>}
    </section>
  );
}
