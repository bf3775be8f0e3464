/**
 * The evaluation's entry form: the five indices (1-5, two decimals) and an index per smart city
 * dimension. The final score is shown as the indices are typed, computed as the server computes it
 * (shared/score.ts) with the city's weights; the server computes it again on save.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useSaveEvaluation } from '../shared/api';
import { inputText, scoreText } from '../shared/format';
import { useEvaluationName } from '../shared/names';
import { finalScore, parseIndex } from '../shared/score';
import { type Dimension, type Evaluation, INDEX_KEYS, type IndexKey, type Weights } from '../shared/types';

interface Props {
  evaluation: Evaluation;
  dimensions: Dimension[];
  weights: Weights;
  onSaved: (message: string) => void;
}

export function EntryForm({ evaluation, dimensions, weights, onSaved }: Props) {
  const { t } = useTranslation('smartcity');
  const save = useSaveEvaluation(evaluation.id);
  const nameOf = useEvaluationName();
  const [indices, setIndices] = useState<Record<IndexKey, string>>(
    () => Object.fromEntries(INDEX_KEYS.map((k) => [k, inputText(evaluation.indices[k])])) as Record<IndexKey, string>,
  );
  const [dims, setDims] = useState<Record<string, string>>(() =>
    Object.fromEntries(dimensions.map((d) => [d.code, inputText(evaluation.dimensions.find((x) => x.dimension === d.code)?.index)])),
  );
  const [notes, setNotes] = useState(evaluation.notes ?? '');
  const [checked, setChecked] = useState(false);
  const parsed = Object.fromEntries(INDEX_KEYS.map((k) => [k, parseIndex(indices[k])])) as Record<IndexKey, number | null | 'invalid'>;
  const parsedDims = dimensions.map((d) => ({ dimension: d.code, index: parseIndex(dims[d.code] ?? '') }));
  const usable = Object.fromEntries(INDEX_KEYS.map((k) => [k, typeof parsed[k] === 'number' ? parsed[k] : null])) as Record<IndexKey, number | null>;
  const score = finalScore(usable, weights);
  const invalidText = t('entry.invalid');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (INDEX_KEYS.some((k) => parsed[k] === 'invalid') || parsedDims.some((d) => d.index === 'invalid')) return;
    save.mutate(
      {
        indices: usable,
        dimensions: parsedDims.map((d) => ({ dimension: d.dimension, index: d.index === 'invalid' ? null : d.index })),
        notes: notes.trim(),
      },
      { onSuccess: () => onSaved(t('entry.saved', { name: nameOf(evaluation) })) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="entry-title">
      <h2 id="entry-title">{t('entry.title')}</h2>
      <fieldset>
        <legend>{t('entry.indices')}</legend>
        <p className="hint">{t('entry.indicesHint')}</p>
        <div className="sc-indices">
          {INDEX_KEYS.map((k) => (
            <Field
              key={k}
              id={`entry-${k}`}
              label={t(`index.key.${k}`)}
              hint={t('entry.weightIs', { weight: formatNumber(weights[k], 4) })}
              error={checked && parsed[k] === 'invalid' ? invalidText : fieldError(save.error, `indices.${k}`)}
            >
              {(c) => (
                <input {...c} inputMode="decimal" autoComplete="off" value={indices[k]} onChange={(e) => setIndices({ ...indices, [k]: e.target.value })} />
              )}
            </Field>
          ))}
        </div>
        <p className="sc-score" aria-live="polite">
          <span>{t('entry.liveScore')}</span>
          <strong className="stat">{scoreText(score)}</strong>
          {score === null && <span className="hint">{t('entry.liveScoreMissing')}</span>}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('entry.dimensions')}</legend>
        <p className="hint">{t('entry.dimensionsHint')}</p>
        <div className="sc-indices">
          {parsedDims.map((d, i) => (
            <Field
              key={d.dimension}
              id={`entry-dim-${d.dimension}`}
              label={dimensions[i].name}
              error={checked && d.index === 'invalid' ? invalidText : fieldError(save.error, `dimensions.${i}`)}
            >
              {(c) => (
                <input
                  {...c}
                  inputMode="decimal"
                  autoComplete="off"
                  value={dims[d.dimension] ?? ''}
                  onChange={(e) => setDims({ ...dims, [d.dimension]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <Field id="entry-notes" label={t('entry.notes')} error={fieldError(save.error, 'notes')}>
        {(c) => <textarea {...c} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <ErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('working') : t('entry.save')}
        </button>
      </div>
    </form>
  );
}
