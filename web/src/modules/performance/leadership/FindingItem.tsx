/** One finding: its rule, OPD and explanation, where it stands, and the eksekutif's next step on it. */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import type { RuleResult } from '../shared/types';
import { useDecideFinding, usePublishFinding } from './api';

interface Props {
  finding: RuleResult;
  canDecide: boolean;
  onDone: (message: string) => void;
}

export function FindingItem({ finding: f, canDecide, onDone }: Props) {
  const { t, i18n } = useTranslation('performance');
  const titleId = useId();
  const decide = useDecideFinding();
  const publish = usePublishFinding();
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const name = `${f.label}: ${f.opd.name}`;

  const waive = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setReasonMissing(!text);
    if (text) decide.mutate({ id: f.id, decision: 'waive', reason: text }, { onSuccess: () => onDone(t('findings.waived', { name })) });
  };

  return (
    <li className="card">
      <p id={titleId}>
        <span className={`badge outcome-${f.outcome}`}>{t(`outcome.${f.outcome}`, { defaultValue: f.outcome })}</span> <strong>{f.label}</strong>: {f.opd.name}
        {f.indicator ? `, ${f.indicator.name}` : ''}
      </p>
      <p>{i18n.language === 'en' ? f.explanation.en : f.explanation.id}</p>
      <p className="hint">
        {t(`findingStatus.${f.status}`, { defaultValue: f.status })}
        {f.decisionReason ? `: ${f.decisionReason}` : ''}
        {f.publishedAt ? ` · ${t('findings.publishedAt', { at: formatDateTime(f.publishedAt) })}` : ''}
      </p>
      <ErrorMessage error={decide.error ?? publish.error} />
      {canDecide && f.status === 'pending' && !waiving && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-describedby={titleId}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: f.id, decision: 'confirm' }, { onSuccess: () => onDone(t('findings.confirmed', { name })) })}
          >
            {t('findings.confirm')}
          </button>
          <button type="button" className="button secondary" aria-describedby={titleId} onClick={() => setWaiving(true)}>
            {t('findings.waive')}
          </button>
        </div>
      )}
      {canDecide && f.status === 'pending' && waiving && (
        <form className="form" onSubmit={waive} noValidate>
          <Field
            id={`waive-${f.id}`}
            label={t('findings.reason')}
            hint={t('findings.reasonHint')}
            error={reasonMissing ? t('findings.reasonRequired') : fieldError(decide.error, 'reason')}
          >
            {(c) => <textarea {...c} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="button-row">
            <button type="submit" className="button danger" disabled={decide.isPending}>
              {decide.isPending ? t('working') : t('findings.waiveConfirm')}
            </button>
            <button type="button" className="button secondary" onClick={() => setWaiving(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {canDecide && f.status === 'confirmed' && !f.publishedAt && (
        <div className="button-row">
          <button
            type="button"
            className="button secondary"
            aria-describedby={titleId}
            disabled={publish.isPending}
            onClick={() => publish.mutate(f.id, { onSuccess: () => onDone(t('findings.published', { name })) })}
          >
            {t('findings.publish')}
          </button>
        </div>
      )}
    </li>
  );
}
