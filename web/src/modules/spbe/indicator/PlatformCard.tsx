/**
 * Evidence the platform itself holds (indicator 42: SAMBAT's complaint statistics; 43: the open
 * data catalogue's), with its figures and a link to where they live. The OPD filling the indicator
 * can attach it, as a link, to the level it supports: a level counts only with evidence of its own.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { useLinkEvidence } from '../shared/api';
import { LEVELS } from '../shared/levels';
import type { PlatformEvidence } from '../shared/types';

interface Props {
  platform: PlatformEvidence;
  /** Set when the caller fills the indicator: then the figures can be attached as evidence. */
  attach?: { year: number; number: number; onDone: (message: string) => void };
}

function AttachForm({ platform, attach }: Required<Props>) {
  const { t } = useTranslation('spbe');
  const link = useLinkEvidence(attach.year, attach.number);
  const [level, setLevel] = useState(1);
  const send = (event: FormEvent) => {
    event.preventDefault();
    link.mutate({ level, url: platform.url, name: platform.summary }, { onSuccess: () => attach.onDone(t('platform.attached', { level })) });
  };
  return (
    <form onSubmit={send} className="button-row">
      <label htmlFor="spbe-platform-level">{t('platform.attachLevel')}</label>
      <select id="spbe-platform-level" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <button type="submit" className="button secondary" disabled={link.isPending}>
        {link.isPending ? t('working') : t('platform.attach')}
      </button>
      <ErrorMessage error={link.error} />
    </form>
  );
}

export function PlatformCard({ platform, attach }: Props) {
  const { t } = useTranslation('spbe');
  const figures = Object.entries(platform.figures);
  return (
    <section className="card form-card" aria-labelledby="spbe-platform">
      <h2 id="spbe-platform">{t('platform.title', { source: t(`platform.source.${platform.source}`) })}</h2>
      <p>{platform.summary}</p>
      {figures.length > 0 && (
        <dl className="spbe-facts">
          {figures.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`platform.figure.${key}`, { defaultValue: key })}</dt>
              <dd>{formatNumber(value, 2)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a href={platform.url}>{t(`platform.open.${platform.source}`)}</a>
      </p>
      <p className="hint">{t('platform.note')}</p>
      {attach && <AttachForm platform={platform} attach={attach} />}
    </section>
  );
}
