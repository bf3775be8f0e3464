/**
 * The OPD's answer to the reporter, with photos of the work done (multipart: the JSON in "data",
 * the files in "photos", as for filing). The answer is public and starts the reporter's window to
 * confirm or reopen.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../../ui/feedback';
import { fieldError } from './fieldError';
import { inlineError, useStep } from './useStep';

const MAX_PHOTOS = 5;
const MIN_ANSWER = 5;

export function RespondForm({ id }: { id: string }) {
  const { t } = useTranslation('officer');
  const [answer, setAnswer] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [tooShort, setTooShort] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const step = useStep(id, 'respond');
  const answerMessage = fieldError(tooShort ? t('form.tooShort', { count: MIN_ANSWER }) : null, step.error, 'answer');
  const photosMessage = fieldError(tooMany ? t('respond.tooManyPhotos', { count: MAX_PHOTOS }) : null, step.error, 'photos');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = answer.trim().length < MIN_ANSWER;
    const many = photos.length > MAX_PHOTOS;
    setTooShort(short);
    setTooMany(many);
    if (short || many) return;
    const form = new FormData();
    form.append('data', JSON.stringify({ answer: answer.trim() }));
    for (const photo of photos) form.append('photos', photo, photo.name);
    step.mutate(form);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="respond-answer">{t('respond.answer')}</label>
        <textarea
          id="respond-answer"
          value={answer}
          maxLength={4000}
          required
          onChange={(e) => setAnswer(e.target.value)}
          aria-invalid={!!answerMessage || undefined}
          aria-describedby={`respond-answer-hint${answerMessage ? ' respond-answer-error' : ''}`}
        />
        <p id="respond-answer-hint" className="hint">
          {t('respond.answerHint')}
        </p>
        {answerMessage && (
          <p id="respond-answer-error" className="field-error">
            {answerMessage}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="respond-photos">{t('respond.photos')}</label>
        <input
          id="respond-photos"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple
          onChange={(e) => setPhotos([...(e.target.files ?? [])])}
          aria-invalid={!!photosMessage || undefined}
          aria-describedby={`respond-photos-hint${photosMessage ? ' respond-photos-error' : ''}`}
        />
        <p id="respond-photos-hint" className="hint">
          {photos.length ? t('respond.photosChosen', { count: photos.length }) : t('respond.photosHint', { count: MAX_PHOTOS })}
        </p>
        {photosMessage && (
          <p id="respond-photos-error" className="field-error">
            {photosMessage}
          </p>
        )}
      </div>
      <ErrorMessage error={inlineError(step.error)} />
      <div className="button-row">
        <button type="submit" className="button" disabled={step.isPending}>
          {step.isPending ? t('state.sending') : t('respond.submit')}
        </button>
      </div>
    </form>
  );
}
