/**
 * The OPD fills its indicator: for each level whether it is met, why, and the evidence. The level
 * that counts is shown as the boxes change, by the same rule the server applies (levels.ts): from
 * level 1 up, each met level with evidence, stopping at the first that is not. Evidence is stored
 * at once; the ticks and explanations when saved or sent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/feedback';
import { useSaveClaims, useSubmitIndicator } from '../shared/api';
import { countedLevel, fullClaims, LEVELS, levelGaps } from '../shared/levels';
import type { Assessment, Claim } from '../shared/types';
import { LevelEvidence } from './LevelEvidence';
import { LevelHeading, LevelNote } from './LevelParts';

interface Props {
  year: number;
  assessment: Assessment;
  onDone: (message: string) => void;
}

export function FillForm({ year, assessment: a, onDone }: Props) {
  const { t } = useTranslation('spbe');
  const save = useSaveClaims(year, a.number);
  const submit = useSubmitIndicator(year, a.number);
  // Held here from the first answer on: a refreshed answer (after an upload) must not undo ticks not yet saved.
  const [claims, setClaims] = useState<Claim[]>(() => fullClaims(a.claims));
  const [explanation, setExplanation] = useState(a.explanation);
  const [dirty, setDirty] = useState(false);
  const gaps = levelGaps(claims, a.evidence);
  const counted = countedLevel(claims, a.evidence);
  const busy = save.isPending || submit.isPending;

  const change = (level: number, patch: Partial<Claim>) => {
    setClaims((all) => all.map((c) => (c.level === level ? { ...c, ...patch } : c)));
    setDirty(true);
  };
  const body = () => ({ claims, explanation });
  const onSave = () =>
    save.mutate(body(), {
      onSuccess: () => {
        setDirty(false);
        onDone(t('fill.saved'));
      },
    });
  const onSubmit = async () => {
    submit.reset();
    try {
      if (dirty) await save.mutateAsync(body());
      setDirty(false);
      await submit.mutateAsync();
      onDone(t('fill.submitted'));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch {
      // the error shows under the buttons
    }
  };

  return (
    <section aria-labelledby="spbe-levels">
      <h2 id="spbe-levels">{t('fill.levelsTitle')}</h2>
      <div className="alert alert-info">
        <p>{t('fill.rule')}</p>
      </div>
      <div className="alert spbe-counted" role="status" aria-live="polite">
        <p>
          <strong>{counted === 0 ? t('fill.countedNone') : t('fill.counted', { level: counted, name: a.levelNames[counted - 1] ?? '' })}</strong>
          {dirty && ` ${t('fill.unsaved')}`}
        </p>
      </div>
      <ol className="spbe-levels">
        {LEVELS.map((level, i) => {
          const claim = claims[i];
          return (
            <li key={level}>
              <section className={`spbe-level${gaps[i] === null ? ' counted' : ''}`} aria-labelledby={`spbe-level-${level}`}>
                <LevelHeading level={level} assessment={a} />
                <label className="choice">
                  <input type="checkbox" checked={claim.met} onChange={(e) => change(level, { met: e.target.checked })} />
                  {t('fill.met', { level })}
                </label>
                <div className="field">
                  <label htmlFor={`spbe-explain-${level}`}>{t('fill.levelExplanation', { level })}</label>
                  <textarea
                    id={`spbe-explain-${level}`}
                    maxLength={4000}
                    rows={3}
                    value={claim.explanation}
                    onChange={(e) => change(level, { explanation: e.target.value })}
                  />
                </div>
                <LevelEvidence year={year} assessment={a} level={level} onDone={onDone} />
                <LevelNote gap={gaps[i]} />
              </section>
            </li>
          );
        })}
      </ol>
      <div className="form form-card">
        <div className="field">
          <label htmlFor="spbe-explanation">{t('fill.explanation')}</label>
          <p id="spbe-explanation-hint" className="hint">
            {t('fill.explanationHint')}
          </p>
          <textarea
            id="spbe-explanation"
            aria-describedby="spbe-explanation-hint"
            maxLength={8000}
            value={explanation}
            onChange={(e) => {
              setExplanation(e.target.value);
              setDirty(true);
            }}
          />
        </div>
        <ErrorMessage error={save.error ?? submit.error} />
        <p className="hint">{t('fill.submitHint')}</p>
        <div className="button-row">
          <button type="button" className="button secondary" disabled={busy || !dirty} onClick={onSave}>
            {save.isPending && !submit.isPending ? t('working') : t('fill.save')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onSubmit}>
            {submit.isPending ? t('working') : t('fill.submit')}
          </button>
        </div>
      </div>
    </section>
  );
}
