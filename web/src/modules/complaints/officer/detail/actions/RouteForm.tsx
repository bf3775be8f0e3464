/**
 * The admin desk sends a complaint to the OPD that will handle it: on verification (the routing
 * rules' suggestion chosen already) or again later to another OPD. Co-handling OPDs may read it.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../../ui/feedback';
import type { Opd } from '../../../shared/types';
import { opdLabel } from '../../components/opdLabel';
import { fieldError } from './fieldError';
import { inlineError, useStep } from './useStep';

interface Props {
  id: string;
  mode: 'verify' | 'redisposition';
  opds: Opd[];
  /** Preselected: the suggestion on verification, the current OPD when routing again. */
  initialOpdId: string | null;
  suggestedOpdId: string | null;
  initialCoOpdIds: string[];
}

export function RouteForm({ id, mode, opds, initialOpdId, suggestedOpdId, initialCoOpdIds }: Props) {
  const { t } = useTranslation('officer');
  const step = useStep(id, mode);
  const [opdId, setOpdId] = useState(initialOpdId ?? '');
  const [coOpdIds, setCoOpdIds] = useState<string[]>(initialCoOpdIds);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const suggested = opds.find((o) => o.id === suggestedOpdId);
  const prefix = `${mode}-`;
  const opdMessage = fieldError(missing ? t('route.opdRequired') : null, step.error, 'opdId');

  const toggleCo = (coId: string) => setCoOpdIds((list) => (list.includes(coId) ? list.filter((x) => x !== coId) : [...list, coId]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!opdId);
    if (!opdId) return;
    step.mutate({ opdId, coOpdIds: coOpdIds.filter((c) => c !== opdId), note: note.trim() || undefined });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${prefix}opd`}>{mode === 'verify' ? t('route.opd') : t('route.newOpd')}</label>
        <select
          id={`${prefix}opd`}
          value={opdId}
          onChange={(e) => setOpdId(e.target.value)}
          aria-invalid={!!opdMessage || undefined}
          aria-describedby={`${prefix}opd-hint${opdMessage ? ` ${prefix}opd-error` : ''}`}
        >
          <option value="">{t('route.chooseOpd')}</option>
          {opds.map((o) => (
            <option key={o.id} value={o.id}>
              {opdLabel(o)}
            </option>
          ))}
        </select>
        <p id={`${prefix}opd-hint`} className="hint">
          {suggested ? t('route.suggested', { opd: opdLabel(suggested) }) : t('route.noSuggestion')}
        </p>
        {opdMessage && (
          <p id={`${prefix}opd-error`} className="field-error">
            {opdMessage}
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend>{t('route.coOpds')}</legend>
        <p className="hint">{t('route.coOpdsHint')}</p>
        <div className="officer-checklist">
          {opds
            .filter((o) => o.id !== opdId)
            .map((o) => (
              <label key={o.id} className="choice" htmlFor={`${prefix}co-${o.id}`}>
                <input id={`${prefix}co-${o.id}`} type="checkbox" checked={coOpdIds.includes(o.id)} onChange={() => toggleCo(o.id)} />
                {opdLabel(o)}
              </label>
            ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}note`}>{mode === 'verify' ? t('route.note') : t('route.noteAgain')}</label>
        <textarea id={`${prefix}note`} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} aria-describedby={`${prefix}note-hint`} />
        <p id={`${prefix}note-hint`} className="hint">
          {t('route.noteHint')}
        </p>
      </div>
      <ErrorMessage error={inlineError(step.error)} />
      <div className="button-row">
        <button type="submit" className="button" disabled={step.isPending}>
          {step.isPending ? t('state.working') : mode === 'verify' ? t('route.verifySubmit') : t('route.redispositionSubmit')}
        </button>
      </div>
    </form>
  );
}
