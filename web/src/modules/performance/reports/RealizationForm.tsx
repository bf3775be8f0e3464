/**
 * An indicator's realization and note, as the OPD enters them. While typing, the achievement the
 * figure will earn is shown with its computation; the server stores and recomputes it on save.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { parseFigure, percentText } from '../shared/figures';
import type { ReportLine } from '../shared/types';
import { previewAchievement } from './achievementPreview';
import { useSetRealization } from './api';

interface Props {
  reportId: string;
  line: ReportLine;
  onSaved: (message: string) => void;
}

export function RealizationForm({ reportId, line, onSaved }: Props) {
  const { t, i18n } = useTranslation('performance');
  const save = useSetRealization(reportId);
  const [value, setValue] = useState(line.realization.value === null ? '' : String(line.realization.value));
  const [note, setNote] = useState(line.realization.note ?? '');
  const [invalid, setInvalid] = useState(false);
  const parsed = parseFigure(value);
  const preview = typeof parsed === 'number' ? previewAchievement(line, parsed) : null;
  const idOf = (part: string) => `${part}-${line.indicatorId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const figure = parseFigure(value);
    setInvalid(figure === 'invalid');
    if (figure === 'invalid') return;
    save.mutate(
      { indicatorId: line.indicatorId, value: figure, note: note.trim() || null },
      { onSuccess: () => onSaved(t('report.saved', { code: line.code })) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="grid two">
        <Field
          id={idOf('value')}
          label={t('report.value', { unit: line.unit })}
          hint={t('report.valueHint')}
          error={invalid ? t('report.valueInvalid') : fieldError(save.error, 'value')}
        >
          {(c) => <input {...c} type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field id={idOf('note')} label={t('report.note')} hint={t('report.noteHint')} error={fieldError(save.error, 'note')}>
          {(c) => <textarea {...c} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <p className="hint" aria-live="polite">
        {preview &&
          t('report.preview', {
            percent: percentText(preview.percent),
            explanation: i18n.language === 'en' ? preview.explanation.en : preview.explanation.id,
          })}
      </p>
      <ErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button secondary" disabled={save.isPending}>
          {save.isPending ? t('working') : t('report.save')}
        </button>
      </div>
    </form>
  );
}
