/**
 * The receipt after filing: the tracking number, the first time limit, where the complaint was
 * placed, and the private link that carries the secret. The secret is shown once and never again,
 * so the page says plainly what it is for and offers to copy it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../i18n/format';
import type { FiledAnswer } from '../../shared/types';

interface Props {
  filed: FiledAnswer;
  onAnother: () => void;
}

export function Confirmation({ filed, onAnother }: Props) {
  const { t } = useTranslation('filing');
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const path = `/lacak/${filed.trackingNo}#kunci=${filed.secret}`;
  const link = `${location.origin}${path}`;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // No clipboard (plain http, or refused): the field is selected so the citizen can copy it by hand.
      const field = document.getElementById('filing-private-link') as HTMLInputElement | null;
      field?.select();
      setCopied('failed');
    }
  };

  const place = [filed.kelurahan && t('done.kelurahan', { name: filed.kelurahan }), filed.kecamatan && t('done.kecamatan', { name: filed.kecamatan })]
    .filter(Boolean)
    .join(', ');

  return (
    <section className="filing-done" aria-labelledby="filing-done-title">
      <h2 id="filing-done-title" ref={heading} tabIndex={-1}>
        {t('done.title')}
      </h2>
      <div className="card">
        <p className="filing-label">{t('done.trackingNo')}</p>
        <p className="filing-tracking-no">{filed.trackingNo}</p>
        {filed.dueAt && <p>{t(filed.status === 'submitted' ? 'done.dueVerify' : 'done.dueFollowUp', { date: formatDateTime(filed.dueAt) })}</p>}
        {place && <p>{t('done.place', { place })}</p>}
        {filed.locationNote && <p className="hint">{filed.locationNote}</p>}
      </div>

      <div className="field filing-private">
        <label htmlFor="filing-private-link">{t('done.linkLabel')}</label>
        <p className="hint" id="filing-private-link-hint">
          {t('done.linkHint')}
        </p>
        <input
          id="filing-private-link"
          type="text"
          readOnly
          value={link}
          aria-describedby="filing-private-link-hint"
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="button-row">
          <button type="button" className="button" onClick={copy}>
            {t('done.copy')}
          </button>
          <Link className="button secondary" to={path}>
            {t('done.open')}
          </Link>
        </div>
        <p role="status" aria-live="polite" className="hint">
          {copied === 'yes' ? t('done.copied') : copied === 'failed' ? t('done.copyFailed') : ''}
        </p>
      </div>

      <div className="button-row">
        <button type="button" className="button secondary" onClick={onAnother}>
          {t('done.another')}
        </button>
      </div>
    </section>
  );
}
