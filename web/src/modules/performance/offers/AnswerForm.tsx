/**
 * The OPD head's one answer to an open offer: accept it, decline it and name who takes the role
 * over, or counter with targets of their own (prefilled with the offer's). Checked here first, so
 * the head is told what is missing before anything is recorded, since an answer cannot change.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { parseFigure } from '../shared/figures';
import type { Offer } from '../shared/types';
import { type AnswerBody, isRange, useAnswerOffer } from './api';

type Kind = AnswerBody['kind'];
const KINDS: Kind[] = ['accept', 'decline', 'counter'];
const REASON_MIN = 5;
const NAME_MIN = 3;

interface Props {
  offer: Offer;
  onDone: (message: string) => void;
}

export function AnswerForm({ offer, onDone }: Props) {
  const { t } = useTranslation('performance');
  const answer = useAnswerOffer(offer.id);
  const [kind, setKind] = useState<Kind>('accept');
  const [reason, setReason] = useState('');
  const [replacement, setReplacement] = useState('');
  const [counter, setCounter] = useState(() =>
    Object.fromEntries(offer.targets.map((x) => [x.indicatorId, { target: String(x.target), upper: x.targetUpper === null ? '' : String(x.targetUpper) }])),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
  const err = (field: string) => problems[field] ?? fieldError(answer.error, field);

  const setFigure = (indicatorId: string, part: 'target' | 'upper', value: string) =>
    setCounter((current) => ({ ...current, [indicatorId]: { ...current[indicatorId], [part]: value } }));

  /** The body to send, or the problems to show. */
  const build = (): AnswerBody | Record<string, string> => {
    const found: Record<string, string> = {};
    const text = reason.trim();
    if (kind === 'accept') return { kind };
    if (kind === 'decline') {
      if (text.length < REASON_MIN) found.reason = t('answer.reasonShort', { count: REASON_MIN });
      if (replacement.trim().length < NAME_MIN) found.replacementName = t('answer.replacementShort', { count: NAME_MIN });
      return Object.keys(found).length > 0 ? found : { kind, reason: text, replacementName: replacement.trim() };
    }
    if (text && text.length < REASON_MIN) found.reason = t('answer.reasonShort', { count: REASON_MIN });
    const targets = offer.targets.map((x) => {
      const target = parseFigure(counter[x.indicatorId].target);
      const upper = parseFigure(counter[x.indicatorId].upper);
      if (typeof target !== 'number') found[`target-${x.indicatorId}`] = t('answer.figureNeeded');
      if (isRange(x.direction) && (typeof upper !== 'number' || (typeof target === 'number' && upper < target))) {
        found[`upper-${x.indicatorId}`] = t('answer.upperNeeded');
      }
      return { indicatorId: x.indicatorId, target: target as number, ...(isRange(x.direction) ? { targetUpper: upper as number } : {}) };
    });
    return Object.keys(found).length > 0 ? found : { kind, ...(text ? { reason: text } : {}), targets };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = build();
    if (!('kind' in body)) {
      setProblems(body as Record<string, string>);
      return;
    }
    setProblems({});
    answer.mutate(body as AnswerBody, {
      onSuccess: (offerNow) => {
        onDone(t('answer.done', { status: t(`offerStatus.${offerNow.status}`, { defaultValue: offerNow.status }) }));
        window.scrollTo({ top: 0, behavior: 'smooth' });
      },
    });
  };

  return (
    <section className="card form-card" aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">{t('answer.title')}</h2>
      <p className="hint">{t('answer.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('answer.kind')}</legend>
          {KINDS.map((k) => (
            <div className="choice" key={k}>
              <input type="radio" id={`answer-${k}`} name="answer-kind" checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`answer-${k}`}>{t(`answer.kinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        {kind === 'accept' && <p>{t('answer.acceptNote')}</p>}
        {kind === 'decline' && (
          <Field id="answer-replacement" label={t('answer.replacement')} hint={t('answer.replacementHint')} error={err('replacementName')}>
            {(c) => <input {...c} required maxLength={200} value={replacement} onChange={(e) => setReplacement(e.target.value)} />}
          </Field>
        )}
        {kind === 'counter' &&
          offer.targets.map((x) => (
            <fieldset key={x.indicatorId} className="perf-targets">
              <legend>{x.indicatorName}</legend>
              <div className="grid two">
                <Field
                  id={`counter-${x.indicatorId}`}
                  label={isRange(x.direction) ? t('answer.lower', { unit: x.unit }) : t('answer.target', { unit: x.unit })}
                  error={err(`target-${x.indicatorId}`)}
                >
                  {(c) => (
                    <input
                      {...c}
                      type="number"
                      step="any"
                      required
                      value={counter[x.indicatorId].target}
                      onChange={(e) => setFigure(x.indicatorId, 'target', e.target.value)}
                    />
                  )}
                </Field>
                {isRange(x.direction) && (
                  <Field id={`counter-upper-${x.indicatorId}`} label={t('answer.upper', { unit: x.unit })} error={err(`upper-${x.indicatorId}`)}>
                    {(c) => (
                      <input
                        {...c}
                        type="number"
                        step="any"
                        required
                        value={counter[x.indicatorId].upper}
                        onChange={(e) => setFigure(x.indicatorId, 'upper', e.target.value)}
                      />
                    )}
                  </Field>
                )}
              </div>
            </fieldset>
          ))}
        {kind !== 'accept' && (
          <Field
            id="answer-reason"
            label={kind === 'decline' ? t('answer.reasonDecline') : t('answer.reasonCounter')}
            hint={t('answer.reasonHint')}
            error={err('reason')}
          >
            {(c) => <textarea {...c} required={kind === 'decline'} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        )}
        <ErrorMessage error={answer.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={answer.isPending}>
            {answer.isPending ? t('working') : t(`answer.submit.${kind}`)}
          </button>
        </div>
      </form>
    </section>
  );
}
